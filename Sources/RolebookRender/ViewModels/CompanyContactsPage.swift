public struct CompanyContactsPage: Sendable {
    public struct ContractContacts: Sendable {
        public var contract: Link
        public var contactTable: ContactTableFragment
        /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
        public var contactTableHTML: String
    }

    public var chrome: PageChrome
    public var root: String
    public var name: String
    public var companyHref: String
    public var contracts: [ContractContacts]
}

package struct CompanyContactsPage: Sendable {
    package struct ContractContacts: Sendable {
        package var contract: Link
        package var contactTable: ContactTableFragment
        /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
        package var contactTableHTML: String
    }

    package var chrome: PageChrome
    package var root: String
    package var name: String
    package var companyHref: String
    /// The reseller's contacts, listed once; the tables name its desks.
    package var reseller: ResellerCard?
    package var contracts: [ContractContacts]
}

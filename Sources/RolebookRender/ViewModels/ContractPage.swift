public struct ContractPage: Sendable {
    public struct AssetRow: Sendable {
        public var product: String
        public var serialNumber: String?
        public var seats: String?
    }

    public var chrome: PageChrome
    public var root: String
    public var number: String
    public var company: Link
    public var facts: [Fact]
    public var nearRenewal: String?
    public var reseller: ResellerCard?
    public var assets: [AssetRow]
    public var roles: [RoleHolding]
    public var contactTable: ContactTableFragment
    /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
    public var contactTableHTML: String
    public var vacancies: [Vacancy]
}

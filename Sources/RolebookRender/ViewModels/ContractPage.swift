package struct ContractPage: Sendable {
    package struct AssetRow: Sendable {
        package var product: String
        package var serialNumber: String?
        package var seats: String?
    }

    package var chrome: PageChrome
    package var root: String
    package var number: String
    /// What readers recognise the contract by (`Contract.label`).
    package var label: String
    package var company: Link
    package var facts: [Fact]
    package var nearRenewal: String?
    package var reseller: ResellerCard?
    package var assets: [AssetRow]
    package var roles: [RoleHolding]
    package var contactTable: ContactTableFragment
    /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
    package var contactTableHTML: String
    package var vacancies: [Vacancy]
}

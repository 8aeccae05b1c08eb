public struct CompanyPage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var name: String
    public var reseller: ResellerCard?
    public var contracts: [ContractRow]
    public var people: [PersonRow]
    public var contactsHref: String
    public var vacancies: [Vacancy]
    /// Set when reports are built.
    public var reportHref: String?
}

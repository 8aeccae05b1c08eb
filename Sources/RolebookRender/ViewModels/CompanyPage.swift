package struct CompanyPage: Sendable {
    package var chrome: PageChrome
    package var root: String
    package var name: String
    package var reseller: ResellerCard?
    package var contracts: [ContractRow]
    package var people: [PersonRow]
    package var contactsHref: String
    package var vacancies: [Vacancy]
    /// Set when reports are built.
    package var reportHref: String?
    /// The company's list of what needs someone's action.
    package var actionsHref: String?
}

package struct CompanyPage: Sendable {
    package var chrome: PageChrome
    package var root: String
    package var name: String
    package var reseller: ResellerCard?
    /// Per contract, its key people (Contract Manager or purchaser, admins, coordinators per
    /// serial number), shown above the long lists.
    package var keyPeople: [AnswerCard]
    package var contracts: [ContractRow]
    package var people: [PersonRow]
    package var contactsHref: String
    package var vacancies: [Vacancy]
    /// Set when reports are built.
    package var reportHref: String?
    /// Set when the build compares with earlier data (`--since`) and this company changed.
    package var changesHref: String?
    /// The company's list of what needs someone's action.
    package var actionsHref: String?
}

package struct ContractRolePage: Sendable {
    package var chrome: PageChrome
    package var root: String
    package var role: RoleFacts
    package var contract: Link
    package var company: Link
    package var holding: RoleHolding
    package var vacancies: [Vacancy]
    package var canMake: [ChangeYouCanMake]
    package var mustAsk: [ChangeToAskFor]
    package var guides: [GuideLink]
    package var contactTable: ContactTableFragment
    /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
    package var contactTableHTML: String
    package var otherRoles: [Link]
}

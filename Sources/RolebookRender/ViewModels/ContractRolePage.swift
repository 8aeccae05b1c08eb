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
    /// The reseller's contacts, listed once at the end; the table and notes refer to its desks.
    package var reseller: ResellerCard?
    /// Whether the page is long enough to open with an "On this page" list.
    package var showsContents: Bool
    package var otherRoles: [Link]
}

public struct ContractRolePage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var role: RoleFacts
    public var contract: Link
    public var company: Link
    public var holding: RoleHolding
    public var vacancies: [Vacancy]
    public var canMake: [ChangeYouCanMake]
    public var mustAsk: [ChangeToAskFor]
    public var guides: [GuideLink]
    public var contactTable: ContactTableFragment
    /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
    public var contactTableHTML: String
    public var otherRoles: [Link]
}

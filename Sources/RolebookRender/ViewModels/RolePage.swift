package struct RolePage: Sendable {
    /// Where the role is held, one row per company: the contract role pages name the people.
    package struct Holder: Sendable {
        package var company: Link
        package var people: Int
        package var contracts: [Link]
    }

    package var chrome: PageChrome
    package var root: String
    package var role: RoleFacts
    package var holders: [Holder]
    package var guides: [GuideLink]
}

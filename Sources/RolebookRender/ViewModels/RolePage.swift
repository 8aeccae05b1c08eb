package struct RolePage: Sendable {
    /// Where the role is held, one row per company: the contract role pages name the people.
    package struct Holder: Sendable {
        package var company: Link
        package var people: Int
        package var contracts: [Link]
    }

    /// The companies of one letter.
    package struct Group: Sendable {
        package var letter: String
        package var anchor: String
        package var holders: [RolePage.Holder]
    }

    package var chrome: PageChrome
    package var root: String
    package var role: RoleFacts
    /// The role page itself (facts and guides); false on a page of its holders only.
    package var isMain: Bool
    package var nav: AlphabetNav
    /// Whether anyone holds the role anywhere.
    package var isHeld: Bool
    package var groups: [Group]
    package var guides: [GuideLink]
}

/// A page of the A–Z people index: each person with their companies and roles.
package struct PeoplePage: Sendable {
    /// A person in the index.
    package struct Entry: Sendable {
        package var name: Link
        package var email: String
        package var hasLeft: Bool
        package var companies: [Link]
        /// The roles held and where; nil when none.
        package var roles: String?
    }

    /// The people of one letter.
    package struct Group: Sendable {
        package var letter: String
        package var anchor: String
        package var people: [PeoplePage.Entry]
    }

    package var chrome: PageChrome
    package var root: String
    package var nav: AlphabetNav
    package var groups: [Group]
}

package struct PeoplePage: Sendable {
    /// A link in the pager; `range` names the first and last person on that page.
    package struct PageLink: Sendable {
        package var label: String
        package var href: String
        package var isCurrent: Bool
        package var range: String
    }

    package var chrome: PageChrome
    package var root: String
    package var people: [PersonRow]
    package var pages: [PageLink]
}

public struct PeoplePage: Sendable {
    /// A link in the pager; `range` names the first and last person on that page.
    public struct PageLink: Sendable {
        public var label: String
        public var href: String
        public var isCurrent: Bool
        public var range: String
    }

    public var chrome: PageChrome
    public var root: String
    public var people: [PersonRow]
    public var pages: [PageLink]
}

public struct AuthorsPage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var reviews: [Link]
}

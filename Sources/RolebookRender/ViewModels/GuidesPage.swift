public struct GuidesPage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var guides: [GuideLink]
}

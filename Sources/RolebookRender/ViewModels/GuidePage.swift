public struct GuidePage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var title: String
    public var summary: String?
    public var bodyHTML: String
    public var isTailored: Bool
    public var variants: [Link]
    public var contractPages: [Link]
    /// How many contracts the guide applies to, listed or not.
    public var contractCount: Int
    /// Set when there are too many to list (templates cannot test a number).
    public var tooManyContracts: Bool
    public var forRole: String?
    public var guideHref: String
    public var preconditions: [String]
    public var changes: [String]
    public var performers: String?
}

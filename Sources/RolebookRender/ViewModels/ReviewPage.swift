public struct ReviewPage: Sendable {
    public struct Variant: Sendable {
        public var role: String
        public var roleSet: String
        public var bodyHTML: String
    }

    public var chrome: PageChrome
    public var root: String
    public var title: String
    public var guideHref: String
    public var flaggedHTML: String
    public var variants: [Variant]
}

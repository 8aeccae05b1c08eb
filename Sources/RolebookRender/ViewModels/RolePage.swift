public struct RolePage: Sendable {
    /// Where the role is held, one row per company: the contract role pages name the people.
    public struct Holder: Sendable {
        public var company: Link
        public var people: Int
        public var contracts: [Link]
    }

    public var chrome: PageChrome
    public var root: String
    public var role: RoleFacts
    public var holders: [Holder]
    public var guides: [GuideLink]
}

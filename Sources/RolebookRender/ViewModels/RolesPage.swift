public struct RolesPage: Sendable {
    public struct Set: Sendable {
        public var name: String
        public var vendor: String
        public var description: String?
        public var roles: [Link]
    }

    public var chrome: PageChrome
    public var root: String
    public var sets: [Set]
}

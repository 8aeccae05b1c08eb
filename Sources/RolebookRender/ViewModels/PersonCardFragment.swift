public struct PersonCardFragment: Sendable {
    public var links: Bool
    public var root: String
    public var person: PersonCard
    public var roles: String
}

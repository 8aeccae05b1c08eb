public struct ContactsFragment: Sendable {
    public var links: Bool
    public var root: String
    public var contract: String
    public var company: String
    public var contacts: [ContactRow]
}

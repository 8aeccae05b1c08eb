/// A procedure the reader can carry out themselves, with this contract's values filled in.
public struct ChangeYouCanMake: Hashable, Sendable {
    public var title: String
    public var href: String
    public var summary: String?
    public var preconditions: [String]
    public var changes: [String]
    public var stepsHTML: String
}

/// A person as every page shows them: name, how to reach them, and whether they have left.
public struct PersonCard: Hashable, Sendable {
    /// Set when the card is rendered on its own, outside a page's context.
    public var root: String?
    public var name: String
    public var href: String
    public var title: String?
    public var email: String
    public var phone: String?
    public var hasLeft: Bool
    /// Why this person appears here when it is not obvious ("stands in: no Software Coordinator").
    public var note: String?
}

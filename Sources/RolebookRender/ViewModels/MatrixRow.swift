/// One person holding one role somewhere, for the role matrix.
public struct MatrixRow: Sendable {
    public var person: String
    public var personHref: String?
    public var email: String
    public var role: String
    public var contract: String
    public var contractHref: String?
    public var unit: String?
    public var hasLeft: Bool
    /// Set for a gap: a unit with nobody in a role that has a stand-in.
    public var gap: String?
}

/// One person holding one role somewhere, for the role matrix.
package struct MatrixRow: Sendable {
    package var person: String
    package var personHref: String?
    /// Nil for a masked export row, which has none: no empty `mailto:` link.
    package var email: String?
    package var role: String
    package var contract: String
    package var contractHref: String?
    package var unit: String?
    package var hasLeft: Bool
    /// Set for a gap: a unit with nobody in a role that has a stand-in.
    package var gap: String?
}

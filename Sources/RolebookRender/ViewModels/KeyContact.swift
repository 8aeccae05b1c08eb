/// A role people are sent to on a contract (its Contract Manager, primary admin, Software
/// Coordinators), with who holds it now: the lines of an ``AnswerCard``.
package struct KeyContact: Sendable {
    /// The role's long name, so a reader who knows either name finds it.
    package var role: String
    /// The role's page on the contract.
    package var href: String
    /// Holders still here, other than the reader, each with the assets they hold it for.
    package var people: [PersonCard]
    /// Whether the reader holds this role here (for some or all of the contract).
    package var isReader: Bool
    /// Who is missing, said once: "Walter Hughes, Contract Manager, has left the company."
    package var gaps: [String]
    /// Whom to contact while nobody holds the role, in order.
    package var meanwhile: [ContactRow.Step]
}

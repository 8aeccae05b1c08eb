/// One thing that needs someone's action, as the audit pages and the company report list it:
/// what is wrong, who can put it right, and the page where they do.
package struct ActionRow: Sendable {
    /// Who can put it right on one contract, and the page where they do.
    package struct Fix: Sendable {
        package var role: String
        /// The title of the page where it is fixed ("Contract Manager on 110002345678").
        package var page: String
        package var href: String
        /// The role's holders who are still here.
        package var people: [PersonCard]
        /// Their names, for a one-line entry.
        package var names: String
        /// Set when nobody who holds the role is still here.
        package var nobody: String?
        /// Whom to contact instead while nobody holds the role (the fallback chain the role's
        /// pages show); empty when someone does.
        package var instead: [ContactRow.Step]
    }

    package var problem: String
    package var company: Link
    package var contract: Link?
    package var fixes: [Fix]
    /// What to do, from the role set's data, when the problem is a holder who has left.
    package var advice: String?
}

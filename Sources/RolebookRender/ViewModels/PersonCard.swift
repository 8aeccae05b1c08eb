/// A person as every page shows them: name, how to reach them, and whether they have left.
package struct PersonCard: Hashable, Sendable {
    /// Set when the card is rendered on its own, outside a page's context.
    package var root: String?
    package var name: String
    package var href: String
    package var title: String?
    package var email: String
    package var phone: String?
    package var hasLeft: Bool
    /// Why this person appears here when it is not obvious ("stands in: no Software Coordinator").
    package var note: String?
}

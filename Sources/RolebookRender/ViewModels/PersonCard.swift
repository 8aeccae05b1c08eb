/// A person as every page shows them: name, how to reach them, and whether they have left.
package struct PersonCard: Hashable, Sendable {
    /// Set when the card is rendered on its own, outside a page's context.
    package var root: String?
    package var name: String
    package var href: String
    package var title: String?
    /// Nil when the data has none (a masked export row): no empty `mailto:` link is drawn.
    package var email: String?
    package var phone: String?
    /// `phone` as a `tel:` link (digits and a leading plus).
    package var phoneHref: String?
    package var hasLeft: Bool
    /// Why this person appears here when it is not obvious ("stands in: no Software Coordinator").
    package var note: String?
}

/// A role as listed on a contract page, with who holds it there.
package struct RoleHolding: Sendable {
    package struct Unit: Sendable {
        package var label: String?
        package var people: [PersonCard]
        /// `people` drawn by the theme's `person-card` template, once per person and page depth
        /// in a batch: a contract's 50 users appear on several of its pages.
        package var peopleHTML: String
        package var standIn: String?
        package var empty: Bool
    }

    package var name: String
    package var href: String
    package var summary: String
    package var units: [Unit]
}

/// A role as listed on a contract page, with who holds it there.
public struct RoleHolding: Sendable {
    public struct Unit: Sendable {
        public var label: String?
        public var people: [PersonCard]
        /// `people` drawn by the theme's `person-card` template, once per person and page depth
        /// in a batch: a contract's 50 users appear on several of its pages.
        public var peopleHTML: String
        public var standIn: String?
        public var empty: Bool
    }

    public var name: String
    public var href: String
    public var summary: String
    public var units: [Unit]
}

/// One need ("Access to software") and whom to ask, in order, for one contract.
public struct ContactRow: Hashable, Sendable {
    /// One step of the chain: a role's holders or a reseller contact.
    public struct Step: Hashable, Sendable {
        public var label: String
        public var people: [PersonCard]
        public var contact: ContactCard?
    }

    public var topic: String
    public var first: Step?
    public var then: [Step]
    /// Steps passed over, and why: shown, never silently dropped.
    public var skipped: [String]
    // Stored, not computed: templates see only stored properties.
    public var hasSkipped: Bool
    public var hasThen: Bool
}

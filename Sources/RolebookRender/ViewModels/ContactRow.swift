/// One need ("Access to software") and whom to ask, in order, for one contract.
package struct ContactRow: Hashable, Sendable {
    /// One step of the chain: a role's holders or a reseller contact.
    package struct Step: Hashable, Sendable {
        package var label: String
        package var people: [PersonCard]
        package var contact: ContactCard?
    }

    package var topic: String
    package var first: Step?
    package var then: [Step]
    /// Steps passed over, and why: shown, never silently dropped.
    package var skipped: [String]
    // Stored, not computed: templates see only stored properties.
    package var hasSkipped: Bool
    package var hasThen: Bool
}

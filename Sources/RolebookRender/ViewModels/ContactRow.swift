/// One need ("Access to software") and whom to ask, in order, for one contract.
package struct ContactRow: Hashable, Sendable {
    /// One step of the chain: a role's holders, a reseller contact or the vendor's support.
    package struct Step: Hashable, Sendable {
        package var label: String
        /// Whether `label` names a role ("ask the Software Coordinator"), not a desk or a vendor.
        package var isRole: Bool
        package var people: [PersonCard]
        package var contact: ContactCard?
        /// Set where no source names this step: the site's suggestion, labelled as such.
        package var advice: String?
        /// Entries passed over just before this step, and why: shown before it, since they are
        /// why it comes next; never silently dropped.
        package var passedOver: [String]
        /// Assets this step does not reach ("No Software Coordinator is assigned for AutoCAD"),
        /// shown after it.
        package var notes: [String]
        /// On a role's page, whether this is the reader's own role: they are the one asked here.
        package var isReader: Bool
    }

    package var topic: String
    package var first: Step?
    package var then: [Step]
    // Stored, not computed: templates see only stored properties.
    package var hasThen: Bool
    /// Why nobody is reached at all (shown under "nobody on record").
    package var gapNotes: [String]
    /// Entries passed over after the last step reached.
    package var endNotes: [String]
    /// Why the chain stops here, when it does not end at the vendor's support.
    package var end: String?
}

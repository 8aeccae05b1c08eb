/// What a role is: shared by the generic role page and the contract role page.
package struct RoleFacts: Sendable {
    package struct Counterpart: Sendable {
        package var link: Link
        package var roleSet: String
        /// This role under its name in the other role set; false when it is only the nearest
        /// equivalent there, a different role.
        package var isSameRole: Bool
        package var note: String
    }

    /// A rule as one era's sources state it, where eras disagree.
    package struct EraRule: Sendable {
        package var era: String
        package var rule: String
    }

    /// Part of what happens when the holder leaves, with the contracts it is true of.
    package struct LeavingNote: Sendable {
        /// "Bought in the online store"; nil when it is true of every contract.
        package var appliesTo: String?
        package var text: String
    }

    package var name: String
    /// The name's meaning in the page's language, where the vendor's name is kept (a translation).
    package var gloss: String?
    package var roleSet: String
    package var otherNames: String?
    package var summary: String
    package var scope: String
    package var cardinality: String
    package var eraRules: [EraRule]
    package var assignedBy: String?
    package var capabilities: [String]
    package var notifications: [String]
    package var duties: [String]
    package var counterparts: [Counterpart]
    package var whenHolderLeaves: [LeavingNote]
}

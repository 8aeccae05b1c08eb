/// What one person should know about one contract: whom to ask, what they can change; for a
/// person who has left, only that, and how their roles are taken over.
package struct PersonAdviceFragment: Sendable {
    /// Whom to ask about one topic, for the assets that lead to the same people (a topic whose
    /// chain tells assets apart has one entry per group), or that the reader handles it themselves
    /// and who comes after them.
    package struct Ask: Sendable {
        package var topic: String
        /// The assets this entry is about; nil when it is about the whole contract.
        package var units: String?
        /// Whether the reader is on the chain for these assets: they handle it themselves.
        package var isSelf: Bool
        /// Whom to ask first, when the reader is not on the chain; nil when nobody is on record.
        package var step: ContactRow.Step?
        /// Who comes after the reader, when they handle it themselves.
        package var next: [ContactRow.Step]
        /// Why it comes to the reader ("No Software Coordinator is assigned, so this comes to you.").
        package var notes: [String]
        /// Why the chain stops, when nobody is reached or nobody comes after the reader.
        package var end: String?
    }

    /// A role the person held on the contract, and how it is taken over now that they have left.
    package struct Takeover: Sendable {
        package var role: String
        package var href: String
        package var how: String?
        /// Whom to contact until the role has a new holder.
        package var contacts: [ContactRow.Step]
    }

    package var root: String
    package var hasLeft: Bool
    package var takeovers: [Takeover]
    package var asks: [Ask]
    package var canMake: [ChangeYouCanMake]
    package var mustAsk: [ChangeToAskFor]
    /// The contract, the reader's roles there, where they are on the chains, and the page depth:
    /// equal keys, equal fragments (the fragment cache's key).
    package var key: String
}

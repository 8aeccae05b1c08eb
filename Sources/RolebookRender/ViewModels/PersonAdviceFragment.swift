/// What one person should know about one contract: whom to ask, what they can change.
package struct PersonAdviceFragment: Sendable {
    /// "For access to software, ask Ann Lee."
    package struct Ask: Sendable {
        package var topic: String
        package var step: ContactRow.Step?
        package var isSelf: Bool
    }

    package var root: String
    package var asks: [Ask]
    package var canMake: [ChangeYouCanMake]
    package var mustAsk: [ChangeToAskFor]
    /// The contract, the reader's roles there, the topics they are the first contact for, and the
    /// page depth: equal keys, equal fragments (the fragment cache's key).
    package var key: String
}

/// What one person should know about one contract: whom to ask, what they can change.
public struct PersonAdviceFragment: Sendable {
    /// "For access to software, ask Ann Lee."
    public struct Ask: Sendable {
        public var topic: String
        public var step: ContactRow.Step?
        public var isSelf: Bool
    }

    public var root: String
    public var asks: [Ask]
    public var canMake: [ChangeYouCanMake]
    public var mustAsk: [ChangeToAskFor]
    /// The contract, the reader's roles there, the topics they are the first contact for, and the
    /// page depth: equal keys, equal fragments (the fragment cache's key).
    public var key: String
}

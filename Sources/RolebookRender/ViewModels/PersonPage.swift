public struct PersonPage: Sendable {
    public struct Held: Sendable {
        public var role: Link
        public var contract: Link
        public var company: Link
        public var unit: String?
    }

    public struct ContractAdvice: Sendable {
        public var contract: Link
        public var company: Link
        public var advice: PersonAdviceFragment
        /// `advice` drawn by the `person-advice` template, once per key in a batch.
        public var adviceHTML: String
    }

    public var chrome: PageChrome
    public var root: String
    public var person: PersonCard
    /// Set when packets are built.
    public var packetHref: String?
    public var held: [Held]
    public var holdsNothing: Bool
    public var advice: [ContractAdvice]
}

package struct PersonPage: Sendable {
    package struct Held: Sendable {
        package var role: Link
        package var contract: Link
        package var company: Link
        package var unit: String?
    }

    package struct ContractAdvice: Sendable {
        package var contract: Link
        package var company: Link
        package var advice: PersonAdviceFragment
        /// `advice` drawn by the `person-advice` template, once per key in a batch.
        package var adviceHTML: String
    }

    package var chrome: PageChrome
    package var root: String
    package var person: PersonCard
    /// Set when packets are built.
    package var packetHref: String?
    /// Per contract, the reader's key contacts: what the page answers first.
    package var answers: [AnswerCard]
    package var held: [Held]
    package var holdsNothing: Bool
    package var advice: [ContractAdvice]
}

/// A self-contained page for one person: their roles, what they may do, whom to ask.
public struct OnboardingPacket: Sendable {
    public struct Role: Sendable {
        public var name: String
        public var summary: String
        public var places: [String]
        public var capabilities: [String]
        public var notifications: [String]
    }

    public struct Contract: Sendable {
        public var number: String
        public var company: String
        public var asks: [PersonAdviceFragment.Ask]
        public var canMake: [ChangeYouCanMake]
        public var mustAsk: [ChangeToAskFor]
    }

    public var title: String
    public var asOf: String
    public var styleHTML: String
    public var links: Bool
    public var root: String
    public var person: PersonCard
    public var roles: [Role]
    public var contracts: [Contract]
}

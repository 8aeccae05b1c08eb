/// A self-contained page for one person: their roles, what they may do, whom to ask.
package struct OnboardingPacket: Sendable {
    package struct Role: Sendable {
        package var name: String
        package var summary: String
        package var places: [String]
        package var capabilities: [String]
        package var notifications: [String]
    }

    package struct Contract: Sendable {
        package var number: String
        package var company: String
        package var asks: [PersonAdviceFragment.Ask]
        package var canMake: [ChangeYouCanMake]
        package var mustAsk: [ChangeToAskFor]
    }

    package var title: String
    package var asOf: String
    package var styleHTML: String
    package var links: Bool
    package var root: String
    package var person: PersonCard
    package var roles: [Role]
    package var contracts: [Contract]
}

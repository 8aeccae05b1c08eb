/// A self-contained page for one person: their roles, what they may do, whom to ask.
package struct OnboardingPacket: Sendable {
    package struct Role: Sendable {
        package var name: String
        package var summary: String
        package var places: [String]
        /// `places` as one line, for the cover.
        package var placesLine: String
        package var capabilities: [String]
        package var notifications: [String]
    }

    /// Someone the person turns to first, and for what: the cover's key contacts.
    package struct KeyContact: Sendable {
        package var step: ContactRow.Step
        /// The needs this contact answers first ("Access to software; Downloads and new releases").
        package var topics: String
    }

    /// The key contacts of one contract.
    package struct KeyContacts: Sendable {
        /// "Contract 110002345678, Keystone Architects".
        package var place: String
        package var contacts: [OnboardingPacket.KeyContact]
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
    package var keyContacts: [KeyContacts]
    package var contracts: [Contract]
}

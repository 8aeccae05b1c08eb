/// The change instructions of one role on one contract, as its role page tailors them.
package struct RoleChanges: Sendable {
    package var role: String
    package var contract: String
    package var canMake: [ChangeYouCanMake]
    package var mustAsk: [ChangeToAskFor]
}

/// The change instructions of one role on one contract, as its role page tailors them.
public struct RoleChanges: Sendable {
    public var role: String
    public var contract: String
    public var canMake: [ChangeYouCanMake]
    public var mustAsk: [ChangeToAskFor]
}

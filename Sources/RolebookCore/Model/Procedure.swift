/// The part of a procedure's front matter that decides who acts and what the others do.
public struct Procedure: Hashable, Sendable, Codable {
    /// Audience keys of the roles that may carry it out.
    public var performerKeys: Set<RoleKey>
    /// Contracts it applies to; empty means any.
    public var channels: [Contract.Channel]
    public var buyingExperiences: [Contract.BuyingExperience]
    public var preconditions: [String]
    public var changes: [String]
    /// Audience keys of the role everyone else should ask (one per role set at most).
    public var askKeys: [RoleKey]
    /// What to tell the person asked.
    public var say: GuideHTML?
    /// What to do when the person to ask is missing or has left.
    public var fallback: GuideHTML?

    public init(
        performerKeys: Set<RoleKey>, channels: [Contract.Channel] = [], buyingExperiences: [Contract.BuyingExperience] = [],
        preconditions: [String] = [], changes: [String] = [], askKeys: [RoleKey] = [], say: GuideHTML? = nil,
        fallback: GuideHTML? = nil
    ) {
        self.performerKeys = performerKeys
        self.channels = channels
        self.buyingExperiences = buyingExperiences
        self.preconditions = preconditions
        self.changes = changes
        self.askKeys = askKeys
        self.say = say
        self.fallback = fallback
    }

    public func applies(to contract: Contract) -> Bool {
        (channels.isEmpty || channels.contains(contract.channel))
            && (buyingExperiences.isEmpty || buyingExperiences.contains(contract.buyingExperience))
    }
}

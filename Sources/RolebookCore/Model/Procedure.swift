/// The part of a procedure's front matter that decides who acts and what the others do.
package struct Procedure: Hashable, Sendable, Codable {
    /// Whom the `say` script is written for.
    package enum ScriptAudience: String, Hashable, Sendable, CaseIterable, Codable {
        /// The holder, whatever their situation.
        case holder
        /// A holder who is leaving ("… before you leave"): pages name that situation before the
        /// script, so nobody hands it to a holder who is staying.
        case leavingHolder = "leaving-holder"
    }

    /// Audience keys of the roles that may carry it out.
    package var performerKeys: Set<RoleKey>
    /// Contracts it applies to; empty means any.
    package var channels: [Contract.Channel]
    package var buyingExperiences: [Contract.BuyingExperience]
    package var preconditions: [String]
    package var changes: [String]
    /// Audience keys of the role everyone else should ask (one per role set at most).
    package var askKeys: [RoleKey]
    /// What to tell the person asked.
    package var say: GuideHTML?
    package var sayTo: ScriptAudience
    /// What to do when the person to ask is missing or has left.
    package var fallback: GuideHTML?

    package init(
        performerKeys: Set<RoleKey>, channels: [Contract.Channel] = [],
        buyingExperiences: [Contract.BuyingExperience] = [],
        preconditions: [String] = [], changes: [String] = [], askKeys: [RoleKey] = [], say: GuideHTML? = nil,
        sayTo: ScriptAudience = .holder, fallback: GuideHTML? = nil
    ) {
        self.performerKeys = performerKeys
        self.channels = channels
        self.buyingExperiences = buyingExperiences
        self.preconditions = preconditions
        self.changes = changes
        self.askKeys = askKeys
        self.say = say
        self.sayTo = sayTo
        self.fallback = fallback
    }

    package func applies(to contract: Contract) -> Bool {
        (channels.isEmpty || channels.contains(contract.channel))
            && (buyingExperiences.isEmpty || buyingExperiences.contains(contract.buyingExperience))
    }
}

/// Which contracts a piece of role data is true for, by how they were bought. What happens when a
/// Contract Manager leaves depends on it: a reseller contract can be handed over, an online-store
/// subscription cannot. An empty list means any value.
package struct ContractCondition: Hashable, Sendable, Codable {
    package var channels: [Contract.Channel]
    package var buyingExperiences: [Contract.BuyingExperience]

    package init(channels: [Contract.Channel] = [], buyingExperiences: [Contract.BuyingExperience] = []) {
        self.channels = channels
        self.buyingExperiences = buyingExperiences
    }

    /// True for every contract: nothing narrows it.
    package var isAny: Bool { channels.isEmpty && buyingExperiences.isEmpty }

    package func applies(to contract: Contract) -> Bool {
        (channels.isEmpty || channels.contains(contract.channel))
            && (buyingExperiences.isEmpty || buyingExperiences.contains(contract.buyingExperience))
    }
}

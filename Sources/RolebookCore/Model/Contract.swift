/// A subscription contract: identifiers, dates, channel and the assets it covers.
package struct Contract: Hashable, Sendable, Codable {
    package enum Channel: String, Hashable, Sendable, CaseIterable, Codable {
        case reseller
        case onlineStore = "online-store"
        case direct
    }

    package enum BuyingExperience: String, Hashable, Sendable, CaseIterable, Codable {
        case classic
        case newBuyingExperience2024 = "2024"
    }

    package var id: String
    package var companyID: String
    package var contractNumber: String?
    package var subscriptionID: String?
    package var vendor: String
    package var roleSetID: String
    package var roleSetLocation: SourceLocation
    package var plan: String?
    package var term: String?
    package var start: Day
    package var end: Day
    package var autoRenew: Bool
    package var channel: Channel
    package var buyingExperience: BuyingExperience
    package var teamID: String?
    package var teamLocation: SourceLocation?
    package var resellerID: String?
    package var resellerLocation: SourceLocation?
    package var assets: [Asset]
    package var assignments: [RoleAssignment]
    package var location: SourceLocation

    package init(
        id: String, companyID: String, contractNumber: String? = nil, subscriptionID: String? = nil,
        vendor: String, roleSetID: String, roleSetLocation: SourceLocation, plan: String? = nil,
        term: String? = nil, start: Day, end: Day, autoRenew: Bool = false, channel: Channel,
        buyingExperience: BuyingExperience = .classic, teamID: String? = nil, teamLocation: SourceLocation? = nil,
        resellerID: String? = nil, resellerLocation: SourceLocation? = nil, assets: [Asset] = [],
        assignments: [RoleAssignment] = [], location: SourceLocation
    ) {
        self.id = id
        self.companyID = companyID
        self.contractNumber = contractNumber
        self.subscriptionID = subscriptionID
        self.vendor = vendor
        self.roleSetID = roleSetID
        self.roleSetLocation = roleSetLocation
        self.plan = plan
        self.term = term
        self.start = start
        self.end = end
        self.autoRenew = autoRenew
        self.channel = channel
        self.buyingExperience = buyingExperience
        self.teamID = teamID
        self.teamLocation = teamLocation
        self.resellerID = resellerID
        self.resellerLocation = resellerLocation
        self.assets = assets
        self.assignments = assignments
        self.location = location
    }

    /// The number people quote on the phone: the contract number, else the subscription id.
    package var displayNumber: String { contractNumber ?? subscriptionID ?? id }

    /// The roles held on the contract itself, then on each of its assets (not its team's).
    package var allAssignments: [RoleAssignment] { assignments + assets.flatMap(\.assignments) }
}

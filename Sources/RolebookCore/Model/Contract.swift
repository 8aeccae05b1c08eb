/// A subscription contract: identifiers, dates, channel and the assets it covers.
public struct Contract: Hashable, Sendable, Codable {
    public enum Channel: String, Hashable, Sendable, CaseIterable, Codable {
        case reseller
        case onlineStore = "online-store"
        case direct
    }

    public enum BuyingExperience: String, Hashable, Sendable, CaseIterable, Codable {
        case classic
        case newBuyingExperience2024 = "2024"
    }

    public var id: String
    public var companyID: String
    public var contractNumber: String?
    public var subscriptionID: String?
    public var vendor: String
    public var roleSetID: String
    public var roleSetLocation: SourceLocation
    public var plan: String?
    public var term: String?
    public var start: Day
    public var end: Day
    public var autoRenew: Bool
    public var channel: Channel
    public var buyingExperience: BuyingExperience
    public var teamID: String?
    public var teamLocation: SourceLocation?
    public var resellerID: String?
    public var resellerLocation: SourceLocation?
    public var assets: [Asset]
    public var assignments: [RoleAssignment]
    public var location: SourceLocation

    public init(
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
    public var displayNumber: String { contractNumber ?? subscriptionID ?? id }

    /// The roles held on the contract itself, then on each of its assets (not its team's).
    public var allAssignments: [RoleAssignment] { assignments + assets.flatMap(\.assignments) }
}

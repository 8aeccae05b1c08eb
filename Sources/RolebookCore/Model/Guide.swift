/// A page of Markdown guidance, compiled once per reader role.
///
/// Audiences are ``RoleKey``s. Every variant is complete HTML with value holes, so a
/// page for one contract and role only fills in names and numbers.
public struct Guide: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        case guide
        case procedure
    }

    public var id: String
    public var title: String
    public var summary: String?
    public var kind: Kind
    /// Audience keys of the roles the guide is about; their role pages link to it.
    public var roleKeys: [RoleKey]
    /// Role sets it applies to; empty means all.
    public var roleSetIDs: [String]
    public var order: Int
    public var procedure: Procedure?
    /// Audience key → what that reader sees.
    public var variants: [RoleKey: GuideHTML]
    /// Every block, conditional ones boxed and labelled with their audience (for reviewers).
    public var flagged: GuideHTML
    /// Whether any block is conditional; a guide without markers reads the same for everyone.
    public var isTailored: Bool
    public var location: SourceLocation

    public init(
        id: String, title: String, summary: String? = nil, kind: Kind = .guide, roleKeys: [RoleKey] = [],
        roleSetIDs: [String] = [], order: Int = 0, procedure: Procedure? = nil, variants: [RoleKey: GuideHTML],
        flagged: GuideHTML, isTailored: Bool, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.kind = kind
        self.roleKeys = roleKeys
        self.roleSetIDs = roleSetIDs
        self.order = order
        self.procedure = procedure
        self.variants = variants
        self.flagged = flagged
        self.isTailored = isTailored
        self.location = location
    }

    public func applies(toRoleSet id: String) -> Bool { roleSetIDs.isEmpty || roleSetIDs.contains(id) }
}

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

/// A need ("I need a download") and the chain of people to ask, per role set.
public struct ContactTopic: Hashable, Sendable, Codable {
    public enum Step: Hashable, Sendable, Codable {
        case role(String)
        case reseller(ContactPurpose)
    }

    public var id: String
    public var name: String
    public var chains: [String: [Step]]
    /// Where each chain step was written, parallel to `chains`, for reference checks.
    public var stepLocations: [String: [SourceLocation]]
    public var location: SourceLocation

    public init(
        id: String, name: String, chains: [String: [Step]], stepLocations: [String: [SourceLocation]] = [:],
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.chains = chains
        self.stepLocations = stepLocations
        self.location = location
    }
}

/// What a role is, who may hold it and how many: data from `content/roles/`, never code.
public struct RoleDefinition: Hashable, Sendable, Codable {
    /// A distinct role in another role set that does similar work (not an alias).
    public struct Counterpart: Hashable, Sendable, Codable {
        public var roleSetID: String
        public var roleID: String
        public var note: String
        public var location: SourceLocation

        public init(roleSetID: String, roleID: String, note: String, location: SourceLocation) {
            self.roleSetID = roleSetID
            self.roleID = roleID
            self.note = note
            self.location = location
        }
    }

    public var id: String
    public var roleSetID: String
    public var name: String
    public var otherNames: [String]
    public var summary: String
    public var scope: RoleScope
    public var minPerScope: Int
    public var maxPerScope: Int?
    public var recommendedMaxPerCompany: Int?
    public var standIn: String?
    public var assignedBy: [String]
    public var notCombinableWith: [String]
    public var capabilities: [String]
    public var notifications: [String]
    public var duties: [String]
    public var counterparts: [Counterpart]
    public var whenHolderLeaves: String?
    public var location: SourceLocation

    public init(
        id: String, roleSetID: String, name: String, otherNames: [String] = [], summary: String,
        scope: RoleScope, minPerScope: Int = 0, maxPerScope: Int? = nil, recommendedMaxPerCompany: Int? = nil,
        standIn: String? = nil, assignedBy: [String] = [], notCombinableWith: [String] = [],
        capabilities: [String] = [], notifications: [String] = [], duties: [String] = [],
        counterparts: [Counterpart] = [], whenHolderLeaves: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.roleSetID = roleSetID
        self.name = name
        self.otherNames = otherNames
        self.summary = summary
        self.scope = scope
        self.minPerScope = minPerScope
        self.maxPerScope = maxPerScope
        self.recommendedMaxPerCompany = recommendedMaxPerCompany
        self.standIn = standIn
        self.assignedBy = assignedBy
        self.notCombinableWith = notCombinableWith
        self.capabilities = capabilities
        self.notifications = notifications
        self.duties = duties
        self.counterparts = counterparts
        self.whenHolderLeaves = whenHolderLeaves
        self.location = location
    }

    /// Exactly-one roles are the ones a contract cannot do without (the Contract Manager).
    public var isExactlyOne: Bool { minPerScope == 1 && maxPerScope == 1 }
}

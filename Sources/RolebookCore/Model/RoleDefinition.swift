/// What a role is, who may hold it and how many: data from `content/roles/`, never code.
package struct RoleDefinition: Hashable, Sendable, Codable {
    /// A distinct role in another role set that does similar work (not an alias).
    package struct Counterpart: Hashable, Sendable, Codable {
        package var roleSetID: String
        package var roleID: String
        package var note: String
        package var location: SourceLocation

        package init(roleSetID: String, roleID: String, note: String, location: SourceLocation) {
            self.roleSetID = roleSetID
            self.roleID = roleID
            self.note = note
            self.location = location
        }
    }

    package var id: String
    package var roleSetID: String
    package var name: String
    package var otherNames: [String]
    package var summary: String
    package var scope: RoleScope
    package var minPerScope: Int
    package var maxPerScope: Int?
    package var recommendedMaxPerCompany: Int?
    package var standIn: String?
    package var assignedBy: [String]
    package var notCombinableWith: [String]
    package var capabilities: [String]
    package var notifications: [String]
    package var duties: [String]
    package var counterparts: [Counterpart]
    package var whenHolderLeaves: String?
    package var location: SourceLocation

    package init(
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
    package var isExactlyOne: Bool { minPerScope == 1 && maxPerScope == 1 }
}

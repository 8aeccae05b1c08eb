/// A team in the user-management view: admins and users are per team.
public struct Team: Hashable, Sendable, Codable {
    public var id: String
    public var companyID: String
    public var name: String
    public var roleSetID: String
    public var roleSetLocation: SourceLocation
    public var assignments: [RoleAssignment]
    public var location: SourceLocation

    public init(
        id: String, companyID: String, name: String, roleSetID: String, roleSetLocation: SourceLocation,
        assignments: [RoleAssignment] = [], location: SourceLocation
    ) {
        self.id = id
        self.companyID = companyID
        self.name = name
        self.roleSetID = roleSetID
        self.roleSetLocation = roleSetLocation
        self.assignments = assignments
        self.location = location
    }
}

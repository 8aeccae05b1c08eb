/// A team in the user-management view: admins and users are per team.
package struct Team: Hashable, Sendable, Codable {
    package var id: String
    package var companyID: String
    package var name: String
    package var roleSetID: String
    package var roleSetLocation: SourceLocation
    package var assignments: [RoleAssignment]
    package var location: SourceLocation

    package init(
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

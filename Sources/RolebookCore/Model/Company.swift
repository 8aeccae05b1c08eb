/// A customer company: its contracts and teams.
package struct Company: Hashable, Sendable, Codable {
    package var id: String
    package var name: String
    package var resellerID: String?
    package var resellerLocation: SourceLocation?
    package var teams: [Team]
    package var contracts: [Contract]
    /// People listed in this company's file (people may also hold roles in other companies).
    package var personIDs: [String]
    package var location: SourceLocation

    package init(
        id: String, name: String, resellerID: String? = nil, resellerLocation: SourceLocation? = nil,
        teams: [Team] = [], contracts: [Contract] = [], personIDs: [String] = [], location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.resellerID = resellerID
        self.resellerLocation = resellerLocation
        self.teams = teams
        self.contracts = contracts
        self.personIDs = personIDs
        self.location = location
    }

    /// Every role held in the company: its teams', then each contract's (see ``Contract/allAssignments``).
    package var allAssignments: [RoleAssignment] {
        teams.flatMap(\.assignments) + contracts.flatMap(\.allAssignments)
    }
}

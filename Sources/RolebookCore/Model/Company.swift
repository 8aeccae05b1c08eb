/// A customer company: its contracts and teams.
public struct Company: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var resellerID: String?
    public var resellerLocation: SourceLocation?
    public var teams: [Team]
    public var contracts: [Contract]
    /// People listed in this company's file (people may also hold roles in other companies).
    public var personIDs: [String]
    public var location: SourceLocation

    public init(
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
    public var allAssignments: [RoleAssignment] {
        teams.flatMap(\.assignments) + contracts.flatMap(\.allAssignments)
    }
}

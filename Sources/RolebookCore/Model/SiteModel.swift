/// Everything loaded and resolved from `content/`: the input of planning and rendering.
package struct SiteModel: Sendable {
    package var settings: SiteSettings
    package var roleSets: [RoleSet]
    package var resellers: [Reseller]
    package var companies: [Company]
    package var people: [Person]
    package var guides: [Guide]
    package var topics: [ContactTopic]

    package let roleSetsByID: [String: RoleSet]
    package let resellersByID: [String: Reseller]
    package let peopleByID: [String: Person]
    package let companiesByID: [String: Company]

    package init(
        settings: SiteSettings, roleSets: [RoleSet], resellers: [Reseller], companies: [Company], people: [Person],
        guides: [Guide], topics: [ContactTopic]
    ) {
        self.settings = settings
        self.roleSets = roleSets.sorted { $0.id < $1.id }
        self.resellers = resellers.sorted { $0.id < $1.id }
        self.companies = companies.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        self.people = people.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        self.guides = guides.sorted { ($0.order, $0.title, $0.id) < ($1.order, $1.title, $1.id) }
        self.topics = topics
        roleSetsByID = Dictionary(roleSets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        resellersByID = Dictionary(resellers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        peopleByID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        companiesByID = Dictionary(companies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    package func role(_ roleSetID: String, _ roleID: String) -> RoleDefinition? {
        roleSetsByID[roleSetID]?.role(roleID)
    }

    package func role(_ key: RoleKey) -> RoleDefinition? { role(key.roleSetID, key.roleID) }

    /// The contract's reseller: its own, else its company's.
    package func reseller(of contract: Contract) -> Reseller? {
        let id = contract.resellerID ?? companiesByID[contract.companyID]?.resellerID
        return id.flatMap { resellersByID[$0] }
    }

    /// Every role held where the contract is managed: on it, on its assets and in its team.
    package func assignments(applyingTo contract: Contract) -> [RoleAssignment] {
        contract.allAssignments + (team(of: contract)?.assignments ?? [])
    }

    package func team(of contract: Contract) -> Team? {
        guard let teamID = contract.teamID else { return nil }
        return companiesByID[contract.companyID]?.teams.first { $0.id == teamID }
    }
}

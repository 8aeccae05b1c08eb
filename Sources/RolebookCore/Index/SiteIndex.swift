import RolebookCore

/// Lookups the pages need, computed once from the model: who holds what, where.
public struct SiteIndex: Sendable {
    /// One role held by one person. Only the assignment is stored; the role, company, contracts,
    /// asset and team are looked up through the index, because 100,000 holdings that each copied
    /// their company and contracts took a third of a large build's memory.
    public struct Holding: Sendable {
        public let assignment: RoleAssignment
        public let companyID: String
    }

    public let model: SiteModel
    public let contractsByID: [String: Contract]
    public let holdingsByPerson: [String: [Holding]]
    public let contractsByTeam: [String: [String]]
    /// Asset id → (contract id, index of the asset in it).
    private let assetPlaces: [String: (contract: String, index: Int)]

    public init(model: SiteModel) {
        self.model = model
        var contracts: [String: Contract] = [:]
        var byTeam: [String: [String]] = [:]
        var assets: [String: (String, Int)] = [:]
        var holdings: [String: [Holding]] = [:]
        for company in model.companies {
            for team in company.teams {
                for a in team.assignments { holdings[a.personID, default: []].append(Holding(assignment: a, companyID: company.id)) }
            }
            for contract in company.contracts {
                contracts[contract.id] = contract
                if let team = contract.teamID { byTeam[team, default: []].append(contract.id) }
                for a in contract.assignments {
                    holdings[a.personID, default: []].append(Holding(assignment: a, companyID: company.id))
                }
                for (offset, asset) in contract.assets.enumerated() {
                    assets[asset.id] = (contract.id, offset)
                    for a in asset.assignments {
                        holdings[a.personID, default: []].append(Holding(assignment: a, companyID: company.id))
                    }
                }
            }
        }
        contractsByID = contracts
        contractsByTeam = byTeam
        assetPlaces = assets
        holdingsByPerson = holdings
    }

    public func role(of holding: Holding) -> RoleDefinition? {
        model.role(holding.assignment.roleSetID, holding.assignment.roleID)
    }

    public func company(of holding: Holding) -> Company? { model.companiesByID[holding.companyID] }

    /// The contracts a holding applies to: one for contract and asset roles, every contract of a team for team roles.
    public func contracts(of holding: Holding) -> [Contract] {
        switch holding.assignment.scope {
        case let .contract(id): contractsByID[id].map { [$0] } ?? []
        case let .asset(id): assetPlaces[id].flatMap { contractsByID[$0.contract] }.map { [$0] } ?? []
        case let .team(id): (contractsByTeam[id] ?? []).compactMap { contractsByID[$0] }
        }
    }

    public func asset(of holding: Holding) -> Asset? {
        guard case let .asset(id) = holding.assignment.scope, let place = assetPlaces[id] else { return nil }
        return contractsByID[place.contract]?.assets[place.index]
    }

    public func team(of holding: Holding) -> Team? {
        guard case let .team(id) = holding.assignment.scope else { return nil }
        return company(of: holding)?.teams.first { $0.id == id }
    }

    public func company(of contract: Contract) -> Company? { model.companiesByID[contract.companyID] }

    public func roleSet(of contract: Contract) -> RoleSet? { model.roleSetsByID[contract.roleSetID] }

    /// People who belong to a company: listed in its file or holding a role in it, in that order.
    public static func peopleIDs(in company: Company) -> [String] {
        var seen: Set<String> = []
        return (company.personIDs + company.allAssignments.map(\.personID)).filter { seen.insert($0).inserted }
    }
}

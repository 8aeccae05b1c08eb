/// Lookups the pages need, computed once from the model: who holds what, where.
package struct SiteIndex: Sendable {
    /// One role held by one person. Only the assignment is stored; the role, company, contracts,
    /// asset and team are looked up through the index, because 100,000 holdings that each copied
    /// their company and contracts took a third of a large build's memory.
    package struct Holding: Sendable {
        package let assignment: RoleAssignment
        package let companyID: String
    }

    package let model: SiteModel
    package let contractsByID: [String: Contract]
    package let holdingsByPerson: [String: [Holding]]
    package let contractsByTeam: [String: [String]]
    /// Asset id → (contract id, index of the asset in it).
    private let assetPlaces: [String: (contract: String, index: Int)]

    package init(model: SiteModel) {
        self.model = model
        var contracts: [String: Contract] = [:]
        var byTeam: [String: [String]] = [:]
        var assets: [String: (String, Int)] = [:]
        var holdings: [String: [Holding]] = [:]
        for company in model.companies {
            for team in company.teams {
                for a in team.assignments {
                    holdings[a.personID, default: []].append(Holding(assignment: a, companyID: company.id))
                }
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

    package func role(of holding: Holding) -> RoleDefinition? {
        model.role(holding.assignment.roleSetID, holding.assignment.roleID)
    }

    package func company(of holding: Holding) -> Company? { model.companiesByID[holding.companyID] }

    /// The contracts a holding applies to: one for contract and asset roles, every contract of a team for team roles.
    package func contracts(of holding: Holding) -> [Contract] {
        switch holding.assignment.scope {
        case .contract(let id): contractsByID[id].map { [$0] } ?? []
        case .asset(let id): assetPlaces[id].flatMap { contractsByID[$0.contract] }.map { [$0] } ?? []
        case .team(let id): (contractsByTeam[id] ?? []).compactMap { contractsByID[$0] }
        }
    }

    package func asset(of holding: Holding) -> Asset? {
        guard case .asset(let id) = holding.assignment.scope, let place = assetPlaces[id] else { return nil }
        return contractsByID[place.contract]?.assets[place.index]
    }

    package func team(of holding: Holding) -> Team? {
        guard case .team(let id) = holding.assignment.scope else { return nil }
        return company(of: holding)?.teams.first { $0.id == id }
    }

    package func company(of contract: Contract) -> Company? { model.companiesByID[contract.companyID] }

    package func roleSet(of contract: Contract) -> RoleSet? { model.roleSetsByID[contract.roleSetID] }

    /// People who belong to a company: listed in its file or holding a role in it, in that order.
    package static func peopleIDs(in company: Company) -> [String] {
        var seen: Set<String> = []
        return (company.personIDs + company.allAssignments.map(\.personID)).filter { seen.insert($0).inserted }
    }
}

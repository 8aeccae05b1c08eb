import RolebookCore

/// Lookups the pages need, computed once from the model: who holds what, where.
public struct SiteIndex: Sendable {
    /// One role held by one person, with everything a page says about where.
    public struct Holding: Hashable, Sendable {
        public var assignment: RoleAssignment
        public var role: RoleDefinition
        public var company: Company
        /// The contracts the holding applies to: one for contract and asset roles, every contract of a team for team roles.
        public var contracts: [Contract]
        public var asset: Asset?
        public var team: Team?
    }

    public let model: SiteModel
    public let contractsByID: [String: Contract]
    public let holdingsByPerson: [String: [Holding]]
    public let contractsByTeam: [String: [Contract]]

    public init(model: SiteModel) {
        self.model = model
        var contracts: [String: Contract] = [:]
        var byTeam: [String: [Contract]] = [:]
        for company in model.companies {
            for contract in company.contracts {
                contracts[contract.id] = contract
                if let team = contract.teamID { byTeam[team, default: []].append(contract) }
            }
        }
        contractsByID = contracts
        contractsByTeam = byTeam
        var holdings: [String: [Holding]] = [:]
        for company in model.companies {
            for team in company.teams {
                for a in team.assignments {
                    guard let role = model.role(a.roleSetID, a.roleID) else { continue }
                    holdings[a.personID, default: []].append(
                        Holding(assignment: a, role: role, company: company, contracts: byTeam[team.id] ?? [], team: team))
                }
            }
            for contract in company.contracts {
                for a in contract.assignments {
                    guard let role = model.role(a.roleSetID, a.roleID) else { continue }
                    holdings[a.personID, default: []].append(
                        Holding(assignment: a, role: role, company: company, contracts: [contract]))
                }
                for asset in contract.assets {
                    for a in asset.assignments {
                        guard let role = model.role(a.roleSetID, a.roleID) else { continue }
                        holdings[a.personID, default: []].append(
                            Holding(assignment: a, role: role, company: company, contracts: [contract], asset: asset))
                    }
                }
            }
        }
        holdingsByPerson = holdings
    }

    public func company(of contract: Contract) -> Company? { model.companiesByID[contract.companyID] }

    public func roleSet(of contract: Contract) -> RoleSet? { model.roleSetsByID[contract.roleSetID] }

    /// Holders of a role in one scope unit of a contract (the contract itself, its team, or one asset).
    public func holders(of role: RoleDefinition, in contract: Contract, asset: Asset? = nil) -> [Person] {
        let assignments: [RoleAssignment]
        switch role.scope {
        case .contract: assignments = contract.assignments
        case .team: assignments = model.team(of: contract)?.assignments ?? []
        case .asset: assignments = asset?.assignments ?? contract.assets.flatMap(\.assignments)
        }
        var seen: Set<String> = []
        return assignments.filter { $0.roleID == role.id }.compactMap { model.peopleByID[$0.personID] }
            .filter { seen.insert($0.id).inserted }
    }

    /// Who acts for a role in a unit: its holders, else the stand-in role's holders (flagged as stand-ins).
    public func acting(for role: RoleDefinition, in contract: Contract, asset: Asset? = nil)
        -> (people: [Person], standIn: RoleDefinition?)
    {
        let direct = holders(of: role, in: contract, asset: asset)
        if !direct.isEmpty { return (direct, nil) }
        guard let standInID = role.standIn, let standIn = roleSet(of: contract)?.role(standInID) else { return ([], nil) }
        return (holders(of: standIn, in: contract), standIn)
    }

    /// Companies in which a person holds at least one role.
    public func companies(of person: Person) -> [Company] {
        var seen: Set<String> = []
        return (holdingsByPerson[person.id] ?? []).map(\.company).filter { seen.insert($0.id).inserted }
    }

    /// People who belong to a company: listed in its file or holding a role in it, in that order.
    public static func peopleIDs(in company: Company) -> [String] {
        var seen: Set<String> = []
        let holders = (company.teams.flatMap(\.assignments)
            + company.contracts.flatMap { $0.assignments + $0.assets.flatMap(\.assignments) }).map(\.personID)
        return (company.personIDs + holders).filter { seen.insert($0).inserted }
    }
}

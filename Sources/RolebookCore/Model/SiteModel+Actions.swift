/// What needs someone's action: the one home of the rules the resolver warns with (departed
/// holders, stand-ins, renewals, recommended maximums) and of whom each problem goes to. The
/// resolver's warnings and the action lists of the site and the reports read the same rules.
extension SiteModel {
    /// A role held by someone who has left.
    package struct DepartedHolder: Hashable, Sendable {
        package var assignment: RoleAssignment
        package var person: Person
        package var role: RoleDefinition
    }

    /// Every assignment in the company whose holder has left, in ``Company/allAssignments`` order.
    package func departedHolders(in company: Company) -> [DepartedHolder] {
        company.allAssignments.compactMap { assignment in
            guard let person = peopleByID[assignment.personID], person.hasLeft,
                let role = role(assignment.roleSetID, assignment.roleID)
            else { return nil }
            return DepartedHolder(assignment: assignment, person: person, role: role)
        }
    }

    /// The role that acts for `role` in a unit of the contract (the contract itself, or one asset)
    /// because nobody holds it there, with that role's holders; nil when someone holds it, or when
    /// the role has no stand-in.
    package func standIn(for role: RoleDefinition, in contract: Contract, asset: Asset? = nil)
        -> (role: RoleDefinition, people: [Person])?
    {
        let acting = acting(for: role, in: contract, asset: asset)
        return acting.standIn.map { ($0, acting.people) }
    }

    /// Roles more different people hold in the company than their role set recommends
    /// (`recommended_max_per_company`), with those people's ids in the order they are first assigned.
    package func rolesOverRecommended(in company: Company) -> [(role: RoleDefinition, personIDs: [String], limit: Int)]
    {
        let all = company.allAssignments
        var over: [(role: RoleDefinition, personIDs: [String], limit: Int)] = []
        for set in roleSets {
            for role in set.roles {
                guard let limit = role.recommendedMaxPerCompany else { continue }
                var seen: Set<String> = []
                let people = all.filter { $0.roleSetID == set.id && $0.roleID == role.id }.map(\.personID)
                    .filter { seen.insert($0).inserted }
                if people.count > limit { over.append((role, people, limit)) }
            }
        }
        return over
    }

    // MARK: - Who acts

    /// Who changes a role's holders on a contract: the first role that assigns it (`assigned_by`)
    /// with a holder still here, else the first role that assigns it (and nobody is left to act).
    package func assigner(of role: RoleDefinition, on contract: Contract) -> ActionItem.Fix? {
        guard let set = roleSetsByID[contract.roleSetID] else { return nil }
        let fixes = role.assignedBy.compactMap { set.role($0) }.map { assigning in
            ActionItem.Fix(
                contract: contract, role: assigning,
                people: holders(of: assigning, in: contract).filter { !$0.hasLeft })
        }
        return fixes.first { !$0.people.isEmpty } ?? fixes.first
    }

    /// Who answers for the contract itself (its renewal, its end): the role it has exactly one
    /// of (the Contract Manager, the purchaser).
    package func owner(of contract: Contract) -> ActionItem.Fix? {
        guard
            let owner = roleSetsByID[contract.roleSetID]?.roles.first(where: {
                $0.scope == .contract && $0.isExactlyOne
            })
        else { return nil }
        return ActionItem.Fix(
            contract: contract, role: owner, people: holders(of: owner, in: contract).filter { !$0.hasLeft })
    }

    // MARK: - The list

    /// Everything in the company that needs someone's action: people who have left but still hold
    /// a role, contracts that have ended or end soon without renewing, roles nobody holds where
    /// another stands in, and more holders of a role than recommended. Sorted by how soon it
    /// matters, then in the order of the data.
    package func actionItems(for company: Company) -> [ActionItem] {
        var departed: [ActionItem] = []
        for held in departedHolders(in: company) {
            let contracts = company.contracts.filter { contract in
                switch held.assignment.scope {
                case .contract(let id): contract.id == id
                case .asset(let id): contract.assets.contains { $0.id == id }
                case .team(let id): contract.teamID == id
                }
            }
            departed.append(
                ActionItem(
                    problem: .departedHolder(held.person, held.role, held.assignment.scope), companyID: company.id,
                    contract: contracts.count == 1 ? contracts[0] : nil,
                    // A team serves several contracts; its roles are changed on any of them.
                    fixes: contracts.prefix(1).compactMap { assigner(of: held.role, on: $0) }))
        }
        var dates: [ActionItem] = []
        var standingIn: [ActionItem] = []
        for contract in company.contracts {
            let renewal = settings.renewal(of: contract)
            if renewal.needsAction(autoRenew: contract.autoRenew) {
                dates.append(
                    ActionItem(
                        problem: renewal.hasEnded
                            ? .ended(daysAgo: -renewal.daysLeft) : .renewalDue(daysLeft: renewal.daysLeft),
                        companyID: company.id, contract: contract, fixes: owner(of: contract).map { [$0] } ?? []))
            }
            for role in roleSetsByID[contract.roleSetID]?.roles ?? [] {
                let units: [Asset?]
                switch role.scope {
                case .contract: units = [nil]
                case .asset: units = contract.assets.map { $0 }
                // A team has no enclosing unit, so nobody stands in there.
                case .team: units = []
                }
                for asset in units {
                    guard let acting = standIn(for: role, in: contract, asset: asset) else { continue }
                    standingIn.append(
                        ActionItem(
                            problem: .standingIn(role, standIn: acting.role, asset: asset), companyID: company.id,
                            contract: contract, fixes: assigner(of: role, on: contract).map { [$0] } ?? []))
                }
            }
        }
        var over: [ActionItem] = []
        for (role, ids, limit) in rolesOverRecommended(in: company) {
            // Fixed where the role is held: on each contract that has a holder of it.
            let contracts = company.contracts.filter { contract in
                contract.roleSetID == role.roleSetID
                    && assignments(applyingTo: contract).contains { $0.roleKey == role.key }
            }
            over.append(
                ActionItem(
                    problem: .overRecommended(role, holders: ids.compactMap { peopleByID[$0] }, limit: limit),
                    companyID: company.id, contract: nil, fixes: contracts.compactMap { assigner(of: role, on: $0) }))
        }
        dates.sort {
            ($0.contract?.end ?? settings.asOf, $0.contract?.id ?? "") < (
                $1.contract?.end ?? settings.asOf, $1.contract?.id ?? ""
            )
        }
        return departed + dates + standingIn + over
    }
}

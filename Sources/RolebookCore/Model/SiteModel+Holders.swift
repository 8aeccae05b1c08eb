/// Who holds a role where: the one home of the stand-in rule, used by the resolver's checks and by
/// every page, report and export.
extension SiteModel {
    /// Holders of a role in one scope unit of a contract (the contract itself, its team, or one asset).
    package func holders(of role: RoleDefinition, in contract: Contract, asset: Asset? = nil) -> [Person] {
        let assignments: [RoleAssignment]
        switch role.scope {
        case .contract: assignments = contract.assignments
        case .team: assignments = team(of: contract)?.assignments ?? []
        case .asset: assignments = asset?.assignments ?? contract.assets.flatMap(\.assignments)
        }
        var seen: Set<String> = []
        return assignments.filter { $0.roleID == role.id }.compactMap { peopleByID[$0.personID] }
            .filter { seen.insert($0.id).inserted }
    }

    /// Who acts for a role in a unit: its holders, else the stand-in role's holders (flagged as stand-ins).
    package func acting(for role: RoleDefinition, in contract: Contract, asset: Asset? = nil)
        -> (people: [Person], standIn: RoleDefinition?)
    {
        let direct = holders(of: role, in: contract, asset: asset)
        if !direct.isEmpty { return (direct, nil) }
        guard let standInID = role.standIn, let standIn = roleSetsByID[contract.roleSetID]?.role(standInID) else {
            return ([], nil)
        }
        return (holders(of: standIn, in: contract), standIn)
    }
}

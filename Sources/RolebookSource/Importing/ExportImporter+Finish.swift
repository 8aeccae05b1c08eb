import RolebookCore

extension ExportImporter {
    /// Turns what was imported and overlaid into the site's records: holders become assignments
    /// in the final role sets, teams are linked where the contract's role set is the team's, and
    /// records go into a hand-written company of the same id or a company of their own.
    mutating func finish(into content: inout LoadedContent) {
        for company in site.companies {
            let overlay = overlayPath(for: company.id)
            var teams: [Team] = []
            for team in company.teams {
                var made = team.team
                made.assignments = assignments(team.holders, scope: .team(made.id), roleSetID: made.roleSetID)
                teams.append(made)
                records.teams[made.id] = ImportedRecords.Unit(companyID: company.id, overlayPath: overlay)
            }
            var contracts: [Contract] = []
            for imported in company.contracts {
                var contract = imported.contract
                // Teams are not supported in the classic view (domain.md [A29]): a contract the rule
                // or an overlay put there keeps its team only when the team's role set is its own.
                if let teamID = imported.teamID, let team = teams.first(where: { $0.id == teamID }),
                    team.roleSetID == contract.roleSetID
                {
                    contract.teamID = teamID
                    contract.teamLocation = imported.fields[.team]
                } else if let teamID = imported.teamID, !teams.contains(where: { $0.id == teamID }) {
                    // An overlay named a team no export has: the resolver reports the unknown team.
                    contract.teamID = teamID
                    contract.teamLocation = imported.fields[.team]
                }
                contract.assignments = assignments(
                    imported.holders, scope: .contract(contract.id), roleSetID: contract.roleSetID)
                contract.assets = imported.assets.map { asset in
                    var made = asset.asset
                    made.assignments = assignments(asset.holders, scope: .asset(made.id), roleSetID: contract.roleSetID)
                    records.assets[made.id] = ImportedRecords.Unit(
                        companyID: company.id, contractID: contract.id, overlayPath: overlay)
                    return made
                }
                contracts.append(contract)
                records.contracts[contract.id] = ImportedRecords.Unit(companyID: company.id, overlayPath: overlay)
            }
            records.companies.insert(company.id)
            if let index = content.companies.firstIndex(where: { $0.id == company.id }) {
                var written = content.companies[index]
                if let nameLocation = company.nameLocation, written.name != company.name {
                    warning(
                        "company '\(company.id)' is written by hand as '\(written.name)', and the export names it '\(company.name)'; the hand-written name is kept",
                        at: nameLocation, notes: [.init("the hand-written company is here", at: written.location)])
                }
                written.teams += teams
                written.contracts += contracts
                written.personIDs += company.personIDs.filter { !written.personIDs.contains($0) }
                content.companies[index] = written
            } else {
                content.companies.append(
                    Company(
                        id: company.id, name: company.name, resellerID: company.resellerID,
                        resellerLocation: company.resellerLocation, teams: teams, contracts: contracts,
                        personIDs: company.personIDs, location: company.location))
            }
        }
        content.people += site.people.map(\.person)
        content.resellers += site.resellers
        content.diagnostics += diagnostics
        content.imports = records
    }

    /// The unit's assignments: an export's holders by the role they name, an overlay's by role id.
    /// An overlay that names holders of a role replaces the export's holders of that role, with a
    /// warning when they are other people.
    private mutating func assignments(_ holders: [ImportedSite.Holder], scope: RoleAssignment.Scope, roleSetID: String)
        -> [RoleAssignment]
    {
        let set = roleSets[roleSetID]
        var fromExport: [(roleID: String, holder: ImportedSite.Holder)] = []
        for holder in holders where holder.fromExport {
            // An unknown role set is reported by the resolver, at the contract's role set.
            guard let set else { continue }
            guard let role = set.role(named: holder.role) else {
                warning(
                    "role '\(holder.role)' is no role of role set '\(set.id)': \(set.roles.map(\.name).joined(separator: ", ")) (the values of a users export's role column are inferred, docs/importing.md); the person is imported without it",
                    at: holder.location)
                continue
            }
            guard role.scope == scope.kind else {
                warning(
                    "\(role.name) is held per \(role.scope.rawValue), and this export does not say which \(role.scope.rawValue): name it in the overlay",
                    at: holder.location)
                continue
            }
            fromExport.append((role.id, holder))
        }
        let fromOverlay = holders.filter { !$0.fromExport }.map { holder in
            (roleID: set?.role(named: holder.role)?.id ?? holder.role, holder: holder)
        }
        let overlaid = Set(fromOverlay.map(\.roleID))
        var made: [RoleAssignment] = []
        var seen: Set<String> = []
        for (roleID, holder) in fromExport {
            if overlaid.contains(roleID) {
                let overlayHolders = fromOverlay.filter { $0.roleID == roleID }
                if !overlayHolders.contains(where: { $0.holder.personID == holder.personID }),
                    let first = overlayHolders.first
                {
                    warning(
                        "the overlay gives \(set?.role(roleID)?.name ?? roleID) of \(scope.kind.rawValue) '\(scope.id)' to '\(first.holder.personID)', the export to '\(holder.personID)': the overlay's is used (remove it from the overlay once the export is right)",
                        at: first.holder.location, notes: [.init("the export says it here", at: holder.location)])
                }
                continue
            }
            guard seen.insert("\(roleID) \(holder.personID)").inserted else { continue }
            made.append(
                RoleAssignment(
                    roleID: roleID, personID: holder.personID, scope: scope, roleSetID: roleSetID,
                    location: holder.location, personLocation: holder.personLocation))
        }
        for (_, holder) in fromOverlay {
            made.append(
                RoleAssignment(
                    roleID: holder.role, personID: holder.personID, scope: scope, roleSetID: roleSetID,
                    location: holder.location, personLocation: holder.personLocation))
        }
        return made
    }
}

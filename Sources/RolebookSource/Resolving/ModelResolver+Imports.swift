import RolebookCore

extension ModelResolver {
    /// Exports never say who coordinates a subscription, and since the 2024 buying experience not
    /// who holds a contract either: an imported contract, subscription or team without a holder
    /// its role set requires is a warning that names the overlay entry to add, where a
    /// hand-written one is the "exactly one" error. (A hand-written record has no such excuse.)
    ///
    /// The rules themselves stay in ``checkHolders(of:in:unscoped:into:)``; this replaces their
    /// "… has no …" errors at imported units, found by the unit's location and the message's
    /// start, which tests/RolebookImportTests pin down.
    func relaxingImportedHolders(_ bag: DiagnosticBag, imports: ImportedRecords, model: SiteModel) -> DiagnosticBag {
        guard !imports.isEmpty else { return bag }
        var units: [(label: String, location: SourceLocation)] = []
        var warnings: [Diagnostic] = []
        for company in model.companies {
            for team in company.teams {
                guard let unit = imports.teams[team.id], let set = model.roleSetsByID[team.roleSetID] else { continue }
                units.append(("team '\(team.id)'", team.location))
                for role in missing(in: set, scope: .team, assignments: team.assignments) {
                    warnings.append(
                        warning(
                            "team '\(team.id)'", role, at: team.location,
                            entry: "teams: [{id: \(team.id), assignments: [{role: \(role.id), person: PERSON}]}]",
                            overlay: unit.overlayPath))
                }
            }
            for contract in company.contracts {
                guard let unit = imports.contracts[contract.id], let set = model.roleSetsByID[contract.roleSetID]
                else { continue }
                let label = "contract '\(contract.id)'"
                units.append((label, contract.location))
                for role in missing(in: set, scope: .contract, assignments: contract.assignments) {
                    warnings.append(
                        warning(
                            label, role, at: contract.location,
                            entry:
                                "contracts: [{id: \"\(contract.id)\", assignments: [{role: \(role.id), person: PERSON}]}]",
                            overlay: unit.overlayPath))
                }
                if contract.teamID == nil {
                    for role in set.roles where role.scope == .team && role.minPerScope > 0 {
                        warnings.append(
                            .warning(
                                "\(label) has no team, so it has no \(role.name): the export names none",
                                at: contract.location,
                                notes: [
                                    .init(
                                        "add to \(unit.overlayPath): contracts: [{id: \"\(contract.id)\", team: TEAM-ID}]"
                                    )
                                ]))
                    }
                }
                for asset in contract.assets where imports.assets[asset.id] != nil {
                    units.append(("asset '\(asset.id)'", asset.location))
                    for role in missing(in: set, scope: .asset, assignments: asset.assignments) {
                        warnings.append(
                            warning(
                                "asset '\(asset.id)'", role, at: asset.location,
                                entry:
                                    "contracts: [{id: \"\(contract.id)\", assets: [{id: \"\(asset.id)\", assignments: [{role: \(role.id), person: PERSON}]}]}]",
                                overlay: unit.overlayPath))
                    }
                }
            }
        }
        var out = DiagnosticBag()
        for diagnostic in bag.diagnostics {
            if diagnostic.severity == .error, let location = diagnostic.location,
                units.contains(where: { $0.location == location && diagnostic.message.hasPrefix("\($0.label) has no ") }
                )
            {
                continue
            }
            out.append(diagnostic)
        }
        out.append(contentsOf: warnings)
        return out
    }

    /// Roles of `scope` the role set requires that fewer people hold than it requires.
    private func missing(in set: RoleSet, scope: RoleScope, assignments: [RoleAssignment]) -> [RoleDefinition] {
        set.roles.filter { role in
            role.scope == scope && role.minPerScope > 0
                && assignments.count(where: { $0.roleID == role.id }) < role.minPerScope
        }
    }

    private func warning(
        _ unit: String, _ role: RoleDefinition, at location: SourceLocation, entry: String, overlay: String
    ) -> Diagnostic {
        let rule = role.isExactlyOne ? "exactly one is required" : "at least \(role.minPerScope) required"
        return .warning(
            "\(unit) has no \(role.name) (\(rule)): the export does not say who holds it",
            at: location,
            notes: [.init("name them in \(overlay): \(entry)")])
    }
}

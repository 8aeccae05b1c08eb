import RolebookCore

extension ModelResolver {
    /// Cardinality, combination, stand-in, departed-holder and per-company limits.
    /// `unscoped`: role ids by role set whose scope is unknown (see ``LoadedContent/unscopedRoles``).
    func checkHolders(
        of company: Company, in model: SiteModel, unscoped: [String: Set<String>], into bag: inout DiagnosticBag
    ) {
        for team in company.teams {
            guard let set = model.roleSetsByID[team.roleSetID] else { continue }
            checkUnit(
                "team '\(team.id)'", scope: .team, assignments: team.assignments, set: set, at: team.location,
                model: model, standingIn: nil, unscoped: unscoped[set.id] ?? [], into: &bag)
        }
        for contract in company.contracts {
            guard let set = model.roleSetsByID[contract.roleSetID] else { continue }
            let team = model.team(of: contract)
            checkUnit(
                "contract '\(contract.id)'", scope: .contract, assignments: contract.assignments, set: set,
                at: contract.location, model: model, standingIn: (contract, nil), unscoped: unscoped[set.id] ?? [],
                into: &bag)
            for asset in contract.assets {
                checkUnit(
                    "asset '\(asset.id)'", scope: .asset, assignments: asset.assignments, set: set,
                    at: asset.location, model: model, standingIn: (contract, asset), unscoped: unscoped[set.id] ?? [],
                    into: &bag)
            }
            checkCombinations(contract: contract, set: set, team: team, model: model, into: &bag)
            checkTeamRoles(of: contract, set: set, unscoped: unscoped[set.id] ?? [], into: &bag)
            if contract.channel == .reseller {
                let reseller = model.reseller(of: contract)
                if reseller == nil || reseller?.contacts.isEmpty == true {
                    bag.warning(
                        "contract '\(contract.id)' was bought through a reseller but has no reseller contact: pages cannot say whom to call there",
                        at: contract.location)
                }
            }
        }
        checkTeamCombinations(of: company, in: model, into: &bag)
        checkDeparted(company, model: model, into: &bag)
        checkRecommendedMaximum(company, model: model, into: &bag)
    }

    private func checkUnit(
        _ unit: String, scope: RoleScope, assignments: [RoleAssignment], set: RoleSet, at location: SourceLocation,
        model: SiteModel, standingIn place: (contract: Contract, asset: Asset?)?, unscoped: Set<String>,
        into bag: inout DiagnosticBag
    ) {
        for role in set.roles where role.scope == scope && !unscoped.contains(role.id) {
            let holders = assignments.filter { $0.roleID == role.id }
            if holders.count < role.minPerScope {
                let rule = role.isExactlyOne ? "exactly one is required" : "at least \(role.minPerScope) required"
                bag.error("\(unit) has no \(role.name) (\(rule))", at: location)
            }
            if let maximum = role.maxPerScope, holders.count > maximum {
                let extra = holders.dropFirst(maximum)
                for assignment in extra {
                    bag.error(
                        "\(unit) has \(holders.count) holders of \(role.name); at most \(maximum) allowed",
                        at: assignment.location,
                        notes: holders.prefix(maximum).map {
                            .init("'\($0.personID)' already holds it here", at: $0.location)
                        })
                }
            }
            // A team has no enclosing unit, so nobody stands in there.
            if holders.isEmpty, let place,
                let standIn = model.standIn(for: role, in: place.contract, asset: place.asset)
            {
                let names = standIn.people.map(\.name)
                let who = names.isEmpty ? "" : " (\(names.joined(separator: ", ")))"
                bag.warning(
                    "\(unit) has no \(role.name); the \(standIn.role.name)\(who) stands in", at: location)
            }
        }
    }

    /// A contract in a role set with required team roles (User Management's primary admin) gets
    /// them from its team; without one nobody holds them, and no unit check would notice, because
    /// the team is what would be checked.
    private func checkTeamRoles(
        of contract: Contract, set: RoleSet, unscoped: Set<String>, into bag: inout DiagnosticBag
    ) {
        guard contract.teamID == nil else { return }
        for role in set.roles where role.scope == .team && role.minPerScope > 0 && !unscoped.contains(role.id) {
            let rule = role.isExactlyOne ? "exactly one is required" : "at least \(role.minPerScope) required"
            bag.error(
                "contract '\(contract.id)' has no team, so it has no \(role.name) (\(rule) per team in role set '\(set.id)'): name its team with 'team: <id>'",
                at: contract.location)
        }
    }

    /// Roles one person may not hold together on a contract: its own, its assets' and its team's
    /// assignments together. A pair held only in the team is the team's, checked once per team.
    private func checkCombinations(
        contract: Contract, set: RoleSet, team: Team?, model: SiteModel, into bag: inout DiagnosticBag
    ) {
        checkPairs(
            in: model.assignments(applyingTo: contract), set: set, on: "contract '\(contract.id)'",
            skippingPairsWithin: .team, into: &bag)
    }

    func checkTeamCombinations(of company: Company, in model: SiteModel, into bag: inout DiagnosticBag) {
        for team in company.teams {
            guard let set = model.roleSetsByID[team.roleSetID] else { continue }
            checkPairs(in: team.assignments, set: set, on: "team '\(team.id)'", skippingPairsWithin: nil, into: &bag)
        }
    }

    private func checkPairs(
        in assignments: [RoleAssignment], set: RoleSet, on unit: String, skippingPairsWithin skipped: RoleScope?,
        into bag: inout DiagnosticBag
    ) {
        let byPerson = Dictionary(grouping: assignments, by: \.personID)
        for (personID, held) in byPerson.sorted(by: { $0.key < $1.key }) {
            for assignment in held {
                guard let role = set.role(assignment.roleID) else { continue }
                // Either definition may forbid the pair; report it once, at the later assignment.
                for other in held where other.roleID != role.id && other.location < assignment.location {
                    if let skipped, assignment.scope.kind == skipped, other.scope.kind == skipped { continue }
                    let otherRole = set.role(other.roleID)
                    guard
                        role.notCombinableWith.contains(other.roleID)
                            || otherRole?.notCombinableWith.contains(role.id) == true
                    else { continue }
                    let otherName = otherRole?.name ?? other.roleID
                    bag.error(
                        "'\(personID)' may not hold both \(role.name) and \(otherName) on \(unit)",
                        at: assignment.location, notes: [.init("\(otherName) is assigned here", at: other.location)])
                }
            }
        }
    }

    private func checkDeparted(_ company: Company, model: SiteModel, into bag: inout DiagnosticBag) {
        for held in model.departedHolders(in: company) {
            let (person, role, assignment) = (held.person, held.role, held.assignment)
            var notes: [Diagnostic.Note] = [
                .init("\(person.name) is marked as departed here", at: person.statusLocation ?? person.location)
            ]
            if let takeover = role.whenHolderLeaves { notes.append(.init("what to do: \(takeover)")) }
            bag.warning(
                "\(person.name) has left but still holds \(role.name) on \(assignment.scope.kind.rawValue) '\(assignment.scope.id)'",
                at: assignment.personLocation, notes: notes)
        }
    }

    private func checkRecommendedMaximum(_ company: Company, model: SiteModel, into bag: inout DiagnosticBag) {
        for (role, people, limit) in model.rolesOverRecommended(in: company) {
            bag.warning(
                "company '\(company.id)' has \(people.count) different \(role.name) holders; at most \(limit) are recommended",
                at: company.location)
        }
    }

    func checkDates(_ model: SiteModel, settings: SiteSettings, into bag: inout DiagnosticBag) {
        for company in model.companies {
            for contract in company.contracts {
                let renewal = settings.renewal(of: contract)
                if settings.asOf < contract.start {
                    bag.warning(
                        "contract '\(contract.id)' starts on \(contract.start), after the data's as-of date \(settings.asOf): update as_of, or pass --as-of",
                        at: contract.location)
                }
                guard renewal.needsAction(autoRenew: contract.autoRenew) else { continue }
                if renewal.hasEnded {
                    bag.warning(
                        "contract '\(contract.id)' ended on \(contract.end), before the data's as-of date \(settings.asOf)",
                        at: contract.location)
                } else {
                    bag.warning(
                        "contract '\(contract.id)' ends on \(contract.end), in \(renewal.daysLeft) days, and does not renew automatically",
                        at: contract.location)
                }
            }
        }
    }
}

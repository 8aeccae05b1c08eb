import RolebookCore

/// Checks references between records and the rules that role definitions state, then builds the
/// ``SiteModel``. Pure: the same records always give the same diagnostics, in any order.
package struct ModelResolver: Sendable {
    package init() {}

    package func resolve(_ content: LoadedContent) -> (model: SiteModel?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        bag.append(contentsOf: content.diagnostics)
        checkDuplicates(content, into: &bag)
        checkReservedIDs(content, into: &bag)
        let settings = content.settings
        // One guide per id even when ids repeat (reported above): pages are keyed by guide id, and
        // the renderer is set up before the build stops on errors.
        var guideIDs: Set<String> = []
        let model = SiteModel(
            settings: settings ?? SiteSettings(title: "", asOf: Day(ordinal: 0)), roleSets: content.roleSets,
            resellers: content.resellers, companies: content.companies, people: content.people,
            guides: content.guides.filter { guideIDs.insert($0.id).inserted }, topics: content.topics)
        // Roles whose scope is missing or invalid (reported by the loader) are kept so that
        // references to them resolve; where they may be assigned is then unknown, so not checked.
        let unscoped = content.unscopedRoles
        checkRoleSets(model, unscoped: unscoped, into: &bag)
        checkTopics(model, into: &bag)
        // Suggestions for an unknown person come from the company's own people and those of no company.
        let companyPeople = Set(model.companies.flatMap(\.personIDs))
        let sharedPeople = model.people.map(\.id).filter { !companyPeople.contains($0) }
        for company in model.companies {
            checkReferences(of: company, in: model, sharedPeople: sharedPeople, unscoped: unscoped, into: &bag)
            checkHolders(of: company, in: model, unscoped: unscoped, into: &bag)
        }
        if let settings { checkDates(model, settings: settings, into: &bag) }
        bag = relaxingImportedHolders(bag, imports: content.imports, model: model)
        return (settings == nil ? nil : model, bag.sorted)
    }

    // MARK: - Ids

    private func checkDuplicates(_ content: LoadedContent, into bag: inout DiagnosticBag) {
        func check(_ what: String, _ items: [(id: String, location: SourceLocation)]) {
            var first: [String: SourceLocation] = [:]
            for item in items {
                if let earlier = first[item.id] {
                    bag.error(
                        "duplicate \(what) id '\(item.id)'", at: item.location,
                        notes: [.init("'\(item.id)' is first defined here", at: earlier)])
                } else {
                    first[item.id] = item.location
                }
            }
        }
        check("role set", content.roleSets.map { ($0.id, $0.location) })
        for set in content.roleSets { check("role", set.roles.map { ($0.id, $0.location) }) }
        check("reseller", content.resellers.map { ($0.id, $0.location) })
        check("company", content.companies.map { ($0.id, $0.location) })
        check("person", content.people.map { ($0.id, $0.location) })
        check("team", content.companies.flatMap { $0.teams.map { ($0.id, $0.location) } })
        check("contract", content.companies.flatMap { $0.contracts.map { ($0.id, $0.location) } })
        check("asset", content.companies.flatMap { $0.contracts.flatMap { $0.assets.map { ($0.id, $0.location) } } })
        check("contact topic", content.topics.map { ($0.id, $0.location) })
        check("guide", content.guides.map { ($0.id, $0.location) })
    }

    /// Ids whose page would replace a fixed one (`people/index.html`), decided by ``Route``.
    private func checkReservedIDs(_ content: LoadedContent, into bag: inout DiagnosticBag) {
        func check(_ kind: Route.IDKind, _ items: [(id: String, location: SourceLocation)]) {
            for item in items {
                if let reason = Route.reservation(of: kind, item.id) {
                    bag.error("\(kind.rawValue) id '\(item.id)' is reserved: \(reason)", at: item.location)
                }
            }
        }
        check(.person, content.people.map { ($0.id, $0.location) })
        check(.guide, content.guides.map { ($0.id, $0.location) })
        check(.company, content.companies.map { ($0.id, $0.location) })
        check(.contract, content.companies.flatMap { $0.contracts.map { ($0.id, $0.location) } })
        check(.role, content.roleSets.flatMap { $0.roles.map { ($0.id, $0.location) } })
    }

    // MARK: - Role definitions and contact chains

    private func checkRoleSets(_ model: SiteModel, unscoped: [String: Set<String>], into bag: inout DiagnosticBag) {
        for set in model.roleSets {
            let unscopedHere = unscoped[set.id] ?? []
            for role in set.roles {
                func mustExist(_ id: String, _ what: String) {
                    if set.role(id) == nil {
                        bag.error(
                            "unknown role '\(id)' in \(what) of role '\(role.id)'"
                                + Suggestion.role(id, in: set, where: "role definitions"),
                            at: role.location)
                    }
                }
                for id in role.assignedBy { mustExist(id, "assigned_by") }
                for id in role.notCombinableWith { mustExist(id, "not_combinable_with") }
                if let standIn = role.standIn {
                    if let standInRole = set.role(standIn) {
                        if !unscopedHere.contains(role.id), !unscopedHere.contains(standIn),
                            !Self.encloses(standInRole.scope, role.scope)
                        {
                            bag.error(
                                "stand-in role '\(standIn)' must be held in a scope that encloses '\(role.scope.rawValue)'",
                                at: role.location)
                        }
                    } else {
                        mustExist(standIn, "stand_in")
                    }
                }
                for counterpart in role.counterparts where model.role(counterpart.roleSetID, counterpart.roleID) == nil
                {
                    let hint =
                        if let other = model.roleSetsByID[counterpart.roleSetID] {
                            Suggestion.role(counterpart.roleID, in: other, where: "counterparts")
                        } else {
                            Suggestion.didYouMean(counterpart.roleSetID, among: model.roleSets.map(\.id))
                        }
                    bag.error(
                        "unknown counterpart role '\(counterpart.roleSetID)/\(counterpart.roleID)'\(hint)",
                        at: counterpart.location)
                }
                // One role under two names is one fact: stated on one side only, guidance would carry
                // names across role sets in one direction and not back.
                for counterpart in role.counterparts where counterpart.relation == .sameRole {
                    guard let other = model.role(counterpart.roleSetID, counterpart.roleID) else { continue }
                    let back = other.counterparts.first { $0.roleSetID == set.id && $0.roleID == role.id }
                    if back?.relation != .sameRole {
                        let said =
                            back.map { "says '\($0.relation.rawValue)'" } ?? "does not list '\(set.id)/\(role.id)'"
                        let pair = "'\(set.id)/\(role.id)' and '\(other.roleSetID)/\(other.id)'"
                        bag.error(
                            "\(pair) are the same role on one side only: the other \(said); "
                                + "add the same-role counterpart to both",
                            at: counterpart.location,
                            notes: [.init("the other role's definition", at: back?.location ?? other.location)])
                    }
                }
            }
        }
    }

    /// A unit encloses itself and a contract its assets; a team-scoped stand-in serves its contracts and their assets.
    static func encloses(_ outer: RoleScope, _ inner: RoleScope) -> Bool {
        switch (outer, inner) {
        case (.contract, .asset), (.team, .asset), (.team, .contract): true
        case (let outer, let inner) where outer == inner: true
        default: false
        }
    }

    private func checkTopics(_ model: SiteModel, into bag: inout DiagnosticBag) {
        let procedures = Set(model.guides.filter { $0.kind == .procedure }.map(\.id))
        var fallbackOwners: [String: ContactTopic] = [:]
        for topic in model.topics {
            // A procedure's fallback follows one chain: two topics claiming it would make the page
            // depend on topic order.
            for (id, location) in zip(topic.fallbackFor, topic.fallbackForLocations) {
                if !procedures.contains(id) {
                    bag.error(
                        "unknown procedure '\(id)' in fallback_for of contact topic '\(topic.id)'"
                            + Suggestion.didYouMean(id, among: procedures.sorted()),
                        at: location)
                } else if let owner = fallbackOwners[id], owner.id != topic.id {
                    bag.error(
                        "procedure '\(id)' is already in fallback_for of contact topic '\(owner.id)'", at: location,
                        notes: [.init("listed here first", at: owner.location)])
                } else {
                    fallbackOwners[id] = topic
                }
            }
            let hasVendor = topic.chains.values.contains { steps in
                steps.contains { if case .vendor = $0 { true } else { false } }
            }
            if topic.vendorSource != nil, !hasVendor {
                bag.warning(
                    "contact topic '\(topic.id)' names a vendor_source but none of its chains has a vendor step",
                    at: topic.location)
            }
            for (roleSetID, steps) in topic.chains.sorted(by: { $0.key < $1.key }) {
                let locations = topic.stepLocations[roleSetID] ?? []
                guard let set = model.roleSetsByID[roleSetID] else {
                    bag.error(
                        "unknown role set '\(roleSetID)' in contact topic '\(topic.id)'"
                            + Suggestion.didYouMean(roleSetID, among: model.roleSets.map(\.id)),
                        at: locations.first ?? topic.location)
                    continue
                }
                for (index, step) in steps.enumerated() {
                    if case .role(let name) = step, set.role(named: name) == nil {
                        bag.error(
                            "unknown role '\(name)' in the \(set.id) chain of contact topic '\(topic.id)'"
                                + Suggestion.didYouMean(name, among: set.roles.map(\.id)),
                            at: index < locations.count ? locations[index] : topic.location)
                    }
                }
            }
        }
    }

    // MARK: - References

    private func checkReferences(
        of company: Company, in model: SiteModel, sharedPeople: [String], unscoped: [String: Set<String>],
        into bag: inout DiagnosticBag
    ) {
        let resellerIDs = model.resellers.map(\.id)
        let roleSetIDs = model.roleSets.map(\.id)
        if let id = company.resellerID, model.resellersByID[id] == nil {
            bag.error(
                "unknown reseller '\(id)'" + Suggestion.didYouMean(id, among: resellerIDs), at: company.resellerLocation
            )
        }
        for team in company.teams where model.roleSetsByID[team.roleSetID] == nil {
            bag.error(
                "unknown role set '\(team.roleSetID)'" + Suggestion.didYouMean(team.roleSetID, among: roleSetIDs),
                at: team.roleSetLocation)
        }
        for contract in company.contracts {
            if model.roleSetsByID[contract.roleSetID] == nil {
                bag.error(
                    "unknown role set '\(contract.roleSetID)'"
                        + Suggestion.didYouMean(contract.roleSetID, among: roleSetIDs),
                    at: contract.roleSetLocation)
            }
            if let id = contract.resellerID, model.resellersByID[id] == nil {
                bag.error(
                    "unknown reseller '\(id)'" + Suggestion.didYouMean(id, among: resellerIDs),
                    at: contract.resellerLocation)
            }
            if let teamID = contract.teamID {
                if let team = company.teams.first(where: { $0.id == teamID }) {
                    if team.roleSetID != contract.roleSetID {
                        bag.error(
                            "contract '\(contract.id)' uses role set '\(contract.roleSetID)' but its team '\(teamID)' uses '\(team.roleSetID)'",
                            at: contract.teamLocation, notes: [.init("the team is defined here", at: team.location)])
                    }
                } else {
                    bag.error(
                        "unknown team '\(teamID)' in company '\(company.id)'"
                            + Suggestion.didYouMean(teamID, among: company.teams.map(\.id)),
                        at: contract.teamLocation)
                }
            }
        }
        for assignment in company.allAssignments {
            if model.peopleByID[assignment.personID] == nil {
                bag.error(
                    "unknown person '\(assignment.personID)'"
                        + Suggestion.didYouMean(assignment.personID, among: company.personIDs + sharedPeople),
                    at: assignment.personLocation)
            }
            guard let set = model.roleSetsByID[assignment.roleSetID] else { continue }
            guard let role = set.role(assignment.roleID) else {
                bag.error(
                    "unknown role '\(assignment.roleID)' in role set '\(set.id)'"
                        + Suggestion.role(assignment.roleID, in: set, where: "assignments"),
                    at: assignment.location)
                continue
            }
            if role.scope != assignment.scope.kind, unscoped[set.id]?.contains(role.id) != true {
                bag.error(
                    "role '\(role.id)' is assigned per \(role.scope.rawValue), not per \(assignment.scope.kind.rawValue)",
                    at: assignment.location, notes: [.init("the role is defined here", at: role.location)])
            }
        }
    }
}

/// Compares two resolved models (`rolebook diff`): the one rule of what counts as a change.
///
/// Companies, contracts, subscriptions (assets), teams and people are matched by id. Masked
/// people (exports made with the personal-data setting off) get a new id in every export, so they
/// are not followed: a role held by a masked person on both sides is no change, and a company's
/// masked people are counted, not listed.
package struct ModelComparer {
    /// One side: a model, and which of its people are masked.
    package struct Side {
        package var model: SiteModel
        package var masked: Set<String>
        package var source: String

        package init(model: SiteModel, masked: Set<String>, source: String) {
            self.model = model
            self.masked = masked
            self.source = source
        }
    }

    package var old: Side
    package var new: Side
    /// The words of the summaries: the language of the pages (or the terminal) that show them.
    package var strings: Strings

    package init(old: Side, new: Side, strings: Strings) {
        self.old = old
        self.new = new
        self.strings = strings
    }

    private typealias Change = SiteChanges.Change

    package func changes() -> SiteChanges {
        let ids = Set(old.model.companiesByID.keys).union(new.model.companiesByID.keys)
        let ordered = ids.sorted { lhs, rhs in
            let l = (new.model.companiesByID[lhs] ?? old.model.companiesByID[lhs])!.name
            let r = (new.model.companiesByID[rhs] ?? old.model.companiesByID[rhs])!.name
            return (l, lhs) < (r, rhs)
        }
        var companies: [SiteChanges.CompanyChanges] = []
        for id in ordered {
            switch (old.model.companiesByID[id], new.model.companiesByID[id]) {
            case (nil, let added?):
                let people = added.personIDs.filter { !new.masked.contains($0) }.count
                companies.append(
                    .init(
                        id: id, name: added.name, status: "added",
                        changes: [
                            Change(
                                .companyAdded,
                                summary: strings(
                                    .changeCompanyAdded,
                                    [
                                        "contracts": strings.plural(added.contracts.count, .contractCount),
                                        "people": strings.plural(people, .personCount),
                                    ]))
                        ]))
            case (let removed?, nil):
                companies.append(
                    .init(
                        id: id, name: removed.name, status: "removed",
                        changes: [
                            Change(
                                .companyRemoved,
                                summary: strings(
                                    .changeCompanyRemoved,
                                    ["contracts": strings.plural(removed.contracts.count, .contractCount)]))
                        ]))
            case (let before?, let after?):
                let changes = compare(before, after)
                if !changes.isEmpty {
                    companies.append(.init(id: id, name: after.name, status: "changed", changes: changes))
                }
            default: break
            }
        }
        return SiteChanges(
            old: .init(source: old.source, asOf: old.model.settings.asOf.description),
            new: .init(source: new.source, asOf: new.model.settings.asOf.description), companies: companies)
    }

    // MARK: - A company

    private func compare(_ before: Company, _ after: Company) -> [Change] {
        var changes: [Change] = []
        let contractIDs = Set(before.contracts.map(\.id)).union(after.contracts.map(\.id)).sorted()
        for id in contractIDs {
            let was = before.contracts.first { $0.id == id }
            let now = after.contracts.first { $0.id == id }
            changes += compare(was, now)
        }
        let teamIDs = Set(before.teams.map(\.id)).union(after.teams.map(\.id)).sorted()
        for id in teamIDs {
            let was = before.teams.first { $0.id == id }
            let now = after.teams.first { $0.id == id }
            let name = now?.name ?? was?.name ?? id
            changes += roles(
                was?.assignments ?? [], now?.assignments ?? [], unit: strings(.changeTeamUnit, ["team": name]),
                ids: (nil, nil, id))
        }
        changes += people(before, after)
        return changes
    }

    private func compare(_ was: Contract?, _ now: Contract?) -> [Change] {
        switch (was, now) {
        case (nil, let added?):
            let products = added.assets.map(\.product)
            let holders = exactlyOne(added, in: new)
            let term = strings(.changeTerm, ["start": strings.date(added.start), "end": strings.date(added.end)])
            let parts = [products.isEmpty ? nil : products.joined(separator: ", "), term].compactMap { $0 } + holders
            return [
                Change(
                    .contractAdded,
                    summary: strings(
                        .changeContractAdded,
                        [
                            "number": added.displayNumber,
                            "details": parts.joined(separator: strings(.changeDetailSeparator)),
                        ]),
                    contract: added.id, to: [added.end.description])
            ]
        case (let removed?, nil):
            let ended: Phrase = removed.end < new.model.settings.asOf ? .changeContractGoneEnded : .changeContractGone
            return [
                Change(
                    .contractRemoved,
                    summary: strings(ended, ["number": removed.displayNumber, "date": strings.date(removed.end)]),
                    contract: removed.id, from: [removed.end.description])
            ]
        case (let before?, let after?):
            var changes: [Change] = []
            let number = after.displayNumber
            func dates(_ now: Day, _ was: Day) -> KeyValuePairs<String, String> {
                ["number": number, "date": strings.date(now), "was": strings.date(was)]
            }
            let endedNow = after.end < new.model.settings.asOf
            let endedBefore = before.end < old.model.settings.asOf
            if endedNow, !endedBefore {
                changes.append(
                    Change(
                        .contractEnded, summary: strings(.changeContractEnded, dates(after.end, before.end)),
                        contract: after.id,
                        from: [before.end.description], to: [after.end.description]))
            } else if after.end > before.end {
                changes.append(
                    Change(
                        .contractRenewed,
                        summary: strings(.changeContractRenewed, dates(after.end, before.end)),
                        contract: after.id, from: [before.end.description], to: [after.end.description]))
            } else if after.end < before.end {
                changes.append(
                    Change(
                        .contractDatesChanged,
                        summary: strings(.changeContractEndsEarlier, dates(after.end, before.end)),
                        contract: after.id, from: [before.end.description], to: [after.end.description]))
            } else if after.start != before.start {
                changes.append(
                    Change(
                        .contractDatesChanged,
                        summary: strings(.changeContractStarts, dates(after.start, before.start)),
                        contract: after.id, from: [before.start.description], to: [after.start.description]))
            }
            if before.term != after.term {
                changes.append(
                    Change(
                        .contractTermChanged,
                        summary: strings(
                            .changeContractTerm,
                            [
                                "number": number, "was": before.term ?? strings(.changeNoTerm),
                                "now": after.term ?? strings(.changeNoTerm),
                            ]),
                        contract: after.id, from: before.term.map { [$0] } ?? [], to: after.term.map { [$0] } ?? []))
            }
            changes += roles(
                before.assignments, after.assignments, unit: strings(.changeContractUnit, ["number": number]),
                ids: (after.id, nil, nil))
            let assetIDs = Set(before.assets.map(\.id)).union(after.assets.map(\.id)).sorted()
            for id in assetIDs {
                let was = before.assets.first { $0.id == id }
                let now = after.assets.first { $0.id == id }
                let asset = (now ?? was)!
                changes += roles(
                    was?.assignments ?? [], now?.assignments ?? [],
                    unit: strings(
                        .changeAssetUnit,
                        ["product": asset.product, "serial": asset.serialNumber ?? asset.id, "number": number]),
                    ids: (after.id, id, nil))
            }
            return changes
        default:
            return []
        }
    }

    /// "Contract Manager: Jane Doe" for each role with at most one holder, for a new contract's line.
    private func exactlyOne(_ contract: Contract, in side: Side) -> [String] {
        guard let set = side.model.roleSetsByID[contract.roleSetID] else { return [] }
        return set.roles.filter { $0.maxPerScope == 1 && $0.scope == .contract }.compactMap { role in
            let holders = contract.assignments.filter { $0.roleID == role.id }.map {
                name(token(of: $0.personID, in: side))
            }
            return holders.isEmpty
                ? nil : strings(.changeHolders, ["role": role.name, "people": holders.joined(separator: ", ")])
        }
    }

    // MARK: - Roles

    /// A masked person stands for "somebody the export would not name": all alike.
    private func token(of personID: String, in side: Side) -> String {
        side.masked.contains(personID) ? "masked" : personID
    }

    private func name(_ token: String) -> String {
        if token == "masked" { return strings(.changeMaskedPerson) }
        return new.model.peopleByID[token]?.name ?? old.model.peopleByID[token]?.name ?? token
    }

    private func roles(
        _ before: [RoleAssignment], _ after: [RoleAssignment], unit: String,
        ids: (contract: String?, asset: String?, team: String?)
    ) -> [Change] {
        func holders(_ assignments: [RoleAssignment], _ side: Side) -> [String: [String]] {
            var out: [String: [String]] = [:]
            for assignment in assignments {
                let key = "\(assignment.roleSetID)/\(assignment.roleID)"
                let token = token(of: assignment.personID, in: side)
                if !(out[key] ?? []).contains(token) { out[key, default: []].append(token) }
            }
            return out
        }
        let was = holders(before, old)
        let now = holders(after, new)
        var changes: [Change] = []
        for key in Set(was.keys).union(now.keys).sorted() {
            let from = (was[key] ?? []).sorted()
            let to = (now[key] ?? []).sorted()
            guard from != to else { continue }
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            let role =
                (new.model.role(parts[0], parts.count > 1 ? parts[1] : "")
                ?? old.model.role(parts[0], parts.count > 1 ? parts[1] : ""))?.name ?? key
            func change(_ kind: Change.Kind, _ summary: String, person: String? = nil) -> Change {
                Change(
                    kind, summary: summary, contract: ids.contract, asset: ids.asset, team: ids.team,
                    person: person, role: key, from: from, to: to)
            }
            func names(_ tokens: [String]) -> String { tokens.map(name).joined(separator: ", ") }
            if from.count == 1, to.count == 1 {
                changes.append(
                    change(
                        .roleMoved,
                        strings(
                            .changeRoleMoved,
                            ["unit": unit, "role": role, "from": name(from[0]), "to": name(to[0])])))
            } else if from.isEmpty {
                changes.append(
                    change(.roleGained, strings(.changeRoleGained, ["unit": unit, "role": role, "people": names(to)])))
            } else if to.isEmpty {
                changes.append(
                    change(.roleLost, strings(.changeRoleLost, ["unit": unit, "role": role, "people": names(from)])))
            } else {
                for token in to where !from.contains(token) {
                    changes.append(
                        change(
                            .roleGained,
                            strings(.changeBecame, ["person": name(token), "role": role, "unit": unit]),
                            person: token))
                }
                for token in from where !to.contains(token) {
                    changes.append(
                        change(
                            .roleLost,
                            strings(.changeNoLonger, ["person": name(token), "role": role, "unit": unit]),
                            person: token))
                }
            }
        }
        return changes
    }

    // MARK: - People

    private func people(_ before: Company, _ after: Company) -> [Change] {
        let was = before.personIDs.filter { !old.masked.contains($0) }
        let now = after.personIDs.filter { !new.masked.contains($0) }
        var changes: [Change] = []
        func person(_ id: String) -> Person? { new.model.peopleByID[id] ?? old.model.peopleByID[id] }
        let ids = Set(was).union(now).sorted { (person($0)?.name ?? $0, $0) < (person($1)?.name ?? $1, $1) }
        for id in ids {
            let name = person(id)?.name ?? id
            switch (was.contains(id), now.contains(id)) {
            case (false, true):
                changes.append(
                    Change(
                        .personAppeared,
                        summary: strings(.changePersonAppeared, ["person": name, "email": person(id)?.email ?? ""]),
                        person: id))
            case (true, false):
                changes.append(Change(.personLeft, summary: strings(.changePersonGone, ["person": name]), person: id))
            default:
                let status = (old.model.peopleByID[id]?.status, new.model.peopleByID[id]?.status)
                if status == (.active, .departed) {
                    changes.append(
                        Change(.personDeparted, summary: strings(.changePersonDeparted, ["person": name]), person: id))
                } else if status == (.departed, .active) {
                    changes.append(
                        Change(.personReturned, summary: strings(.changePersonReturned, ["person": name]), person: id))
                }
            }
        }
        let maskedBefore = before.personIDs.filter { old.masked.contains($0) }.count
        let maskedAfter = after.personIDs.filter { new.masked.contains($0) }.count
        if maskedBefore != maskedAfter {
            changes.append(
                Change(
                    .maskedPeople,
                    summary: strings(
                        .changeMaskedPeople,
                        ["people": strings.plural(maskedAfter, .maskedPersonCount), "was": String(maskedBefore)]),
                    from: ["\(maskedBefore)"], to: ["\(maskedAfter)"]))
        }
        return changes
    }
}

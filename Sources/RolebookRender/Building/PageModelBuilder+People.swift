import RolebookCore

extension PageModelBuilder {
    /// What one person holds, contract by contract, in the order first held.
    struct Holdings {
        var contracts: [Contract] = []
        var keysByContract: [String: Set<RoleKey>] = [:]
    }

    func holdings(
        of personID: String, each: (SiteIndex.Holding, RoleDefinition, Company, [Contract]) -> Void = { _, _, _, _ in }
    )
        -> Holdings
    {
        var result = Holdings()
        for holding in index.holdingsByPerson[personID] ?? [] {
            guard let role = index.role(of: holding), let company = index.company(of: holding) else { continue }
            let contracts = index.contracts(of: holding)
            each(holding, role, company, contracts)
            for contract in contracts {
                if result.keysByContract[contract.id] == nil { result.contracts.append(contract) }
                result.keysByContract[contract.id, default: []].insert(role.key)
            }
        }
        return result
    }

    /// The unit a holding is held in, when it is narrower than a contract or wider (a team).
    func unitLabel(of holding: SiteIndex.Holding) -> String? {
        index.asset(of: holding).map(assetLabel) ?? index.team(of: holding).map(teamLabel)
    }

    package func personPage(_ id: String, root: String, memo: ViewModelMemo = ViewModelMemo()) -> PersonPage {
        let person = model.peopleByID[id]!
        var held: [PersonPage.Held] = []
        let holdings = holdings(of: id) { holding, role, company, contracts in
            let unit = unitLabel(of: holding)
            for contract in contracts {
                held.append(
                    PersonPage.Held(
                        role: Link(
                            label: role.longName, href: Route.contractRole(contract.id, contract.roleSetID, role.id)),
                        contract: contractLink(contract), company: companyLink(company), unit: unit))
            }
        }
        // One entry per contract: a procedure shows once even when the person holds several roles
        // there. Most readers of a contract are in the same situation (its users), so the advice
        // fragment's key names the contract, the role combination and where the reader is on the
        // chains, and is drawn once per key.
        let advice = holdings.contracts.map { contract -> PersonPage.ContractAdvice in
            let keys = holdings.keysByContract[contract.id] ?? []
            let fragment =
                person.hasLeft
                ? departedAdvice(on: contract, keys: keys, root: root)
                : currentAdvice(for: person, on: contract, keys: keys, root: root, memo: memo)
            return PersonPage.ContractAdvice(
                contract: contractLink(contract), company: companyLink(index.company(of: contract)!), advice: fragment,
                adviceHTML: "")
        }
        // Their contacts first: who the key people of each contract are. Someone who has left asks
        // nobody; their page says how their roles are taken over instead.
        let answers: [AnswerCard] =
            person.hasLeft
            ? []
            : holdings.contracts.map { contract -> AnswerCard in
                var card = answerCard(
                    for: contract, reader: person, readerKeys: holdings.keysByContract[contract.id] ?? [], memo: memo)
                // Where they hold each role (a serial number, a team), as the roles table says it.
                card.readerRoles = held.filter { $0.contract.href == card.contract.href }.map { entry in
                    Link(
                        label: entry.unit.map { strings(.roleForUnit, ["role": entry.role.label, "unit": $0]) }
                            ?? entry.role.label,
                        href: entry.role.href)
                }
                return card
            }
        return PersonPage(
            chrome: chrome(person.name, root: root, crumbs: [Link(label: strings(.people), href: Route.people)]),
            root: root,
            person: card(person), packetHref: options.reports ? Route.packet(person.id) : nil, answers: answers,
            held: held, holdsNothing: held.isEmpty, advice: advice)
    }

    private func currentAdvice(
        for person: Person, on contract: Contract, keys: Set<RoleKey>, root: String, memo: ViewModelMemo
    ) -> PersonAdviceFragment {
        let asks = personAsks(person, on: contract, memo: memo)
        let changes = changes(for: contract, roleKeys: keys, memo: memo)
        return PersonAdviceFragment(
            root: root, hasLeft: false, takeovers: [], asks: mergedAsks(asks.asks), canMake: changes.canMake,
            mustAsk: changes.mustAsk,
            key: "\(root)|\(contract.id)|\(keys.sorted().map(\.description))|\(asks.signature)")
    }

    /// Needs with the same answer read as one line ("Access to software; Downloads and new
    /// releases: ask …"), in the order first met.
    private func mergedAsks(_ asks: [PersonAdviceFragment.Ask]) -> [PersonAdviceFragment.Ask] {
        var merged: [PersonAdviceFragment.Ask] = []
        for ask in asks {
            if let at = merged.firstIndex(where: {
                $0.units == ask.units && $0.isSelf == ask.isSelf && $0.step == ask.step && $0.next == ask.next
                    && $0.notes == ask.notes && $0.end == ask.end
            }) {
                merged[at].topic += strings(.topicSeparator) + ask.topic
            } else {
                merged.append(ask)
            }
        }
        return merged
    }

    /// A person who has left makes no changes and asks nobody: their page says how each role they
    /// held is taken over (the contract page says whom to contact meanwhile).
    private func departedAdvice(on contract: Contract, keys: Set<RoleKey>, root: String) -> PersonAdviceFragment {
        let takeovers = keys.sorted().compactMap { key -> PersonAdviceFragment.Takeover? in
            guard let role = model.role(key) else { return nil }
            return PersonAdviceFragment.Takeover(
                role: role.longName, href: Route.contractRole(contract.id, key.roleSetID, key.roleID),
                how: whenHolderLeaves(role, on: contract), contacts: takeoverContacts(role, on: contract))
        }
        return PersonAdviceFragment(
            root: root, hasLeft: true, takeovers: takeovers, asks: [], canMake: [], mustAsk: [],
            key: "\(root)|\(contract.id)|\(keys.sorted().map(\.description))|left")
    }
}

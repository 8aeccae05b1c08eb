import RolebookCore

extension PageRenderer {
    func personPage(_ id: String, root: String, cache: FragmentCache) -> PersonPage {
        let person = model.peopleByID[id]!
        let holdings = index.holdingsByPerson[id] ?? []
        var held: [PersonPage.Held] = []
        var keysByContract: [String: Set<String>] = [:]
        var contracts: [Contract] = []
        for holding in holdings {
            guard let role = index.role(of: holding), let company = index.company(of: holding) else { continue }
            let unit = index.asset(of: holding).map(assetLabel) ?? index.team(of: holding).map { "Team: \($0.name)" }
            for contract in index.contracts(of: holding) {
                held.append(
                    PersonPage.Held(
                        role: Link(label: role.name, href: Route.contractRole(contract.id, contract.roleSetID, role.id)),
                        contract: contractLink(contract), company: companyLink(company), unit: unit))
                if keysByContract[contract.id] == nil { contracts.append(contract) }
                keysByContract[contract.id, default: []].insert("\(role.roleSetID)/\(role.id)")
            }
        }
        // One entry per contract: a procedure shows once even when the person holds several roles
        // there. Most readers of a contract are in the same situation (its users), so the advice
        // is rendered once per contract, role combination and "you are the first contact" topics.
        let advice = contracts.map { contract -> PersonPage.ContractAdvice in
            let keys = keysByContract[contract.id] ?? []
            let rows = contactRows(for: contract, cache: cache)
            let selfTopics = rows.indices.filter { rows[$0].first?.people.contains { $0.href == Route.person(id) } == true }
            let cacheKey = "\(root)|\(contract.id)|\(keys.sorted())|\(selfTopics)"
            let html: String
            if let cached = cache.advice[cacheKey] {
                html = cached
            } else {
                let changes = changes(for: contract, roleKeys: keys)
                let asks = rows.enumerated().map { index, row in
                    PersonAdviceFragment.Ask(topic: row.topic, step: row.first, isSelf: selfTopics.contains(index))
                }
                html = draw(
                    "person-advice",
                    PersonAdviceFragment(root: root, asks: asks, canMake: changes.canMake, mustAsk: changes.mustAsk))
                cache.advice[cacheKey] = html
            }
            return PersonPage.ContractAdvice(
                contract: contractLink(contract), company: companyLink(index.company(of: contract)!), adviceHTML: html)
        }
        return PersonPage(
            chrome: chrome(person.name, root: root, crumbs: [Link(label: "People", href: Route.people)]), root: root,
            person: card(person), packetHref: reports ? Route.packet(person.id) : nil, held: held, holdsNothing: held.isEmpty, advice: advice)
    }

    func peoplePage(_ number: Int, root: String) -> PeoplePage {
        let size = Route.peoplePerPage
        let pageCount = max(1, (model.people.count + size - 1) / size)
        let slice = model.people[min(model.people.count, (number - 1) * size)..<min(model.people.count, number * size)]
        let pages = pageCount > 1
            ? (1...pageCount).map { n in
                PeoplePage.PageLink(
                    label: String(n), href: Route.people(page: n), isCurrent: n == number,
                    // Positions, not names: a rename elsewhere must not change every index page.
                    range: "People \((n - 1) * size + 1) to \(min(model.people.count, n * size))")
            } : []
        let title = pageCount > 1 ? "People, page \(number) of \(pageCount)" : "People"
        return PeoplePage(
            chrome: chrome(title, root: root), root: root, people: slice.map { PersonRow(person: card($0), roles: rolesSummary($0)) },
            pages: pages)
    }

    func rolesPage(root: String) -> RolesPage {
        RolesPage(
            chrome: chrome("Roles", root: root), root: root,
            sets: model.roleSets.map { set in
                RolesPage.Set(
                    name: set.name, vendor: set.vendor, description: set.description,
                    roles: set.roles.map { Link(label: $0.name, href: Route.role(set.id, $0.id)) })
            })
    }

    func rolePage(_ setID: String, _ roleID: String, root: String) -> RolePage {
        let role = model.role(setID, roleID)!
        let key = "\(setID)/\(roleID)"
        var holders: [RolePage.Holder] = []
        for company in model.companies {
            var people: Set<String> = []
            var contracts: [Link] = []
            for contract in company.contracts where contract.roleSetID == setID {
                let held = index.holders(of: role, in: contract)
                guard !held.isEmpty else { continue }
                people.formUnion(held.map(\.id))
                contracts.append(
                    Link(label: contract.displayNumber, href: Route.contractRole(contract.id, setID, roleID)))
            }
            if !contracts.isEmpty {
                holders.append(RolePage.Holder(company: companyLink(company), people: people.count, contracts: contracts))
            }
        }
        return RolePage(
            chrome: chrome(role.name, root: root, crumbs: [Link(label: "Roles", href: Route.roles)]), root: root,
            role: roleFacts(role), holders: holders,
            guides: model.guides.filter { $0.roleKeys.contains(key) || $0.procedure?.performerKeys.contains(key) == true }
                .map(guideLink))
    }
}

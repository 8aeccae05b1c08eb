import RolebookCore

/// The index pages: people A–Z, roles, each role's holders, and the search index.
extension PageModelBuilder {
    package func peoplePage(_ number: Int, root: String) -> PeoplePage {
        let size = Route.peoplePerPage
        let total = model.people.count
        let pageCount = max(1, (total + size - 1) / size)
        let slice = model.people[min(total, (number - 1) * size)..<min(total, number * size)]
        let pages =
            pageCount > 1
            ? (1...pageCount).map { n in
                PeoplePage.PageLink(
                    label: String(n), href: Route.people(page: n), isCurrent: n == number,
                    // Positions, not names: a rename elsewhere must not change every index page.
                    range: strings(
                        .peopleRange, ["first": String((n - 1) * size + 1), "last": String(min(total, n * size))]))
            } : []
        let title =
            pageCount > 1
            ? strings(.peoplePageOf, ["page": String(number), "pages": String(pageCount)]) : strings(.people)
        return PeoplePage(
            chrome: chrome(title, root: root), root: root,
            people: slice.map { PersonRow(person: card($0), roles: rolesSummary($0)) }, pages: pages)
    }

    package func rolesPage(root: String) -> RolesPage {
        RolesPage(
            chrome: chrome(strings(.roles), root: root), root: root,
            sets: model.roleSets.map { set in
                RolesPage.Set(
                    name: set.name, vendor: set.vendor, description: set.description,
                    roles: set.roles.map { Link(label: $0.name, href: Route.role(set.id, $0.id)) })
            })
    }

    package func rolePage(_ key: RoleKey, root: String) -> RolePage {
        let role = model.role(key)!
        var holders: [RolePage.Holder] = []
        for company in model.companies {
            var people: Set<String> = []
            var contracts: [Link] = []
            for contract in company.contracts where contract.roleSetID == key.roleSetID {
                let held = model.holders(of: role, in: contract)
                guard !held.isEmpty else { continue }
                people.formUnion(held.map(\.id))
                contracts.append(
                    Link(
                        label: contract.displayNumber, href: Route.contractRole(contract.id, key.roleSetID, key.roleID))
                )
            }
            if !contracts.isEmpty {
                holders.append(
                    RolePage.Holder(company: companyLink(company), people: people.count, contracts: contracts))
            }
        }
        return RolePage(
            chrome: chrome(role.name, root: root, crumbs: [Link(label: strings(.roles), href: Route.roles)]),
            root: root,
            role: roleFacts(role), holders: holders,
            guides: model.guides.filter {
                $0.roleKeys.contains(key) || $0.procedure?.performerKeys.contains(key) == true
            }
            .map(guideLink))
    }
}

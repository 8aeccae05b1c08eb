import RolebookCore

/// The index pages: people A–Z, roles, each role's holders, and the search index.
extension PageModelBuilder {
    // MARK: - A–Z indexes

    /// The letter bar and page list of an A–Z index, on the page `current` ("" for the index itself).
    func alphabetNav(
        _ pages: AlphabeticalPages, label: String, current: String, root: String, route: (String) -> String,
        name: (Int) -> String
    ) -> AlphabetNav {
        guard !pages.pages.isEmpty else {
            return AlphabetNav(
                label: label,
                letters: pages.letters.map {
                    AlphabetNav.Entry(
                        label: $0.letter, url: "#letter-" + AlphabeticalPages.slug($0.letter), isCurrent: false)
                }, contents: [], parts: [])
        }
        let letter = pages.pages.first { $0.key == current }?.letter
        func part(_ page: AlphabeticalPages.Page) -> AlphabetNav.Entry {
            AlphabetNav.Entry(
                label: strings(
                    .indexRange, ["first": name(page.rows.lowerBound), "last": name(page.rows.upperBound - 1)]),
                url: root + route(page.key), isCurrent: page.key == current)
        }
        let byLetter = Dictionary(grouping: pages.pages, by: \.letter)
        return AlphabetNav(
            label: label,
            letters: pages.letters.map { entry in
                AlphabetNav.Entry(
                    label: entry.letter, url: root + route(byLetter[entry.letter]![0].key),
                    isCurrent: entry.letter == letter)
            },
            contents: current.isEmpty
                ? pages.letters.map {
                    AlphabetNav.LetterPages(letter: $0.letter, parts: byLetter[$0.letter]!.map(part))
                }
                : [],
            parts: letter.flatMap { byLetter[$0] }.flatMap { $0.count > 1 ? $0.map(part) : nil } ?? [])
    }

    /// The rows a page of an A–Z index shows (positions in the sorted list), and its title.
    func indexRows(_ pages: AlphabeticalPages, count: Int, current: String, title: String, name: (Int) -> String)
        -> (rows: Range<Int>, title: String)
    {
        let rows = pages.rows(on: current, count: count)
        guard let page = pages.pages.first(where: { $0.key == current }) else { return (rows, title) }
        let parts = pages.pages.filter { $0.letter == page.letter }.count
        let part =
            parts > 1
            ? strings(.indexRange, ["first": name(page.rows.lowerBound), "last": name(page.rows.upperBound - 1)])
            : page.letter
        return (page.rows, strings(.indexPageTitle, ["index": title, "part": part]))
    }

    /// Rows split by letter, in order: what each page shows under its letter headings.
    func byLetter<Row>(_ rows: [(label: String, row: Row)]) -> [(letter: String, anchor: String, rows: [Row])] {
        var groups: [(letter: String, anchor: String, rows: [Row])] = []
        for (label, row) in rows {
            let letter = AlphabeticalPages.letter(of: label)
            if groups.last?.letter == letter {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append((letter, "letter-" + AlphabeticalPages.slug(letter), [row]))
            }
        }
        return groups
    }

    package func peoplePage(_ key: String, root: String) -> PeoplePage {
        let order = self.order
        let name = { (row: Int) in model.people[order.people[row]].name }
        let title = strings(.peopleIndex)
        let shown = indexRows(order.peoplePages, count: order.people.count, current: key, title: title, name: name)
        let entries = shown.rows.map { row -> (label: String, row: PeoplePage.Entry) in
            let person = model.people[order.people[row]]
            return (
                person.name,
                PeoplePage.Entry(
                    name: Link(label: person.name, href: Route.person(person.id)), email: person.email,
                    hasLeft: person.hasLeft,
                    companies: (order.companiesOfPerson[person.id] ?? []).map { companyLink(model.companies[$0]) },
                    roles: Optional(rolesSummary(person)).flatMap { $0.isEmpty ? nil : $0 })
            )
        }
        return PeoplePage(
            chrome: chrome(
                shown.title, root: root,
                crumbs: key.isEmpty ? [] : [Link(label: strings(.people), href: Route.people)]),
            root: root,
            nav: alphabetNav(
                order.peoplePages, label: title, current: key, root: root, route: Route.peopleIndex, name: name),
            groups: byLetter(entries).map { PeoplePage.Group(letter: $0.letter, anchor: $0.anchor, people: $0.rows) })
    }

    package func contractsPage(_ key: String, root: String) -> ContractsIndexPage {
        let order = self.order
        let name = { (row: Int) in model.companies[order.companies[row]].name }
        let title = strings(.contractsIndex)
        let shown = indexRows(order.companyPages, count: order.companies.count, current: key, title: title, name: name)
        let entries = shown.rows.map { row -> (label: String, row: ContractsIndexPage.Company) in
            let company = model.companies[order.companies[row]]
            return (
                company.name,
                ContractsIndexPage.Company(link: companyLink(company), contracts: company.contracts.map(contractEntry))
            )
        }
        return ContractsIndexPage(
            chrome: chrome(
                shown.title, root: root,
                crumbs: key.isEmpty ? [] : [Link(label: strings(.contractsIndex), href: Route.contracts)]),
            root: root,
            nav: alphabetNav(
                order.companyPages, label: title, current: key, root: root, route: Route.contractsIndex, name: name),
            groups: byLetter(entries).map {
                ContractsIndexPage.Group(letter: $0.letter, anchor: $0.anchor, companies: $0.rows)
            })
    }

    /// The roles a contract has exactly one holder of per unit that is not an asset (the Contract
    /// Manager or purchaser, the primary admin), and the roles held per asset (the Software
    /// Coordinator): what the indexes and the search name beside a contract and a serial number.
    func keyRoles(of contract: Contract) -> (contract: [RoleDefinition], asset: [RoleDefinition]) {
        let roles = index.roleSet(of: contract)?.roles ?? []
        return (roles.filter { $0.scope != .asset && $0.maxPerScope == 1 }, roles.filter { $0.scope == .asset })
    }

    /// Where a serial number's holders are named: the contract's page for its first asset role.
    func assetHref(_ asset: Asset, in contract: Contract) -> String {
        keyRoles(of: contract).asset.first.map { Route.contractRole(contract.id, contract.roleSetID, $0.id) }
            ?? Route.contract(contract.id)
    }

    /// The plan and term of a contract, as the vendor's account shows them.
    func planLabel(_ contract: Contract) -> String? {
        let parts = [contract.plan, contract.term].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private func contractEntry(_ contract: Contract) -> ContractsIndexPage.Contract {
        let roles = keyRoles(of: contract)
        func holders(_ role: RoleDefinition, _ asset: Asset?) -> ContractsIndexPage.Holders {
            let people = model.holders(of: role, in: contract, asset: asset)
            return ContractsIndexPage.Holders(
                role: role.longName,
                people: people.map {
                    ContractsIndexPage.Holder(
                        name: Link(label: $0.name, href: Route.person($0.id)), hasLeft: $0.hasLeft)
                }, nobody: people.isEmpty)
        }
        return ContractsIndexPage.Contract(
            link: contractLink(contract), label: planLabel(contract),
            holders: roles.contract.map { holders($0, nil) },
            serials: contract.assets.map { asset in
                ContractsIndexPage.Serial(
                    serial: asset.serialNumber, product: asset.product, href: assetHref(asset, in: contract),
                    holders: roles.asset.map { holders($0, asset) })
            })
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

    package func rolePage(_ key: RoleKey, root: String, page: String = "") -> RolePage {
        let role = model.role(key)!
        let order = self.order
        let held = order.holders[key] ?? []
        let pages = order.holderPages[key] ?? AlphabeticalPages(sortedLabels: [], limit: 1)
        let name = { (row: Int) in model.companies[held[row]].name }
        let shown = indexRows(pages, count: held.count, current: page, title: role.name, name: name)
        let entries = shown.rows.map { row -> (label: String, row: RolePage.Holder) in
            let company = model.companies[held[row]]
            var people: Set<String> = []
            var contracts: [Link] = []
            for contract in company.contracts where contract.roleSetID == key.roleSetID {
                let holders = model.holders(of: role, in: contract)
                guard !holders.isEmpty else { continue }
                people.formUnion(holders.map(\.id))
                contracts.append(
                    Link(
                        label: contract.displayNumber, href: Route.contractRole(contract.id, key.roleSetID, key.roleID))
                )
            }
            return (
                company.name, RolePage.Holder(company: companyLink(company), people: people.count, contracts: contracts)
            )
        }
        let crumbs = [Link(label: strings(.roles), href: Route.roles)]
        return RolePage(
            chrome: chrome(
                shown.title, root: root,
                crumbs: page.isEmpty
                    ? crumbs : crumbs + [Link(label: role.name, href: Route.role(key.roleSetID, key.roleID))]
            ),
            root: root,
            role: roleFacts(role), isMain: page.isEmpty,
            nav: alphabetNav(
                pages, label: strings(.roleHoldersIndex, ["role": role.name]), current: page, root: root,
                route: { Route.roleIndex(key.roleSetID, key.roleID, $0) }, name: name),
            isHeld: !held.isEmpty,
            groups: byLetter(entries).map { RolePage.Group(letter: $0.letter, anchor: $0.anchor, holders: $0.rows) },
            guides: model.guides.filter {
                $0.roleKeys.contains(key) || $0.procedure?.performerKeys.contains(key) == true
            }
            .map(guideLink))
    }
}

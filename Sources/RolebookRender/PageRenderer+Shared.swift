import RolebookCore

extension PageRenderer {
    func card(_ person: Person, note: String? = nil) -> PersonCard {
        PersonCard(
            root: nil, name: person.name, href: Route.person(person.id), title: person.title, email: person.email,
            phone: person.phone, hasLeft: person.hasLeft, note: note)
    }

    func resellerCard(_ reseller: Reseller?) -> ResellerCard? {
        guard let reseller else { return nil }
        return ResellerCard(
            name: reseller.name, accountNumber: reseller.accountNumber,
            contacts: reseller.contacts.map(contactCard))
    }

    func contactCard(_ contact: Reseller.Contact) -> ContactCard {
        ContactCard(
            purpose: contact.purpose.displayName, name: contact.name, phone: contact.phone, email: contact.email,
            url: contact.url, webURL: contact.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil },
            hours: contact.hours)
    }

    func contractLink(_ contract: Contract) -> Link {
        Link(label: contract.displayNumber, href: Route.contract(contract.id))
    }

    func companyLink(_ company: Company) -> Link { Link(label: company.name, href: Route.company(company.id)) }

    func assetLabel(_ asset: Asset) -> String {
        asset.serialNumber.map { "\(asset.product), serial \($0)" } ?? asset.product
    }

    func guideLink(_ guide: Guide) -> GuideLink {
        GuideLink(link: Link(label: guide.title, href: Route.guide(guide.id)), summary: guide.summary, isProcedure: guide.kind == .procedure)
    }

    // MARK: - Who holds a role on a contract

    /// A person card rendered by the theme, once per person, page depth and note in a batch.
    func cardHTML(_ person: Person, root: String, cache: FragmentCache) -> String {
        let key = root + "|" + person.id
        if let html = cache.cards[key] { return html }
        var context = card(person)
        context.root = root
        let html = draw("person-card", context)
        cache.cards[key] = html
        return html
    }

    func holding(_ role: RoleDefinition, in contract: Contract, root: String, cache: FragmentCache) -> RoleHolding {
        let units: [RoleHolding.Unit]
        if role.scope == .asset {
            units = contract.assets.map { asset in
                unit(role, contract, asset: asset, label: assetLabel(asset), root: root, cache: cache)
            }
        } else {
            let label = role.scope == .team ? model.team(of: contract).map { "Team: \($0.name)" } : nil
            units = [unit(role, contract, asset: nil, label: label, root: root, cache: cache)]
        }
        return RoleHolding(
            name: role.name, href: Route.contractRole(contract.id, contract.roleSetID, role.id), summary: role.summary,
            units: units)
    }

    private func unit(
        _ role: RoleDefinition, _ contract: Contract, asset: Asset?, label: String?, root: String, cache: FragmentCache
    ) -> RoleHolding.Unit {
        let acting = index.acting(for: role, in: contract, asset: asset)
        let standIn = acting.standIn.map { "No \(role.name) is assigned; the \($0.name) stands in." }
        return RoleHolding.Unit(
            label: label, peopleHTML: acting.people.map { cardHTML($0, root: root, cache: cache) }.joined(separator: " "),
            standIn: standIn, empty: acting.people.isEmpty)
    }

    /// Exactly-one roles on the contract whose holder has left, with how the role is taken over.
    func vacancies(in contract: Contract) -> [Vacancy] {
        guard let set = index.roleSet(of: contract) else { return [] }
        return set.roles.filter { $0.scope != .asset }.flatMap { role in
            index.holders(of: role, in: contract).filter(\.hasLeft).map { person in
                Vacancy(
                    roleName: role.name, personName: person.name, takeover: role.whenHolderLeaves,
                    reseller: resellerCard(model.reseller(of: contract)))
            }
        }
    }

    // MARK: - Who to contact

    func contactRows(for contract: Contract, cache: FragmentCache) -> [ContactRow] {
        if let rows = cache.contactRows[contract.id] { return rows }
        let rows = contactRows(for: contract)
        cache.contactRows[contract.id] = rows
        return rows
    }

    /// The contact table, rendered by the theme's `contact-table` template once per contract and depth.
    func contactTable(for contract: Contract, root: String, cache: FragmentCache) -> String {
        let key = root + contract.id
        if let html = cache.contactTables[key] { return html }
        let html = draw("contact-table", ContactTableFragment(root: root, contacts: contactRows(for: contract, cache: cache)))
        cache.contactTables[key] = html
        return html
    }

    public func contactRows(for contract: Contract) -> [ContactRow] {
        model.topics.compactMap { topic in
            guard let steps = topic.chains[contract.roleSetID] else { return nil }
            return contactRow(topic: topic, steps: steps, contract: contract)
        }
    }

    private func contactRow(topic: ContactTopic, steps: [ContactTopic.Step], contract: Contract) -> ContactRow {
        var reached: [ContactRow.Step] = []
        var skipped: [String] = []
        let set = index.roleSet(of: contract)
        for step in steps {
            switch step {
            case let .role(name):
                guard let role = set?.role(named: name) else { continue }
                var people: [PersonCard] = []
                var seen: Set<String> = []
                let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
                for asset in units {
                    let holders = index.holders(of: role, in: contract, asset: asset)
                    let forAsset = asset.map { " for \(assetLabel($0))" } ?? ""
                    if holders.isEmpty {
                        skipped.append("No \(role.name) is assigned\(forAsset), so the next contact is asked.")
                    }
                    for person in holders {
                        if person.hasLeft {
                            skipped.append("\(person.name), \(role.name)\(forAsset), has left the company.")
                        } else if seen.insert(person.id).inserted {
                            people.append(card(person, note: asset.map { assetLabel($0) }))
                        }
                    }
                }
                if !people.isEmpty { reached.append(ContactRow.Step(label: role.name, people: people, contact: nil)) }
            case let .reseller(purpose):
                let reseller = model.reseller(of: contract)
                if let contact = reseller?.contact(for: purpose) {
                    reached.append(
                        ContactRow.Step(
                            label: "\(reseller!.name), \(purpose.displayName.lowercased())", people: [],
                            contact: contactCard(contact)))
                } else {
                    skipped.append("No reseller \(purpose.displayName.lowercased()) contact is on record.")
                }
            }
        }
        return ContactRow(
            topic: topic.name, first: reached.first, then: Array(reached.dropFirst()), skipped: skipped,
            hasSkipped: !skipped.isEmpty, hasThen: reached.count > 1)
    }

    // MARK: - Changes you can make, changes you must ask for

    /// Procedures that apply to the contract, split by whether any of `roleKeys` may perform them.
    func changes(for contract: Contract, roleKeys: Set<String>, asset: Asset? = nil)
        -> (canMake: [ChangeYouCanMake], mustAsk: [ChangeToAskFor])
    {
        var canMake: [ChangeYouCanMake] = []
        var mustAsk: [ChangeToAskFor] = []
        let values = GuideValues(index: index, contract: contract, asset: asset)
        for guide in model.guides where guide.kind == .procedure && guide.applies(toRoleSet: contract.roleSetID) {
            guard let procedure = guide.procedure, procedure.applies(to: contract) else { continue }
            let readerKeys = roleKeys.filter { guide.variants[$0] != nil }.sorted()
            guard let key = readerKeys.first(where: { procedure.performerKeys.contains($0) }) ?? readerKeys.first else {
                continue
            }
            let (set, role) = PagePlanner.split(key)
            let href = Route.guideRole(guide.id, set, role)
            let body = embeddedVariants[guide.id]?[key]?.filled(with: values.value) ?? ""
            if procedure.performerKeys.contains(key) {
                canMake.append(
                    ChangeYouCanMake(
                        title: guide.title, href: href, summary: guide.summary, preconditions: procedure.preconditions,
                        changes: procedure.changes, stepsHTML: body))
            } else {
                mustAsk.append(
                    askCard(guide, procedure, contract: contract, readerKeys: roleKeys, values: values, body: body, href: href))
            }
        }
        return (canMake, mustAsk)
    }

    private func askCard(
        _ guide: Guide, _ procedure: Procedure, contract: Contract, readerKeys: Set<String>, values: GuideValues,
        body: String, href: String
    ) -> ChangeToAskFor {
        let askKey = procedure.askKeys.first { PagePlanner.split($0).0 == contract.roleSetID }
        // Nobody asks themselves: when the reader holds the role to ask, the guidance is theirs to follow.
        let askRole = askKey.flatMap { readerKeys.contains($0) ? nil : model.role(PagePlanner.split($0).0, PagePlanner.split($0).1) }
        let acting = askRole.map { index.acting(for: $0, in: contract) }
        let people = acting?.people ?? []
        let available = people.filter { !$0.hasLeft }
        let unavailable = askRole != nil && available.isEmpty
        return ChangeToAskFor(
            title: guide.title, href: href, summary: guide.summary, askRole: askRole?.name,
            askPeople: people.map { card($0, note: acting?.standIn.map { "stands in as \($0.name)" }) },
            sayHTML: procedure.say?.filled(with: values.value), guidanceHTML: body,
            fallbackHTML: unavailable ? procedure.fallback?.filled(with: values.value) : nil,
            reseller: unavailable ? resellerCard(model.reseller(of: contract)) : nil, holderUnavailable: unavailable)
    }
}

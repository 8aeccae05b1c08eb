import RolebookCore

extension PageModelBuilder {
    func card(_ person: Person, note: String? = nil) -> PersonCard {
        PersonCard(
            root: nil, name: person.name, href: Route.person(person.id), title: person.title, email: person.email,
            phone: person.phone, hasLeft: person.hasLeft, note: note)
    }

    func resellerCard(_ reseller: Reseller?) -> ResellerCard? {
        guard let reseller else { return nil }
        return ResellerCard(
            name: reseller.name, accountNumber: reseller.accountNumber, contacts: reseller.contacts.map(contactCard))
    }

    func contactCard(_ contact: Reseller.Contact) -> ContactCard {
        ContactCard(
            purpose: purposeName(contact.purpose), name: contact.name, phone: contact.phone, email: contact.email,
            url: contact.url,
            webURL: contact.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil },
            hours: contact.hours)
    }

    func contractLink(_ contract: Contract) -> Link {
        Link(label: contract.displayNumber, href: Route.contract(contract.id))
    }

    func companyLink(_ company: Company) -> Link { Link(label: company.name, href: Route.company(company.id)) }

    func assetLabel(_ asset: Asset) -> String {
        asset.serialNumber.map { strings(.assetWithSerial, ["product": asset.product, "serial": $0]) } ?? asset.product
    }

    func teamLabel(_ team: Team) -> String { strings(.teamUnit, ["team": team.name]) }

    func guideLink(_ guide: Guide) -> GuideLink {
        GuideLink(
            link: Link(label: guide.title, href: Route.guide(guide.id)), summary: guide.summary,
            isProcedure: guide.kind == .procedure)
    }

    func purposeName(_ purpose: ContactPurpose) -> String { strings.purpose(purpose) }

    func date(_ day: Day) -> String { strings.date(day) }

    // MARK: - Who holds a role on a contract

    func holding(_ role: RoleDefinition, in contract: Contract) -> RoleHolding {
        let units: [RoleHolding.Unit]
        if role.scope == .asset {
            units = contract.assets.map { unit(role, contract, asset: $0, label: assetLabel($0)) }
        } else {
            let label = role.scope == .team ? model.team(of: contract).map(teamLabel) : nil
            units = [unit(role, contract, asset: nil, label: label)]
        }
        return RoleHolding(
            name: role.name, href: Route.contractRole(contract.id, contract.roleSetID, role.id), summary: role.summary,
            units: units)
    }

    private func unit(_ role: RoleDefinition, _ contract: Contract, asset: Asset?, label: String?) -> RoleHolding.Unit {
        let acting = model.acting(for: role, in: contract, asset: asset)
        return RoleHolding.Unit(
            label: label, people: acting.people.map { card($0) }, peopleHTML: "",
            standIn: acting.standIn.map { strings(.standsInSentence, ["role": role.name, "standIn": $0.name]) },
            empty: acting.people.isEmpty)
    }

    /// Exactly-one roles on the contract whose holder has left, with how the role is taken over.
    func vacancies(in contract: Contract) -> [Vacancy] {
        guard let set = index.roleSet(of: contract) else { return [] }
        return set.roles.filter { $0.scope != .asset }.flatMap { role in
            model.holders(of: role, in: contract).filter(\.hasLeft).map { person in
                Vacancy(
                    roleName: role.name, personName: person.name, takeover: role.whenHolderLeaves,
                    reseller: resellerCard(model.reseller(of: contract)))
            }
        }
    }

    // MARK: - Who to contact

    func contactRows(for contract: Contract, memo: ViewModelMemo) -> [ContactRow] {
        if let rows = memo.contactRows[contract.id] { return rows }
        let rows = contactRows(for: contract)
        memo.contactRows[contract.id] = rows
        return rows
    }

    func contactRows(for contract: Contract) -> [ContactRow] {
        model.contactRoutes(for: contract).map { route in
            let steps = route.steps.map(contactStep)
            let skipped = route.skipped.map(skipReason)
            return ContactRow(
                topic: route.topic.name, first: steps.first, then: Array(steps.dropFirst()), skipped: skipped,
                hasSkipped: !skipped.isEmpty, hasThen: steps.count > 1)
        }
    }

    /// The contact table fragment of a contract at one page depth.
    func contactTable(for contract: Contract, root: String, memo: ViewModelMemo) -> ContactTableFragment {
        ContactTableFragment(
            root: root, contacts: contactRows(for: contract, memo: memo), key: root + "|" + contract.id)
    }

    func contactStep(_ step: ContactRoute.Step) -> ContactRow.Step {
        switch step {
        case .holders(let role, let holders):
            ContactRow.Step(
                label: role.name, people: holders.map { card($0.person, note: $0.asset.map(assetLabel)) }, contact: nil)
        case .reseller(let reseller, let purpose, let contact):
            ContactRow.Step(
                label: strings(
                    .resellerDesk, ["reseller": reseller.name, "purpose": purposeName(purpose).lowercased()]),
                people: [], contact: contactCard(contact))
        }
    }

    /// Why a step of a chain was passed over, as a sentence (also written into the JSON export).
    package func skipReason(_ skip: ContactRoute.Skip) -> String {
        switch skip {
        case .unassigned(let role, let asset):
            if let asset {
                strings(.unassignedForAsset, ["role": role.name, "asset": assetLabel(asset)])
            } else {
                strings(.unassigned, ["role": role.name])
            }
        case .departed(let person, let role, let asset):
            if let asset {
                strings(.departedForAsset, ["person": person.name, "role": role.name, "asset": assetLabel(asset)])
            } else {
                strings(.departed, ["person": person.name, "role": role.name])
            }
        case .noResellerContact(let purpose):
            strings(.noResellerContact, ["purpose": purposeName(purpose).lowercased()])
        }
    }

    // MARK: - Changes you can make, changes you must ask for

    func changes(for contract: Contract, roleKeys: Set<RoleKey>, memo: ViewModelMemo)
        -> (canMake: [ChangeYouCanMake], mustAsk: [ChangeToAskFor])
    {
        let key = contract.id + "|" + roleKeys.sorted().map(\.description).joined(separator: ",")
        if let made = memo.changes[key] { return made }
        let made = changes(for: contract, roleKeys: roleKeys)
        memo.changes[key] = made
        return made
    }

    /// Procedures that apply to the contract, split by whether any of `roleKeys` may perform them.
    func changes(for contract: Contract, roleKeys: Set<RoleKey>, asset: Asset? = nil)
        -> (canMake: [ChangeYouCanMake], mustAsk: [ChangeToAskFor])
    {
        var canMake: [ChangeYouCanMake] = []
        var mustAsk: [ChangeToAskFor] = []
        let values = GuideValues(index: index, strings: strings, contract: contract, asset: asset)
        for guide in model.guides where guide.kind == .procedure && guide.applies(toRoleSet: contract.roleSetID) {
            guard let procedure = guide.procedure, procedure.applies(to: contract) else { continue }
            let readerKeys = roleKeys.filter { guide.variants[$0] != nil }.sorted()
            guard let key = readerKeys.first(where: { procedure.performerKeys.contains($0) }) ?? readerKeys.first else {
                continue
            }
            let href = Route.guideRole(guide.id, key.roleSetID, key.roleID)
            let body = embeddedVariants[guide.id]?[key]?.filled(with: values) ?? ""
            if procedure.performerKeys.contains(key) {
                canMake.append(
                    ChangeYouCanMake(
                        title: guide.title, href: href, summary: guide.summary, preconditions: procedure.preconditions,
                        changes: procedure.changes, stepsHTML: body))
            } else {
                mustAsk.append(
                    askCard(
                        guide, procedure, contract: contract, readerKeys: roleKeys, values: values, body: body,
                        href: href))
            }
        }
        return (canMake, mustAsk)
    }

    private func askCard(
        _ guide: Guide, _ procedure: Procedure, contract: Contract, readerKeys: Set<RoleKey>, values: GuideValues,
        body: String, href: String
    ) -> ChangeToAskFor {
        let askKey = procedure.askKeys.first { $0.roleSetID == contract.roleSetID }
        // Nobody asks themselves: when the reader holds the role to ask, the guidance is theirs to follow.
        let askRole = askKey.flatMap { readerKeys.contains($0) ? nil : model.role($0) }
        let acting = askRole.map { model.acting(for: $0, in: contract) }
        let people = acting?.people ?? []
        let available = people.filter { !$0.hasLeft }
        let unavailable = askRole != nil && available.isEmpty
        return ChangeToAskFor(
            title: guide.title, href: href, summary: guide.summary, askRole: askRole?.name,
            askPeople: people.map { card($0, note: acting?.standIn.map { strings(.standsInAs, ["role": $0.name]) }) },
            sayHTML: procedure.say?.filled(with: values), guidanceHTML: body,
            fallbackHTML: unavailable ? procedure.fallback?.filled(with: values) : nil,
            reseller: unavailable ? resellerCard(model.reseller(of: contract)) : nil, holderUnavailable: unavailable)
    }
}

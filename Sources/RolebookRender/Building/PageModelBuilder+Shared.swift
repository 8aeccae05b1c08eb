import RolebookCore

extension PageModelBuilder {
    func card(_ person: Person, note: String? = nil) -> PersonCard {
        // A masked export row has no email: the card shows none rather than an empty mailto: link.
        PersonCard(
            root: nil, name: person.name, href: Route.person(person.id), title: person.title,
            email: person.email.isEmpty ? nil : person.email, phone: person.phone, phoneHref: telHref(person.phone),
            hasLeft: person.hasLeft, note: note)
    }

    /// A `tel:` link for a phone number as written ("+1 555 0120" → "tel:+15550120"): digits and a
    /// leading plus only; nil when nothing dialable is left.
    func telHref(_ phone: String?) -> String? {
        guard let phone else { return nil }
        var dial = ""
        for character in phone {
            if character.isASCII, character.isNumber {
                dial.append(character)
            } else if character == "+", dial.isEmpty {
                dial.append(character)
            }
        }
        return dial.contains(where: \.isNumber) ? "tel:" + dial : nil
    }

    func resellerCard(_ reseller: Reseller?) -> ResellerCard? {
        guard let reseller else { return nil }
        return ResellerCard(
            name: reseller.name, accountNumber: reseller.accountNumber, contacts: reseller.contacts.map(contactCard))
    }

    func contactCard(_ contact: Reseller.Contact) -> ContactCard {
        ContactCard(
            purpose: purposeName(contact.purpose), name: contact.name, phone: contact.phone,
            phoneHref: telHref(contact.phone), email: contact.email, url: contact.url,
            webURL: contact.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil },
            hours: contact.hours)
    }

    func contractLink(_ contract: Contract) -> Link {
        Link(label: contract.label, href: Route.contract(contract.id))
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
            name: role.longName, href: Route.contractRole(contract.id, contract.roleSetID, role.id),
            summary: role.summary,
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
                    roleName: role.longName, personName: person.name, takeover: whenHolderLeaves(role, on: contract),
                    href: Route.contractRole(contract.id, contract.roleSetID, role.id),
                    reseller: resellerCard(model.reseller(of: contract)), contacts: takeoverContacts(role, on: contract)
                )
            }
        }
    }

    /// Whom to contact while a role has no holder: the fallback chain of the first procedure that
    /// asks that role's holder (the Contract Manager's own hand-over, for instance).
    func takeoverContacts(_ role: RoleDefinition, on contract: Contract) -> [ContactRow.Step] {
        for guide in model.guides {
            guard let procedure = guide.procedure, procedure.applies(to: contract),
                guide.applies(toRoleSet: contract.roleSetID), procedure.askKeys.contains(role.key),
                let route = model.fallbackRoute(forProcedure: guide.id, on: contract)
            else { continue }
            return route.steps.map { contactStep($0) }
        }
        return []
    }

    // MARK: - Key people

    /// The roles a contract's contact chains send people to, in the role set's order, with their
    /// holders: the answer card of a person (`reader`, who is not sent to themselves) and the key
    /// people of a company page. Read from the same routes as the contact tables, so the two
    /// never disagree.
    func answerCard(for contract: Contract, reader: Person? = nil, readerKeys: Set<RoleKey> = [], memo: ViewModelMemo)
        -> AnswerCard
    {
        let routes = memo.routes[contract.id]?.routes ?? model.contactRoutes(for: contract)
        var holdersByRole: [String: [ContactRoute.Holder]] = [:]
        var skipsByRole: [String: [ContactRoute.Skip]] = [:]
        var roles: [String: RoleDefinition] = [:]
        for route in routes {
            for link in route.links {
                if case .holders(let role, let holders)? = link.step {
                    roles[role.id] = role
                    for holder in holders where !holdersByRole[role.id, default: []].contains(holder) {
                        holdersByRole[role.id, default: []].append(holder)
                    }
                }
                for skip in link.skipped {
                    let role: RoleDefinition
                    switch skip {
                    case .unassigned(let skipped, _), .departed(_, let skipped, _): role = skipped
                    case .noResellerContact, .noReseller: continue
                    }
                    roles[role.id] = role
                    if !skipsByRole[role.id, default: []].contains(skip) {
                        skipsByRole[role.id, default: []].append(skip)
                    }
                }
            }
        }
        let order = (index.roleSet(of: contract)?.roles ?? []).filter { roles[$0.id] != nil }
        let contacts = order.map { role -> KeyContact in
            var people: [String] = []
            var byID: [String: Person] = [:]
            var units: [String: [String]] = [:]
            var isReader = false
            for holder in holdersByRole[role.id] ?? [] {
                if holder.person.id == reader?.id {
                    isReader = true
                    continue
                }
                if byID.updateValue(holder.person, forKey: holder.person.id) == nil { people.append(holder.person.id) }
                if let asset = holder.asset { units[holder.person.id, default: []].append(assetLabel(asset)) }
            }
            let skips = skipsByRole[role.id] ?? []
            let nobody = (holdersByRole[role.id] ?? []).isEmpty
            return KeyContact(
                role: role.longName, href: Route.contractRole(contract.id, contract.roleSetID, role.id),
                people: people.map { id in
                    card(byID[id]!, note: units[id].map { $0.joined(separator: strings(.unitSeparator)) })
                },
                isReader: isReader || readerKeys.contains(role.key), gaps: skips.map(skipReason),
                meanwhile: nobody && !skips.isEmpty ? meanwhile(role, on: contract, routes: routes) : [])
        }
        let company = index.company(of: contract)
        return AnswerCard(
            contract: contractLink(contract), company: company.map(companyLink) ?? Link(label: "", href: ""),
            readerRoles: readerKeys.sorted().compactMap { key in
                model.role(key).map {
                    Link(label: $0.longName, href: Route.contractRole(contract.id, key.roleSetID, key.roleID))
                }
            },
            // A role only the reader holds, with nothing missing, is already said by `readerRoles`.
            contacts: contacts.filter { !($0.isReader && $0.people.isEmpty && $0.gaps.isEmpty) })
    }

    /// Whom to contact while nobody holds `role`: its hand-over chain where one is named, else
    /// whoever comes after it on the first chain it is on.
    private func meanwhile(_ role: RoleDefinition, on contract: Contract, routes: [ContactRoute]) -> [ContactRow.Step] {
        let takeover = takeoverContacts(role, on: contract)
        if !takeover.isEmpty { return takeover }
        for route in routes {
            guard
                let at = route.links.firstIndex(where: { link in
                    link.skipped.contains { skip in
                        switch skip {
                        case .unassigned(let skipped, _), .departed(_, let skipped, _): skipped.id == role.id
                        case .noResellerContact, .noReseller: false
                        }
                    }
                })
            else { continue }
            return route.links[(at + 1)...].compactMap(\.step).map { contactStep($0, unitNotes: false) }
        }
        return []
    }

    // MARK: - Who to contact

    func contactRows(for contract: Contract, memo: ViewModelMemo) -> [ContactRow] {
        if let rows = memo.contactRows[contract.id] { return rows }
        let rows = contactRows(for: contract)
        memo.contactRows[contract.id] = rows
        return rows
    }

    /// The contract's who-to-contact rows; on a role's page (`reader`), the steps of that role are
    /// marked as the reader's own, so its holder is not sent to ask themselves.
    func contactRows(for contract: Contract, reader: RoleKey? = nil) -> [ContactRow] {
        model.contactRoutes(for: contract).map { contactRow($0, reader: reader) }
    }

    func contactRow(_ route: ContactRoute, reader: RoleKey? = nil) -> ContactRow {
        var steps: [ContactRow.Step] = []
        // Entries passed over wait for the next step reached: the note explains why that step comes next.
        var pending: [String] = []
        for link in route.links {
            guard let step = link.step else {
                pending += link.skipped.map(skipReason)
                continue
            }
            var drawn = contactStep(step, reader: reader)
            drawn.passedOver = pending
            drawn.notes = link.skipped.map(skipReason)
            pending = []
            steps.append(drawn)
        }
        return ContactRow(
            topic: route.topic.name, first: steps.first, then: Array(steps.dropFirst()), hasThen: steps.count > 1,
            gapNotes: steps.isEmpty ? pending : [], endNotes: steps.isEmpty ? [] : pending, end: chainEnd(route))
    }

    /// Why the chain stops where it does; nil when it ends at the vendor.
    func chainEnd(_ route: ContactRoute) -> String? {
        route.reachesVendor ? nil : route.topic.chainEnds ?? strings(.chainEndsUnnamed)
    }

    /// The contact table fragment of a contract at one page depth, for one role's page when `reader` is set.
    func contactTable(for contract: Contract, root: String, reader: RoleKey? = nil, memo: ViewModelMemo)
        -> ContactTableFragment
    {
        let rows = reader == nil ? contactRows(for: contract, memo: memo) : contactRows(for: contract, reader: reader)
        let (compact, notes) = compacted(rows)
        return ContactTableFragment(
            root: root, notes: notes, contacts: compact,
            key: root + "|" + contract.id + "|" + (reader?.description ?? ""))
    }

    /// A table a reader can scan: a note that would repeat in several rows ("Walter Hughes, Contract
    /// Manager, has left the company.") is said once above it, and needs answered by the same
    /// people, in the same order, share one row.
    func compacted(_ rows: [ContactRow]) -> (rows: [ContactRow], notes: [String]) {
        // Rows first, so a note of two needs that share a row stays beside the step it explains.
        var merged: [ContactRow] = []
        for row in rows {
            var same = row
            if let at = merged.firstIndex(where: {
                same.topic = $0.topic
                return same == $0
            }) {
                merged[at].topic += strings(.topicSeparator) + row.topic
            } else {
                merged.append(row)
            }
        }
        func notes(of row: ContactRow) -> [String] {
            ([row.first].compactMap { $0 } + row.then).flatMap { $0.passedOver + $0.notes } + row.endNotes
        }
        var rowsWith: [String: Int] = [:]
        for row in merged {
            for note in Set(notes(of: row)) { rowsWith[note, default: 0] += 1 }
        }
        var common: [String] = []
        for note in merged.flatMap(notes) where rowsWith[note, default: 0] > 1 && !common.contains(note) {
            common.append(note)
        }
        guard !common.isEmpty else { return (merged, []) }
        func lifted(_ step: ContactRow.Step) -> ContactRow.Step {
            var step = step
            step.passedOver.removeAll { common.contains($0) }
            step.notes.removeAll { common.contains($0) }
            return step
        }
        for index in merged.indices {
            merged[index].first = merged[index].first.map(lifted)
            merged[index].then = merged[index].then.map(lifted)
            merged[index].endNotes.removeAll { common.contains($0) }
        }
        return (merged, common)
    }

    /// One step as pages show it. `unitNotes` adds each holder's asset to their card; lines that
    /// already name their assets leave it out.
    func contactStep(_ step: ContactRoute.Step, reader: RoleKey? = nil, unitNotes: Bool = true) -> ContactRow.Step {
        switch step {
        case .holders(let role, let holders):
            // One card per person, naming every asset they hold the role for.
            var order: [String] = []
            var units: [String: [String]] = [:]
            var people: [String: Person] = [:]
            for holder in holders {
                if people.updateValue(holder.person, forKey: holder.person.id) == nil { order.append(holder.person.id) }
                if let asset = holder.asset { units[holder.person.id, default: []].append(assetLabel(asset)) }
            }
            return ContactRow.Step(
                label: role.longName, isRole: true,
                people: order.map { id in
                    card(
                        people[id]!,
                        note: unitNotes ? units[id].map { $0.joined(separator: strings(.unitSeparator)) } : nil)
                },
                contact: nil, advice: nil, passedOver: [], notes: [], isReader: reader == role.key)
        case .reseller(let reseller, let purpose, let contact):
            return ContactRow.Step(
                label: strings(
                    .resellerDesk, ["reseller": reseller.name, "purpose": strings.purpose(purpose, inSentence: true)]),
                isRole: false, people: [], contact: contactCard(contact), advice: nil, passedOver: [], notes: [],
                isReader: false)
        case .vendor(let name, let sourced):
            return ContactRow.Step(
                label: strings(.vendorSupport, ["vendor": name]), isRole: false, people: [], contact: nil,
                advice: sourced ? nil : strings(.vendorStepIsAdvice), passedOver: [], notes: [], isReader: false)
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
            strings(.noResellerContact, ["purpose": strings.purpose(purpose, inSentence: true)])
        case .noReseller(let channel, let vendor):
            strings(channel == .direct ? .noResellerDirect : .noResellerOnlineStore, ["vendor": vendor])
        }
    }

    // MARK: - Whom one person asks

    /// "Whom to ask" for one person on one contract, topic by topic. "You" is decided per asset and
    /// per topic: a person handles a topic for an asset only where they are on its chain (a
    /// Software Coordinator for the serial numbers they coordinate, nobody for training), and is
    /// then shown who comes after them. `signature` tells apart readers whose advice differs.
    func personAsks(_ person: Person, on contract: Contract, memo: ViewModelMemo? = nil)
        -> (asks: [PersonAdviceFragment.Ask], signature: String)
    {
        guard let memo else { return personAsks(person, routes: model.contactRoutes(for: contract)) }
        let known =
            memo.routes[contract.id]
            ?? {
                let routes = model.contactRoutes(for: contract)
                let reached = Set(
                    routes.flatMap(\.steps).flatMap { step -> [String] in
                        if case .holders(_, let holders) = step { holders.map(\.person.id) } else { [] }
                    })
                memo.routes[contract.id] = (routes, reached)
                return (routes, reached)
            }()
        guard !known.reached.contains(person.id) else { return personAsks(person, routes: known.routes) }
        if let made = memo.advice[contract.id] { return made }
        let made = personAsks(person, routes: known.routes)
        memo.advice[contract.id] = made
        return made
    }

    private func personAsks(_ person: Person, routes: [ContactRoute])
        -> (asks: [PersonAdviceFragment.Ask], signature: String)
    {
        var asks: [PersonAdviceFragment.Ask] = []
        var signature: [String] = []
        for route in routes {
            var groups:
                [(key: String, units: [Asset], notesByUnit: [String: [String]], ask: PersonAdviceFragment.Ask)] =
                    []
            for unit in route.units {
                let (key, ask) = personAsk(person, route.narrowed(to: unit))
                if let index = groups.firstIndex(where: { $0.key == key }) {
                    if let unit { groups[index].units.append(unit) }
                    groups[index].notesByUnit[unit?.id ?? ""] = ask.notes
                } else {
                    groups.append((key, unit.map { [$0] } ?? [], [unit?.id ?? "": ask.notes], ask))
                }
            }
            for group in groups {
                var ask = group.ask
                // Readers who handle a topic for several assets for different reasons read each reason once.
                var notes: [String] = []
                for unit in group.units { notes += group.notesByUnit[unit.id] ?? [] }
                if group.units.isEmpty { notes = group.notesByUnit[""] ?? [] }
                ask.notes = notes.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
                // Assets are named only where they lead to different people.
                if groups.count > 1 {
                    ask.units = group.units.map(assetLabel).joined(separator: strings(.unitSeparator))
                }
                asks.append(ask)
                signature.append(group.key + "@" + group.units.map(\.id).joined(separator: ",") + ask.notes.joined())
            }
        }
        return (asks, signature.joined(separator: "|"))
    }

    /// Whom `person` asks about a route narrowed to one unit, and a key that equal answers share.
    private func personAsk(_ person: Person, _ route: ContactRoute) -> (String, PersonAdviceFragment.Ask) {
        let links = route.links
        guard let firstMine = links.firstIndex(where: { $0.step?.reaches(person) == true }),
            let lastMine = links.lastIndex(where: { $0.step?.reaches(person) == true })
        else {
            let first = route.steps.first
            let ask = PersonAdviceFragment.Ask(
                topic: route.topic.name, units: nil, isSelf: false,
                step: first.map { contactStep($0, unitNotes: false) },
                next: [], notes: [], end: first == nil ? chainEnd(route) : nil)
            return ("ask:" + (first.map(whoKey) ?? "-"), ask)
        }
        // Why it comes to them: whoever the chain passed over before reaching them.
        let why = links[..<firstMine].flatMap(\.skipped).map(comesToYou)
        let next = links[(lastMine + 1)...].compactMap { $0.step?.without(person) }
        let ask = PersonAdviceFragment.Ask(
            topic: route.topic.name, units: nil, isSelf: true, step: nil,
            next: next.map { contactStep($0, unitNotes: false) }, notes: why, end: next.isEmpty ? chainEnd(route) : nil)
        return ("self:" + next.map(whoKey).joined(separator: ">"), ask)
    }

    private func whoKey(_ step: ContactRoute.Step) -> String {
        switch step {
        case .holders(let role, let holders): "role:" + role.id + ":" + holders.map(\.person.id).joined(separator: ",")
        case .reseller(let reseller, let purpose, _): "reseller:" + reseller.id + ":" + purpose.rawValue
        case .vendor(let name, _): "vendor:" + name
        }
    }

    private func comesToYou(_ skip: ContactRoute.Skip) -> String {
        switch skip {
        case .unassigned(let role, let asset):
            if let asset {
                strings(.comesToYouUnassignedForAsset, ["role": role.name, "asset": assetLabel(asset)])
            } else {
                strings(.comesToYouUnassigned, ["role": role.name])
            }
        case .departed(let person, let role, let asset):
            if let asset {
                strings(
                    .comesToYouDepartedForAsset,
                    ["person": person.name, "role": role.name, "asset": assetLabel(asset)])
            } else {
                strings(.comesToYouDeparted, ["person": person.name, "role": role.name])
            }
        case .noResellerContact, .noReseller: skipReason(skip)
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

    /// Procedures that apply to the contract, split by whether any of `roleKeys` may carry them out.
    /// Nobody asks themselves: a reader who holds the role everyone else asks is the one who acts,
    /// even where nobody performs the change as such (an online-store owner turns off renewal).
    func changes(for contract: Contract, roleKeys: Set<RoleKey>, asset: Asset? = nil)
        -> (canMake: [ChangeYouCanMake], mustAsk: [ChangeToAskFor])
    {
        var canMake: [ChangeYouCanMake] = []
        var mustAsk: [ChangeToAskFor] = []
        let values = GuideValues(index: index, strings: strings, contract: contract, asset: asset)
        for guide in model.guides where guide.kind == .procedure && guide.applies(toRoleSet: contract.roleSetID) {
            guard let procedure = guide.procedure, procedure.applies(to: contract) else { continue }
            // A procedure that names the roles it is about (`roles:` in its front matter) is on the
            // pages of those roles and of its performers only: a User is not sent to ask for a
            // Software Coordinator they do not need. One that names none is on every role's page.
            let readerKeys = roleKeys.filter {
                guide.variants[$0] != nil
                    && (guide.roleKeys.isEmpty || guide.roleKeys.contains($0) || procedure.performerKeys.contains($0))
            }.sorted()
            let askKey = procedure.askKeys.first { $0.roleSetID == contract.roleSetID }
            let acts =
                readerKeys.first { procedure.performerKeys.contains($0) }
                ?? readerKeys.first { $0 == askKey }
            guard let key = acts ?? readerKeys.first else { continue }
            let href = Route.guideRole(guide.id, key.roleSetID, key.roleID)
            let body = embeddedVariants[guide.id]?[key]?.filled(with: values) ?? ""
            if acts != nil {
                canMake.append(
                    ChangeYouCanMake(
                        title: guide.title, href: href, summary: guide.summary, preconditions: procedure.preconditions,
                        changes: procedure.changes, stepsHTML: body, contentLanguage: contentLanguage(of: guide)))
            } else {
                mustAsk.append(
                    askCard(
                        guide, procedure, contract: contract, readerKeys: roleKeys, values: values, body: body,
                        href: href))
            }
        }
        return (canMake, mustAsk)
    }

    /// A change the reader must ask for. A holder who has left is never addressed: when nobody who
    /// holds the role to ask is still here, the card leads with what to do instead and whom the
    /// procedure's fallback chain reaches, and shows no script and no "ask them" guidance.
    private func askCard(
        _ guide: Guide, _ procedure: Procedure, contract: Contract, readerKeys: Set<RoleKey>, values: GuideValues,
        body: String, href: String
    ) -> ChangeToAskFor {
        let askRole = procedure.askKeys.first { $0.roleSetID == contract.roleSetID }.flatMap { model.role($0) }
        var order: [String] = []
        var people: [String: Person] = [:]
        var notes: [String: [String]] = [:]
        var absence: [String] = []
        var unavailable = false
        if let role = askRole {
            let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
            for unit in units {
                let acting = model.acting(for: role, in: contract, asset: unit)
                let present = acting.people.filter { !$0.hasLeft }
                if present.isEmpty { unavailable = true }
                for person in acting.people where person.hasLeft {
                    let sentence = strings(
                        .holderHasLeft, ["person": person.name, "role": (acting.standIn ?? role).name])
                    if !absence.contains(sentence) { absence.append(sentence) }
                }
                if acting.people.isEmpty {
                    absence.append(
                        unit.map { strings(.nobodyHoldsForUnit, ["role": role.name, "unit": assetLabel($0)]) }
                            ?? strings(.nobodyHolds, ["role": role.name]))
                }
                for person in present {
                    if people.updateValue(person, forKey: person.id) == nil { order.append(person.id) }
                    let note: String? =
                        switch (unit, acting.standIn) {
                        case (let unit?, _?):
                            strings(.standsInFor, ["role": role.name, "unit": assetLabel(unit)])
                        case (let unit?, nil): assetLabel(unit)
                        case (nil, _?): strings(.standsInAs, ["role": role.name])
                        case (nil, nil): nil
                        }
                    if let note { notes[person.id, default: []].append(note) }
                }
            }
        }
        let askPeople = order.map { id in
            card(people[id]!, note: notes[id].map { $0.joined(separator: strings(.unitSeparator)) })
        }
        var fallbackContacts: [ContactRow.Step] = []
        var reseller: ResellerCard?
        if unavailable {
            if let route = model.fallbackRoute(forProcedure: guide.id, on: contract) {
                // The role asked is already accounted for above, and the reader does not ask themselves.
                fallbackContacts = route.steps.filter { step in
                    guard case .holders(let role, _) = step else { return true }
                    return role.key != askRole?.key && !readerKeys.contains(role.key)
                }.map { contactStep($0) }
            } else {
                reseller = resellerCard(model.reseller(of: contract))
            }
        }
        let names = order.compactMap { people[$0]?.name }.joined(separator: strings(.orSeparator))
        return ChangeToAskFor(
            title: guide.title, href: href, summary: guide.summary, askRole: askRole?.name, askPeople: askPeople,
            sayLabel: procedure.sayTo == .leavingHolder
                ? strings(.sayIfLeaving, ["person": names]) : strings(.sayToThem),
            sayHTML: askPeople.isEmpty ? nil : procedure.say?.filled(with: values), guidanceHTML: body,
            showsGuidance: askRole == nil || !askPeople.isEmpty, holderUnavailable: unavailable && askRole != nil,
            absence: absence, fallbackHTML: unavailable ? procedure.fallback?.filled(with: values) : nil,
            fallbackContacts: fallbackContacts, reseller: reseller, contentLanguage: contentLanguage(of: guide))
    }

    /// The language `guide` is written in, when it is not the page's: a guide without a
    /// translation into the page's language is shown in the default language's words.
    func contentLanguage(of guide: Guide) -> String? {
        guide.language.flatMap { $0 == strings.code ? nil : $0 }
    }
}

import RolebookCore

extension PageModelBuilder {
    /// A milestone is flagged when it falls within this many days after the data's as-of date.
    static let nearDays = 30

    /// The company report: one self-contained HTML file, CSS inlined, no scripts.
    package func companyReport(_ id: String, links: OutsideLinks, paper: Paper, reportCSS: String) -> CompanyReport {
        let company = model.companiesByID[id]!
        let asOf = model.settings.asOf
        let href = { (path: String) in links.root == nil ? nil : path }
        var matrix: [MatrixRow] = []
        var contracts: [ReportContract] = []
        var milestones: [Milestone] = []
        for contract in company.contracts {
            let set = index.roleSet(of: contract)
            var holders: [ReportContract.Holder] = []
            for role in set?.roles ?? [] {
                let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
                for asset in units {
                    let unit =
                        asset.map(assetLabel) ?? (role.scope == .team ? model.team(of: contract).map(teamLabel) : nil)
                    let acting = model.acting(for: role, in: contract, asset: asset)
                    let gap = acting.standIn.map { strings(.standsInShort, ["role": role.name, "standIn": $0.name]) }
                    holders.append(
                        ReportContract.Holder(
                            role: role.name, unit: unit, people: acting.people.map { card($0) }, note: gap))
                    if let gap, acting.standIn != nil || acting.people.isEmpty {
                        matrix.append(
                            MatrixRow(
                                person: "—", personHref: nil, email: nil, role: role.name,
                                contract: contract.displayNumber,
                                contractHref: href(Route.contract(contract.id)), unit: unit, hasLeft: false, gap: gap))
                    }
                    guard acting.standIn == nil else { continue }
                    for person in acting.people {
                        matrix.append(
                            MatrixRow(
                                person: person.name, personHref: href(Route.person(person.id)),
                                email: person.email.isEmpty ? nil : person.email,
                                role: role.name, contract: contract.displayNumber,
                                contractHref: href(Route.contract(contract.id)), unit: unit, hasLeft: person.hasLeft,
                                gap: nil))
                    }
                }
            }
            contracts.append(
                ReportContract(
                    anchor: "contract-" + contract.id, number: contract.displayNumber,
                    href: href(Route.contract(contract.id)),
                    facts: contractFacts(contract, company: company), assets: contract.assets.map(assetRow),
                    holders: holders, contacts: contactRows(for: contract)))
            for entry in RenewalMilestones.of(contract, strings: strings) {
                let days = asOf.days(until: entry.day)
                milestones.append(
                    Milestone(
                        contract: contract.displayNumber, label: entry.label, date: date(entry.day),
                        isoDate: entry.day.description, daysFromAsOf: days, isNear: days >= 0 && days <= Self.nearDays,
                        isPast: days < 0, inDays: strings.plural(days, .milestoneInDays),
                        soon: strings.plural(days, .milestoneSoon)))
            }
        }
        milestones.sort { ($0.isoDate, $0.contract, $0.label) < ($1.isoDate, $1.contract, $1.label) }
        let actions = actionRows(for: company)
        return CompanyReport(
            title: strings(.reportTitle, ["company": company.name]), company: company.name, asOf: date(asOf),
            styleHTML: printStyle(
                header: strings(.reportHeader, ["company": company.name, "date": date(asOf)]), paper: paper,
                css: reportCSS),
            links: links.root != nil, root: links.root ?? "", companyHref: Route.company(company.id),
            // The company's reseller, else the one its contracts were bought through.
            reseller: resellerCard(
                (company.resellerID ?? company.contracts.lazy.compactMap(\.resellerID).first).flatMap {
                    model.resellersByID[$0]
                }),
            actions: actions, actionsSummary: actionsSummary(actions.count, company: company), matrix: matrix,
            contracts: contracts, milestones: milestones, procedures: procedures(for: company))
    }

    /// Each procedure that applies to one of the company's contracts, once: who performs it on
    /// each contract, and its steps once per group of roles whose steps read alike (with the
    /// contract's values where only one contract shares them, generic wording where several do).
    func procedures(for company: Company) -> [ReportProcedure] {
        model.guides.compactMap { guide -> ReportProcedure? in
            guard guide.kind == .procedure, let procedure = guide.procedure else { return nil }
            let contracts = company.contracts.filter {
                guide.applies(toRoleSet: $0.roleSetID) && procedure.applies(to: $0)
            }
            guard !contracts.isEmpty else { return nil }
            var groups: [(variant: GuideHTML, roles: [RoleDefinition], contracts: [Contract])] = []
            let rows = contracts.map { contract -> ReportProcedure.Contract in
                let roles = (index.roleSet(of: contract)?.roles ?? []).filter {
                    procedure.performerKeys.contains($0.key)
                }
                for role in roles {
                    guard let variant = embeddedVariants[guide.id]?[role.key] else { continue }
                    if let at = groups.firstIndex(where: { $0.variant == variant }) {
                        if !groups[at].roles.contains(where: { $0.key == role.key }) { groups[at].roles.append(role) }
                        if !groups[at].contracts.contains(where: { $0.id == contract.id }) {
                            groups[at].contracts.append(contract)
                        }
                    } else {
                        groups.append((variant, [role], [contract]))
                    }
                }
                return procedureRow(procedure, on: contract, performers: roles, language: contentLanguage(of: guide))
            }
            let steps = groups.map { group in
                let values = GuideValues(
                    index: index, strings: strings, contract: group.contracts.count == 1 ? group.contracts[0] : nil)
                return ReportProcedure.Steps(
                    label: groups.count > 1 ? strings(.procedureStepsFor, ["roles": names(group.roles)]) : nil,
                    stepsHTML: group.variant.filled(with: values), contentLanguage: contentLanguage(of: guide))
            }
            return ReportProcedure(
                anchor: "procedure-" + guide.id, title: guide.title, summary: guide.summary, contracts: rows,
                preconditions: procedure.preconditions, changes: procedure.changes, steps: steps,
                contentLanguage: contentLanguage(of: guide))
        }
    }

    /// Who performs a procedure on one contract, and whom everyone else asks.
    private func procedureRow(
        _ procedure: Procedure, on contract: Contract, performers: [RoleDefinition], language: String?
    ) -> ReportProcedure.Contract {
        let rows = performers.map { role -> ReportProcedure.Performer in
            let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
            var order: [String] = []
            var people: [String: Person] = [:]
            var notes: [String: [String]] = [:]
            var gaps: [String] = []
            for unit in units {
                let held = model.holders(of: role, in: contract, asset: unit)
                if held.isEmpty {
                    gaps.append(
                        unit.map { strings(.nobodyHoldsForUnit, ["role": role.name, "unit": assetLabel($0)]) }
                            ?? strings(.nobodyHolds, ["role": role.name]))
                }
                for person in held {
                    if people.updateValue(person, forKey: person.id) == nil { order.append(person.id) }
                    if let unit { notes[person.id, default: []].append(assetLabel(unit)) }
                }
            }
            return ReportProcedure.Performer(
                role: role.name,
                people: order.map { id in
                    card(people[id]!, note: notes[id].map { $0.joined(separator: strings(.unitSeparator)) })
                }, gaps: gaps)
        }
        let askRole = procedure.askKeys.first { $0.roleSetID == contract.roleSetID }.flatMap { model.role($0) }
        // Everyone else asks that role; when nobody who holds it (or stands in) is still here, the
        // procedure says what to do instead.
        let reachable =
            askRole.map { role in
                let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
                return units.contains { unit in
                    model.acting(for: role, in: contract, asset: unit).people.contains { !$0.hasLeft }
                }
            } ?? true
        return ReportProcedure.Contract(
            number: contract.displayNumber, performers: rows, askRole: askRole?.name,
            fallbackHTML: reachable
                ? nil
                : procedure.fallback?.filled(with: GuideValues(index: index, strings: strings, contract: contract)),
            contentLanguage: language)
    }

    /// "Contract Manager", "Contract Manager and Software Coordinator", "A, B and C".
    private func names(_ roles: [RoleDefinition]) -> String {
        let names = roles.map(\.name)
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + strings(.procedureAnd) + last
    }

    /// The onboarding packet of one person, for someone new in their roles.
    package func packet(_ id: String, links: OutsideLinks, paper: Paper, reportCSS: String) -> OnboardingPacket {
        let person = model.peopleByID[id]!
        var roles: [OnboardingPacket.Role] = []
        let holdings = holdings(of: id) { holding, role, company, held in
            let unit = unitLabel(of: holding)
            let places = held.map { contract in
                unit.map {
                    strings(
                        .packetPlaceInUnit, ["contract": contract.displayNumber, "company": company.name, "unit": $0])
                }
                    ?? strings(.packetPlace, ["contract": contract.displayNumber, "company": company.name])
            }
            if let index = roles.firstIndex(where: { $0.name == role.name && $0.summary == role.summary }) {
                roles[index].places += places
            } else {
                roles.append(
                    OnboardingPacket.Role(
                        name: role.name, summary: role.summary, places: places, placesLine: "",
                        capabilities: role.capabilities, notifications: role.notifications))
            }
        }
        for index in roles.indices {
            roles[index].placesLine = roles[index].places.joined(separator: strings(.unitSeparator))
        }
        // A change whose steps read the same on two contracts is printed once; the later contract
        // points back to it. (Its link may differ: two roles can read the same steps.)
        var printed: [[String]: Link] = [:]
        let entries = holdings.contracts.map { contract -> OnboardingPacket.Contract in
            // The packet is for whoever takes the roles over, so a departed holder's packet keeps
            // the changes the roles may make.
            let made = changes(for: contract, roleKeys: holdings.keysByContract[contract.id] ?? [])
            let company = index.company(of: contract)?.name ?? ""
            let canMake = made.canMake.map { change -> ChangeYouCanMake in
                var change = change
                let text = [change.title, change.stepsHTML] + change.preconditions + ["\u{0}"] + change.changes
                if let first = printed[text] {
                    change.sameAs = first
                } else {
                    let anchor = "change-\(printed.count + 1)"
                    printed[text] = Link(
                        label: strings(.packetPlace, ["contract": contract.displayNumber, "company": company]),
                        href: "#" + anchor)
                    change.anchor = anchor
                }
                return change
            }
            return OnboardingPacket.Contract(
                number: contract.displayNumber, company: company, asks: personAsks(person, on: contract).asks,
                canMake: canMake, mustAsk: made.mustAsk)
        }
        let asOf = date(model.settings.asOf)
        return OnboardingPacket(
            title: strings(.packetTitle, ["person": person.name, "date": asOf]), asOf: asOf,
            styleHTML: printStyle(
                header: strings(.packetHeader, ["person": person.name, "date": asOf]), paper: paper, css: reportCSS),
            links: links.root != nil, root: links.root ?? "", person: card(person), roles: roles,
            keyContacts: entries.map {
                OnboardingPacket.KeyContacts(
                    place: strings(.packetPlace, ["contract": $0.number, "company": $0.company]),
                    contacts: keyContacts($0.asks))
            }, contracts: entries)
    }

    /// Whom the person turns to first, for the packet's cover: the first contact of each need
    /// (after the person, for needs they handle themselves), each named once with every need it answers.
    private func keyContacts(_ asks: [PersonAdviceFragment.Ask]) -> [OnboardingPacket.KeyContact] {
        var contacts: [(key: String, step: ContactRow.Step, topics: [String])] = []
        for ask in asks {
            guard let step = ask.isSelf ? ask.next.first : ask.step else { continue }
            let key =
                [step.label, step.contact?.name ?? "", step.contact?.phone ?? "", step.contact?.email ?? ""]
                .joined(separator: "|") + step.people.map(\.href).joined(separator: ",")
            // A need whose contact differs by serial number names the serial numbers.
            let topic = ask.units.map { strings(.topicForUnits, ["topic": ask.topic, "units": $0]) } ?? ask.topic
            if let at = contacts.firstIndex(where: { $0.key == key }) {
                if !contacts[at].topics.contains(topic) { contacts[at].topics.append(topic) }
            } else {
                contacts.append((key, step, [topic]))
            }
        }
        return contacts.map {
            OnboardingPacket.KeyContact(step: $0.step, topics: $0.topics.joined(separator: strings(.unitSeparator)))
        }
    }

    // MARK: - Fragments

    package func roleCardFragment(contract id: String, role roleID: String, links: OutsideLinks) -> RoleCardFragment {
        let contract = index.contractsByID[id]!
        let role = index.roleSet(of: contract)!.role(roleID)!
        let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
        let holders = units.map { asset in
            let acting = model.acting(for: role, in: contract, asset: asset)
            return ReportContract.Holder(
                role: role.name, unit: asset.map(assetLabel), people: acting.people.map { card($0) },
                note: acting.standIn.map { strings(.standsInShort, ["role": role.name, "standIn": $0.name]) })
        }
        return RoleCardFragment(
            links: links.root != nil, root: links.root ?? "", contract: contract.displayNumber,
            contractHref: Route.contractRole(contract.id, contract.roleSetID, role.id),
            company: index.company(of: contract)?.name ?? "", holders: holders, role: roleFacts(role))
    }

    package func contactsFragment(contract id: String, links: OutsideLinks) -> ContactsFragment {
        let contract = index.contractsByID[id]!
        return ContactsFragment(
            links: links.root != nil, root: links.root ?? "", contract: contract.displayNumber,
            company: index.company(of: contract)?.name ?? "", contacts: contactRows(for: contract))
    }

    package func personCardFragment(person id: String, links: OutsideLinks) -> PersonCardFragment {
        let person = model.peopleByID[id]!
        return PersonCardFragment(
            links: links.root != nil, root: links.root ?? "", person: card(person), roles: rolesSummary(person))
    }

    /// The theme's print stylesheet plus `@page` rules: paper size, a running header and page numbers.
    /// The theme's stylesheet styles the header and numbers (margin boxes inherit no font from the
    /// page, and the browser's default may lack the report's characters).
    private func printStyle(header: String, paper: Paper, css: String) -> String {
        // CSS strings for the phrase's words, `counter(page)` and `counter(pages)` where it names them.
        let marked = strings(.pageOfPages, ["page": "\u{1}", "pages": "\u{2}"])
        let numbers = Self.cssContent(marked)
        let page = """
            @page { size: \(paper.cssSize); margin: 18mm 15mm 16mm;
              @top-left { content: "\(Self.cssString(header))"; }
              @bottom-right { content: \(numbers); } }
            """
        return "<style>\n" + css + "\n" + page + "\n</style>"
    }

    /// A CSS `content` value: the text as strings, U+0001 and U+0002 as the page and page-count counters.
    static func cssContent(_ text: String) -> String {
        var parts: [String] = []
        var literal = ""
        for character in text {
            if character == "\u{1}" || character == "\u{2}" {
                if !literal.isEmpty { parts.append("\"" + cssString(literal) + "\"") }
                literal = ""
                parts.append(character == "\u{1}" ? "counter(page)" : "counter(pages)")
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { parts.append("\"" + cssString(literal) + "\"") }
        return parts.isEmpty ? "\"\"" : parts.joined(separator: " ")
    }

    /// A CSS string body: quotes and backslashes escaped, and no `<` or `>`, so data can never end the `<style>`.
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "\n", "\r": out += "\\A "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

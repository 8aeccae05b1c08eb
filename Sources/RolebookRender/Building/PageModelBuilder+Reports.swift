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
        var changes: [RoleChanges] = []
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
                                person: "—", personHref: nil, email: "", role: role.name,
                                contract: contract.displayNumber,
                                contractHref: href(Route.contract(contract.id)), unit: unit, hasLeft: false, gap: gap))
                    }
                    guard acting.standIn == nil else { continue }
                    for person in acting.people {
                        matrix.append(
                            MatrixRow(
                                person: person.name, personHref: href(Route.person(person.id)), email: person.email,
                                role: role.name, contract: contract.displayNumber,
                                contractHref: href(Route.contract(contract.id)), unit: unit, hasLeft: person.hasLeft,
                                gap: nil))
                    }
                }
            }
            contracts.append(
                ReportContract(
                    number: contract.displayNumber, href: href(Route.contract(contract.id)),
                    facts: contractFacts(contract, company: company), assets: contract.assets.map(assetRow),
                    holders: holders, contacts: contactRows(for: contract)))
            for entry in RenewalMilestones.of(contract, strings: strings) {
                let days = asOf.days(until: entry.day)
                milestones.append(
                    Milestone(
                        contract: contract.displayNumber, label: entry.label, date: date(entry.day),
                        isoDate: entry.day.description, daysFromAsOf: days, isNear: days >= 0 && days <= Self.nearDays,
                        isPast: days < 0))
            }
        }
        milestones.sort { ($0.isoDate, $0.contract, $0.label) < ($1.isoDate, $1.contract, $1.label) }
        // Grouped by role, in role-set order, exactly as each contract's role page tailors them.
        for set in model.roleSets {
            for role in set.roles {
                for contract in company.contracts where contract.roleSetID == set.id {
                    let made = self.changes(for: contract, roleKeys: [role.key])
                    guard !made.canMake.isEmpty || !made.mustAsk.isEmpty else { continue }
                    changes.append(
                        RoleChanges(
                            role: role.name, contract: contract.displayNumber, canMake: made.canMake,
                            mustAsk: made.mustAsk))
                }
            }
        }
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
            matrix: matrix,
            contracts: contracts, milestones: milestones, changes: changes)
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
                        name: role.name, summary: role.summary, places: places, capabilities: role.capabilities,
                        notifications: role.notifications))
            }
        }
        let entries = holdings.contracts.map { contract -> OnboardingPacket.Contract in
            // The packet is for whoever takes the roles over, so a departed holder's packet keeps
            // the changes the roles may make.
            let made = changes(for: contract, roleKeys: holdings.keysByContract[contract.id] ?? [])
            return OnboardingPacket.Contract(
                number: contract.displayNumber, company: index.company(of: contract)?.name ?? "",
                asks: personAsks(person, on: contract).asks, canMake: made.canMake, mustAsk: made.mustAsk)
        }
        let asOf = date(model.settings.asOf)
        return OnboardingPacket(
            title: strings(.packetTitle, ["person": person.name, "date": asOf]), asOf: asOf,
            styleHTML: printStyle(
                header: strings(.packetHeader, ["person": person.name, "date": asOf]), paper: paper, css: reportCSS),
            links: links.root != nil, root: links.root ?? "", person: card(person), roles: roles, contracts: entries)
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
    private func printStyle(header: String, paper: Paper, css: String) -> String {
        // CSS strings for the phrase's words, `counter(page)` and `counter(pages)` where it names them.
        let marked = strings(.pageOfPages, ["page": "\u{1}", "pages": "\u{2}"])
        let numbers = Self.cssContent(marked)
        let page = """
            @page { size: \(paper.cssSize); margin: 18mm 15mm 16mm;
              @top-left { content: "\(Self.cssString(header))"; font: 9pt sans-serif; color: #555; }
              @bottom-right { content: \(numbers); font: 9pt sans-serif; color: #555; } }
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

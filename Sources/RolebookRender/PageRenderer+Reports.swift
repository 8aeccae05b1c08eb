import RolebookCore

extension PageRenderer {
    /// A milestone is flagged when it falls within this many days after the data's as-of date.
    static let nearDays = 30

    /// The company report: one self-contained HTML file, CSS inlined, no scripts.
    public func companyReport(_ id: String, links: OutsideLinks, paper: Paper) -> String {
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
                    let unit = asset.map(assetLabel) ?? (role.scope == .team ? model.team(of: contract).map { "Team: \($0.name)" } : nil)
                    let acting = index.acting(for: role, in: contract, asset: asset)
                    let gap = acting.standIn.map { "No \(role.name); the \($0.name) stands in" }
                    holders.append(
                        ReportContract.Holder(
                            role: role.name, unit: unit, people: acting.people.map { card($0) }, note: gap))
                    if let gap, acting.standIn != nil || acting.people.isEmpty {
                        matrix.append(
                            MatrixRow(
                                person: "—", personHref: nil, email: "", role: role.name, contract: contract.displayNumber,
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
                    facts: contractFacts(contract, company: company),
                    assets: contract.assets.map {
                        ContractPage.AssetRow(product: $0.product, serialNumber: $0.serialNumber, seats: $0.seats.map(String.init))
                    },
                    holders: holders, contacts: contactRows(for: contract)))
            for entry in RenewalMilestones.of(contract) {
                let days = asOf.days(until: entry.day)
                milestones.append(
                    Milestone(
                        contract: contract.displayNumber, label: entry.label, date: entry.day.display,
                        isoDate: entry.day.description, daysFromAsOf: days, isNear: days >= 0 && days <= Self.nearDays,
                        isPast: days < 0))
            }
        }
        milestones.sort { ($0.isoDate, $0.contract, $0.label) < ($1.isoDate, $1.contract, $1.label) }
        // Grouped by role, in role-set order, exactly as each contract's role page tailors them.
        for set in model.roleSets {
            for role in set.roles {
                for contract in company.contracts where contract.roleSetID == set.id {
                    let made = self.changes(for: contract, roleKeys: ["\(set.id)/\(role.id)"])
                    guard !made.canMake.isEmpty || !made.mustAsk.isEmpty else { continue }
                    changes.append(
                        RoleChanges(
                            role: role.name, contract: contract.displayNumber, canMake: made.canMake,
                            mustAsk: made.mustAsk))
                }
            }
        }
        let title = "\(company.name): roles and contacts"
        let report = CompanyReport(
            title: title, company: company.name, asOf: asOf.display,
            styleHTML: printStyle(header: "\(company.name): role report, as of \(asOf.display)", paper: paper),
            links: links.root != nil, root: links.root ?? "", companyHref: Route.company(company.id),
            // The company's reseller, else the one its contracts were bought through.
            reseller: resellerCard(
                (company.resellerID ?? company.contracts.lazy.compactMap(\.resellerID).first).flatMap {
                    model.resellersByID[$0]
                }),
            matrix: matrix,
            contracts: contracts, milestones: milestones, changes: changes)
        return draw("report", report)
    }

    /// The onboarding packet of one person, for someone new in their roles.
    public func packet(_ id: String, links: OutsideLinks, paper: Paper, companies: Set<String>? = nil) -> String {
        let person = model.peopleByID[id]!
        var roles: [OnboardingPacket.Role] = []
        var keysByContract: [String: Set<String>] = [:]
        var contracts: [Contract] = []
        for holding in index.holdingsByPerson[id] ?? [] {
            guard let role = index.role(of: holding), let company = index.company(of: holding) else { continue }
            let held = index.contracts(of: holding)
            let unit = index.asset(of: holding).map(assetLabel) ?? index.team(of: holding).map { "Team: \($0.name)" }
            let places = held.map { "Contract \($0.displayNumber), \(company.name)" + (unit.map { ", \($0)" } ?? "") }
            if let index = roles.firstIndex(where: { $0.name == role.name && $0.summary == role.summary }) {
                roles[index].places += places
            } else {
                roles.append(
                    OnboardingPacket.Role(
                        name: role.name, summary: role.summary, places: places, capabilities: role.capabilities,
                        notifications: role.notifications))
            }
            for contract in held {
                if keysByContract[contract.id] == nil { contracts.append(contract) }
                keysByContract[contract.id, default: []].insert("\(role.roleSetID)/\(role.id)")
            }
        }
        let entries = contracts.map { contract -> OnboardingPacket.Contract in
            let rows = contactRows(for: contract)
            let made = changes(for: contract, roleKeys: keysByContract[contract.id] ?? [])
            return OnboardingPacket.Contract(
                number: contract.displayNumber, company: index.company(of: contract)?.name ?? "",
                asks: rows.map { row in
                    PersonAdviceFragment.Ask(
                        topic: row.topic, step: row.first,
                        isSelf: row.first?.people.contains { $0.href == Route.person(id) } == true)
                },
                canMake: made.canMake, mustAsk: made.mustAsk)
        }
        let asOf = model.settings.asOf.display
        return draw(
            "packet",
            OnboardingPacket(
                title: "\(person.name): your roles, as of \(asOf)", asOf: asOf,
                styleHTML: printStyle(header: "\(person.name): onboarding packet, as of \(asOf)", paper: paper),
                links: links.root != nil, root: links.root ?? "", person: card(person), roles: roles, contracts: entries))
    }

    // MARK: - Fragments

    public func roleCardFragment(contract id: String, role roleID: String, links: OutsideLinks) -> String {
        let contract = index.contractsByID[id]!
        let role = index.roleSet(of: contract)!.role(roleID)!
        let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
        let holders = units.map { asset in
            let acting = index.acting(for: role, in: contract, asset: asset)
            return ReportContract.Holder(
                role: role.name, unit: asset.map(assetLabel), people: acting.people.map { card($0) },
                note: acting.standIn.map { "No \(role.name); the \($0.name) stands in" })
        }
        return draw(
            "fragment-role-card",
            RoleCardFragment(
                links: links.root != nil, root: links.root ?? "", contract: contract.displayNumber,
                contractHref: Route.contractRole(contract.id, contract.roleSetID, role.id),
                company: index.company(of: contract)?.name ?? "", holders: holders, role: roleFacts(role)))
    }

    public func contactsFragment(contract id: String, links: OutsideLinks) -> String {
        let contract = index.contractsByID[id]!
        return draw(
            "fragment-contacts",
            ContactsFragment(
                links: links.root != nil, root: links.root ?? "", contract: contract.displayNumber,
                company: index.company(of: contract)?.name ?? "", contacts: contactRows(for: contract)))
    }

    public func personCardFragment(person id: String, links: OutsideLinks) -> String {
        let person = model.peopleByID[id]!
        return draw(
            "fragment-person-card",
            PersonCardFragment(links: links.root != nil, root: links.root ?? "", person: card(person), roles: rolesSummary(person)))
    }

    /// The theme's print stylesheet plus `@page` rules: paper size and a running header.
    private func printStyle(header: String, paper: Paper) -> String {
        let page = """
            @page { size: \(paper.cssSize); margin: 18mm 15mm 16mm;
              @top-left { content: "\(Self.cssString(header))"; font: 9pt sans-serif; color: #555; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #555; } }
            """
        return "<style>\n" + reportCSS + "\n" + page + "\n</style>"
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

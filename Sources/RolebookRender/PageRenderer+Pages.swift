import RolebookCore

extension PageRenderer {
    func homePage(root: String) -> HomePage {
        let asOf = model.settings.asOf
        let window = model.settings.renewalWindowDays
        var renewals: [HomePage.Renewal] = []
        let rows = model.companies.map { company -> HomePage.CompanyRow in
            let people = Set(SiteIndex.peopleIDs(in: company))
            for contract in company.contracts {
                let days = asOf.days(until: contract.end)
                if days >= 0, days <= window {
                    renewals.append(
                        HomePage.Renewal(
                            contract: contractLink(contract), company: companyLink(company), ends: contract.end.display,
                            daysLeft: days, autoRenew: contract.autoRenew))
                }
            }
            let nextEnd = company.contracts.map(\.end).filter { $0 >= asOf }.min()
            return HomePage.CompanyRow(
                link: companyLink(company), contracts: company.contracts.count,
                assets: company.contracts.reduce(0) { $0 + $1.assets.count }, people: people.count,
                nextEnd: nextEnd?.display)
        }
        renewals.sort { ($0.daysLeft, $0.contract.label) < ($1.daysLeft, $1.contract.label) }
        return HomePage(
            chrome: PageChrome(
                siteTitle: model.settings.title, pageTitle: model.settings.title, root: root, asOf: asOf.display,
                breadcrumbs: [], hasBreadcrumbs: false),
            root: root, companies: rows, renewals: renewals, hasRenewals: !renewals.isEmpty, renewalWindowDays: window,
            guides: model.guides.map(guideLink), contractCount: index.contractsByID.count,
            peopleCount: model.people.count)
    }

    func companyPage(_ id: String, root: String) -> CompanyPage {
        let company = model.companiesByID[id]!
        let contracts = company.contracts.map(contractRow)
        let people = SiteIndex.peopleIDs(in: company).compactMap { model.peopleByID[$0] }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            .map { PersonRow(person: card($0), roles: rolesSummary($0, in: company)) }
        return CompanyPage(
            chrome: chrome(company.name, root: root), root: root, name: company.name,
            reseller: resellerCard(company.resellerID.flatMap { model.resellersByID[$0] }), contracts: contracts,
            people: people, contactsHref: Route.companyContacts(company.id),
            vacancies: company.contracts.flatMap(vacancies), reportHref: reports ? Route.report(company.id) : nil)
    }

    func contractRow(_ contract: Contract) -> ContractRow {
        let days = model.settings.asOf.days(until: contract.end)
        return ContractRow(
            link: contractLink(contract), vendor: contract.vendor, roleSet: index.roleSet(of: contract)?.name ?? "",
            products: contract.assets.map(\.product).joined(separator: ", "), ends: contract.end.display,
            nearRenewal: days >= 0 && days <= model.settings.renewalWindowDays)
    }

    func rolesSummary(_ person: Person, in company: Company? = nil) -> String {
        let holdings = (index.holdingsByPerson[person.id] ?? []).filter { company == nil || $0.companyID == company!.id }
        var seen: Set<String> = []
        return holdings.compactMap { holding -> String? in
            guard let role = index.role(of: holding) else { return nil }
            let text = "\(role.name) (\(index.contracts(of: holding).map(\.displayNumber).joined(separator: ", ")))"
            return seen.insert(text).inserted ? text : nil
        }.joined(separator: "; ")
    }

    func companyContactsPage(_ id: String, root: String, cache: FragmentCache) -> CompanyContactsPage {
        let company = model.companiesByID[id]!
        return CompanyContactsPage(
            chrome: chrome("Who to contact at \(company.name)", root: root, crumbs: [companyLink(company)]), root: root,
            name: company.name, companyHref: Route.company(id),
            contracts: company.contracts.map {
                CompanyContactsPage.ContractContacts(
                    contract: contractLink($0), contactTableHTML: contactTable(for: $0, root: root, cache: cache))
            })
    }

    func contractPage(_ id: String, root: String, cache: FragmentCache) -> ContractPage {
        let contract = index.contractsByID[id]!
        let company = index.company(of: contract)!
        let set = index.roleSet(of: contract)
        let facts = contractFacts(contract, company: company)
        let days = model.settings.asOf.days(until: contract.end)
        let near: String? =
            if days < 0 {
                "This contract ended on \(contract.end.display)."
            } else if days <= model.settings.renewalWindowDays {
                "This contract ends in \(days) days, on \(contract.end.display)"
                    + (contract.autoRenew ? ", and renews automatically." : ", and does not renew automatically: renew it in time.")
            } else { nil }
        return ContractPage(
            chrome: chrome("Contract \(contract.displayNumber)", root: root, crumbs: [companyLink(company)]), root: root,
            number: contract.displayNumber, company: companyLink(company), facts: facts, nearRenewal: near,
            reseller: resellerCard(model.reseller(of: contract)),
            assets: contract.assets.map {
                ContractPage.AssetRow(product: $0.product, serialNumber: $0.serialNumber, seats: $0.seats.map(String.init))
            },
            roles: (set?.roles ?? []).map { holding($0, in: contract, root: root, cache: cache) },
            contactTableHTML: contactTable(for: contract, root: root, cache: cache),
            vacancies: vacancies(in: contract))
    }

    func contractFacts(_ contract: Contract, company: Company) -> [Fact] {
        var facts: [Fact] = [Fact(label: "Company", value: company.name), Fact(label: "Vendor", value: contract.vendor)]
        if let number = contract.contractNumber { facts.append(Fact(label: "Contract number", value: number)) }
        if let sub = contract.subscriptionID { facts.append(Fact(label: "Subscription ID", value: sub)) }
        if let plan = contract.plan { facts.append(Fact(label: "Plan", value: plan)) }
        if let term = contract.term { facts.append(Fact(label: "Term", value: term)) }
        facts += [
            Fact(label: "Starts", value: contract.start.display), Fact(label: "Ends", value: contract.end.display),
            Fact(label: "Renews automatically", value: contract.autoRenew ? "Yes" : "No"),
            Fact(label: "Bought through", value: contract.channel.displayName),
            Fact(label: "Buying experience", value: contract.buyingExperience.displayName),
            Fact(label: "Managed in", value: index.roleSet(of: contract)?.name ?? contract.roleSetID),
        ]
        if let team = model.team(of: contract) { facts.append(Fact(label: "Team", value: team.name)) }
        return facts
    }

    func roleFacts(_ role: RoleDefinition) -> RoleFacts {
        let set = model.roleSetsByID[role.roleSetID]
        let cardinality: String
        switch (role.minPerScope, role.maxPerScope) {
        case (1, 1?): cardinality = "Exactly one per \(role.scope.rawValue)"
        case (0, 1?): cardinality = "At most one per \(role.scope.rawValue)"
        case let (0, max?): cardinality = "At most \(max) per \(role.scope.rawValue)"
        case let (min, max?): cardinality = "\(min) to \(max) per \(role.scope.rawValue)"
        case (0, nil): cardinality = "Any number per \(role.scope.rawValue)"
        case let (min, nil): cardinality = "At least \(min) per \(role.scope.rawValue)"
        }
        let recommended = role.recommendedMaxPerCompany.map { "; no more than \($0) different people per company recommended" } ?? ""
        let standIn = role.standIn.flatMap { set?.role($0) }.map { ". When nobody holds it, the \($0.name) stands in" } ?? ""
        return RoleFacts(
            name: role.name, roleSet: set?.name ?? role.roleSetID,
            otherNames: role.otherNames.isEmpty ? nil : role.otherNames.joined(separator: ", "), summary: role.summary,
            scope: "Held per \(role.scope.rawValue)", cardinality: cardinality + recommended + standIn,
            assignedBy: role.assignedBy.isEmpty
                ? nil : role.assignedBy.compactMap { set?.role($0)?.name }.joined(separator: ", "),
            capabilities: role.capabilities, notifications: role.notifications, duties: role.duties,
            counterparts: role.counterparts.compactMap { counterpart in
                guard let other = model.role(counterpart.roleSetID, counterpart.roleID) else { return nil }
                return RoleFacts.Counterpart(
                    link: Link(label: other.name, href: Route.role(counterpart.roleSetID, counterpart.roleID)),
                    roleSet: model.roleSetsByID[counterpart.roleSetID]?.name ?? counterpart.roleSetID,
                    note: counterpart.note)
            },
            whenHolderLeaves: role.whenHolderLeaves)
    }

    func contractRolePage(_ contractID: String, _ roleID: String, root: String, cache: FragmentCache) -> ContractRolePage {
        let contract = index.contractsByID[contractID]!
        let company = index.company(of: contract)!
        let set = index.roleSet(of: contract)!
        let role = set.role(roleID)!
        let key = "\(set.id)/\(role.id)"
        let changes = changes(for: contract, roleKeys: [key])
        return ContractRolePage(
            chrome: chrome(
                "\(role.name) on \(contract.displayNumber)", root: root,
                crumbs: [companyLink(company), contractLink(contract)]),
            root: root, role: roleFacts(role), contract: contractLink(contract), company: companyLink(company),
            holding: holding(role, in: contract, root: root, cache: cache), vacancies: vacancies(in: contract), canMake: changes.canMake,
            mustAsk: changes.mustAsk,
            guides: model.guides.filter { $0.kind == .guide && $0.roleKeys.contains(key) }.map(guideLink),
            contactTableHTML: contactTable(for: contract, root: root, cache: cache),
            otherRoles: set.roles.filter { $0.id != role.id }.map {
                Link(label: $0.name, href: Route.contractRole(contract.id, set.id, $0.id))
            })
    }
}

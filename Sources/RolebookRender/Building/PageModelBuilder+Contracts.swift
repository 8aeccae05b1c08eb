import RolebookCore

extension PageModelBuilder {
    package func homePage(root: String) -> HomePage {
        let asOf = model.settings.asOf
        var renewals: [HomePage.Renewal] = []
        let rows = model.companies.map { company -> HomePage.CompanyRow in
            let people = Set(SiteIndex.peopleIDs(in: company))
            for contract in company.contracts {
                let renewal = model.settings.renewal(of: contract)
                if renewal.isNear {
                    renewals.append(
                        HomePage.Renewal(
                            contract: contractLink(contract), company: companyLink(company), ends: date(contract.end),
                            daysLeft: renewal.daysLeft, autoRenew: contract.autoRenew))
                }
            }
            let nextEnd = company.contracts.map(\.end).filter { $0 >= asOf }.min()
            return HomePage.CompanyRow(
                link: companyLink(company), contracts: company.contracts.count,
                assets: company.contracts.reduce(0) { $0 + $1.assets.count }, people: people.count,
                nextEnd: nextEnd.map(date))
        }
        renewals.sort { ($0.daysLeft, $0.contract.label) < ($1.daysLeft, $1.contract.label) }
        return HomePage(
            chrome: PageChrome(
                siteTitle: model.settings.title, pageTitle: model.settings.title, root: root, asOf: date(asOf),
                breadcrumbs: [], hasBreadcrumbs: false, changes: changesLink, searchCounts: searchCounts),
            root: root, companies: rows, renewals: renewals, hasRenewals: !renewals.isEmpty,
            renewalWindowDays: model.settings.renewalWindowDays, guides: model.guides.map(guideLink),
            contractCount: index.contractsByID.count, peopleCount: model.people.count,
            renewalsTitle: strings.plural(model.settings.renewalWindowDays, .renewalsTitle),
            noRenewals: strings.plural(model.settings.renewalWindowDays, .noRenewals),
            counts: strings(
                .homeCounts,
                [
                    "contracts": strings.plural(index.contractsByID.count, .contractCount),
                    "people": strings.plural(model.people.count, .personCount),
                ]))
    }

    package func companyPage(_ id: String, root: String, memo: ViewModelMemo = ViewModelMemo()) -> CompanyPage {
        let company = model.companiesByID[id]!
        let people = SiteIndex.peopleIDs(in: company).compactMap { model.peopleByID[$0] }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            .map { PersonRow(person: card($0), roles: rolesSummary($0, in: company)) }
        return CompanyPage(
            chrome: chrome(company.name, root: root), root: root, name: company.name,
            reseller: resellerCard(company.resellerID.flatMap { model.resellersByID[$0] }),
            keyPeople: company.contracts.map { answerCard(for: $0, memo: memo) },
            contracts: company.contracts.map(contractRow), people: people,
            contactsHref: Route.companyContacts(company.id),
            vacancies: company.contracts.flatMap(vacancies),
            reportHref: options.reports ? Route.report(company.id) : nil,
            changesHref: changesByCompany[company.id] == nil ? nil : Route.companyChanges(company.id),
            actionsHref: Route.companyActions(company.id))
    }

    func contractRow(_ contract: Contract) -> ContractRow {
        ContractRow(
            link: contractLink(contract), vendor: contract.vendor, roleSet: index.roleSet(of: contract)?.name ?? "",
            products: contract.assets.map(\.product).joined(separator: ", "), ends: date(contract.end),
            nearRenewal: model.settings.renewal(of: contract).isNear)
    }

    func rolesSummary(_ person: Person, in company: Company? = nil) -> String {
        let holdings = (index.holdingsByPerson[person.id] ?? []).filter {
            company == nil || $0.companyID == company!.id
        }
        var seen: Set<String> = []
        return holdings.compactMap { holding -> String? in
            guard let role = index.role(of: holding) else { return nil }
            let contracts = index.contracts(of: holding)
            let text: String
            if contracts.isEmpty, case .team(let id) = holding.assignment.scope {
                // A team whose subscriptions are all elsewhere: the team, not an empty list.
                text = strings(.roleInTeam, ["role": role.longName, "team": index.team(of: holding)?.name ?? id])
            } else {
                text = strings(
                    .roleOnContracts,
                    [
                        "role": role.longName,
                        "contracts": contracts.map(\.label).joined(separator: strings(.unitSeparator)),
                    ])
            }
            return seen.insert(text).inserted ? text : nil
        }.joined(separator: "; ")
    }

    package func companyContactsPage(_ id: String, root: String, memo: ViewModelMemo = ViewModelMemo())
        -> CompanyContactsPage
    {
        let company = model.companiesByID[id]!
        return CompanyContactsPage(
            chrome: chrome(
                strings(.whoToContactAt, ["company": company.name]), root: root, crumbs: [companyLink(company)]),
            root: root, name: company.name, companyHref: Route.company(id),
            reseller: resellerCard(company.resellerID.flatMap { model.resellersByID[$0] }),
            contracts: company.contracts.map {
                CompanyContactsPage.ContractContacts(
                    contract: contractLink($0), contactTable: contactTable(for: $0, root: root, memo: memo),
                    contactTableHTML: "")
            })
    }

    package func contractPage(_ id: String, root: String, memo: ViewModelMemo = ViewModelMemo()) -> ContractPage {
        let contract = index.contractsByID[id]!
        let company = index.company(of: contract)!
        let renewal = model.settings.renewal(of: contract)
        let near: String? =
            if renewal.hasEnded {
                strings(.contractEnded, ["date": date(contract.end)])
            } else if renewal.isNear {
                strings.plural(
                    renewal.daysLeft, contract.autoRenew ? .contractEndsInRenews : .contractEndsIn,
                    ["days": String(renewal.daysLeft), "date": date(contract.end)])
            } else { nil }
        return ContractPage(
            chrome: chrome(
                strings(.contractTitle, ["number": contract.label]), root: root, crumbs: [companyLink(company)]),
            root: root, number: contract.displayNumber, label: contract.label, company: companyLink(company),
            facts: contractFacts(contract, company: company), nearRenewal: near,
            reseller: resellerCard(model.reseller(of: contract)), assets: contract.assets.map(assetRow),
            roles: (index.roleSet(of: contract)?.roles ?? []).map { holding($0, in: contract) },
            contactTable: contactTable(for: contract, root: root, memo: memo), contactTableHTML: "",
            vacancies: vacancies(in: contract))
    }

    func assetRow(_ asset: Asset) -> ContractPage.AssetRow {
        ContractPage.AssetRow(
            product: asset.product, serialNumber: asset.serialNumber, seats: asset.seats.map(String.init))
    }

    func contractFacts(_ contract: Contract, company: Company) -> [Fact] {
        var facts = [
            Fact(label: strings(.factCompany), value: company.name),
            Fact(label: strings(.factVendor), value: contract.vendor),
        ]
        if let number = contract.contractNumber {
            facts.append(Fact(label: strings(.factContractNumber), value: number))
        }
        if let sub = contract.subscriptionID { facts.append(Fact(label: strings(.factSubscriptionID), value: sub)) }
        if let plan = contract.plan { facts.append(Fact(label: strings(.factPlan), value: plan)) }
        if let term = contract.term { facts.append(Fact(label: strings(.factTerm), value: term)) }
        let channel: Phrase =
            switch contract.channel {
            case .reseller: .channelReseller
            case .onlineStore: .channelOnlineStore
            case .direct: .channelDirect
            }
        facts += [
            Fact(label: strings(.factStarts), value: date(contract.start)),
            Fact(label: strings(.factEnds), value: date(contract.end)),
            Fact(label: strings(.factRenewsAutomatically), value: strings(contract.autoRenew ? .yes : .no)),
            Fact(label: strings(.factBoughtThrough), value: strings(channel)),
        ]
        if let experience = buyingExperience(of: contract) {
            facts.append(Fact(label: strings(.factBuyingExperience), value: experience))
        }
        // "Managed in" names the user-management view (classic or not); the buying experience
        // above names how the contract was bought. They are different things, worded apart.
        facts.append(
            Fact(label: strings(.factManagedIn), value: index.roleSet(of: contract)?.name ?? contract.roleSetID))
        if let team = model.team(of: contract) { facts.append(Fact(label: strings(.factTeam), value: team.name)) }
        return facts
    }

    /// The buying experience, as far as the channel and the identifiers show it. Buying
    /// experiences are ways of buying from a partner or the vendor's sales: an online-store
    /// subscription has a subscription id without being in either, so it shows none. A
    /// contract-number purchase needs its contract number; without one the data does not say which
    /// experience it was, and the page says nothing rather than guess.
    func buyingExperience(of contract: Contract) -> String? {
        switch (contract.channel, contract.buyingExperience) {
        case (.onlineStore, _): nil
        case (_, .newBuyingExperience2024): strings(.buyingExperience2024)
        case (_, .classic): contract.contractNumber == nil ? nil : strings(.buyingExperienceClassic)
        }
    }

    /// What happens when the holder of `role` on `contract` has left, as far as it is true of that
    /// contract: an online-store rule never reaches a reseller contract's banner.
    func whenHolderLeaves(_ role: RoleDefinition, on contract: Contract) -> String? {
        role.whenHolderLeaves(on: contract)
    }

    /// Which contracts a note is true of, in words: "Bought through a reseller, with a contract
    /// number (before June 2024)"; nil for every contract.
    func conditionLabel(_ condition: ContractCondition) -> String? {
        guard !condition.isAny else { return nil }
        let channels = condition.channels.map { channel -> String in
            switch channel {
            case .reseller: strings(.boughtThroughReseller)
            case .onlineStore: strings(.boughtInOnlineStore)
            case .direct: strings(.boughtDirectly)
            }
        }
        let experiences = condition.buyingExperiences.map { experience -> String in
            switch experience {
            case .classic: strings(.boughtWithContractNumber)
            case .newBuyingExperience2024: strings(.boughtInNewBuyingExperience)
            }
        }
        let or = strings(.orSeparator)
        let how =
            channels.isEmpty || experiences.isEmpty
            ? (channels + experiences).joined(separator: or)
            : strings(
                .boughtChannelAndExperience,
                ["channels": channels.joined(separator: or), "experiences": experiences.joined(separator: or)])
        return strings(.boughtAs, ["how": how])
    }

    func roleFacts(_ role: RoleDefinition) -> RoleFacts {
        let set = model.roleSetsByID[role.roleSetID]
        let scope = scopeName(role.scope)
        let count: KeyValuePairs<String, String> = [
            "scope": scope, "min": String(role.minPerScope), "max": role.maxPerScope.map(String.init) ?? "",
        ]
        var cardinality: String
        switch (role.minPerScope, role.maxPerScope) {
        case (1, 1?): cardinality = strings(.exactlyOnePer, count)
        case (0, 1?): cardinality = strings(.atMostOnePer, count)
        case (0, _?): cardinality = strings(.atMostPer, count)
        case (_, _?): cardinality = strings(.betweenPer, count)
        case (0, nil): cardinality = strings(.anyNumberPer, count)
        case (_, nil): cardinality = strings(.atLeastPer, count)
        }
        if let limit = role.recommendedMaxPerCompany {
            cardinality += strings(.recommendedMaximum, ["max": String(limit)])
        }
        if let standIn = role.standIn.flatMap({ set?.role($0) }) {
            cardinality += strings(.standsInWhenNobody, ["standIn": standIn.name])
        }
        return RoleFacts(
            name: role.name, gloss: role.gloss, roleSet: set?.name ?? role.roleSetID,
            otherNames: role.otherNames.isEmpty ? nil : role.otherNames.joined(separator: ", "), summary: role.summary,
            scope: strings(.heldPer, ["scope": scope]), cardinality: cardinality,
            eraRules: role.rulesByEra.map { RoleFacts.EraRule(era: $0.era, rule: $0.rule) },
            assignedBy: role.assignedBy.isEmpty
                ? nil : role.assignedBy.compactMap { set?.role($0)?.name }.joined(separator: ", "),
            capabilities: role.capabilities, notifications: role.notifications, duties: role.duties,
            counterparts: role.counterparts.compactMap { counterpart in
                guard let other = model.role(counterpart.key) else { return nil }
                return RoleFacts.Counterpart(
                    link: Link(label: other.name, href: Route.role(counterpart.roleSetID, counterpart.roleID)),
                    roleSet: model.roleSetsByID[counterpart.roleSetID]?.name ?? counterpart.roleSetID,
                    isSameRole: counterpart.relation == .sameRole, note: counterpart.note)
            },
            whenHolderLeaves: role.leavingNotes.map {
                RoleFacts.LeavingNote(appliesTo: conditionLabel($0.condition), text: $0.text)
            })
    }

    func scopeName(_ scope: RoleScope) -> String {
        switch scope {
        case .contract: strings(.scopeContract)
        case .asset: strings(.scopeAsset)
        case .team: strings(.scopeTeam)
        }
    }

    package func contractRolePage(
        _ contractID: String, _ key: RoleKey, root: String, memo: ViewModelMemo = ViewModelMemo()
    )
        -> ContractRolePage
    {
        let contract = index.contractsByID[contractID]!
        let company = index.company(of: contract)!
        let set = index.roleSet(of: contract)!
        let role = set.role(key.roleID)!
        let changes = changes(for: contract, roleKeys: [key], memo: memo)
        let href = Route.contractRole(contract.id, set.id, role.id)
        // How a vacant role is taken over is said on that role's page; the others link to it.
        let vacancies = vacancies(in: contract).map { vacancy -> Vacancy in
            var vacancy = vacancy
            if vacancy.href != href { vacancy.takeover = nil }
            return vacancy
        }
        let guides = model.guides.filter { $0.kind == .guide && $0.roleKeys.contains(key) }.map(guideLink)
        return ContractRolePage(
            chrome: chrome(
                strings(.roleOnContract, ["role": role.name, "contract": contract.label]), root: root,
                crumbs: [companyLink(company), contractLink(contract)]),
            root: root, role: roleFacts(role), contract: contractLink(contract), company: companyLink(company),
            holding: holding(role, in: contract), vacancies: vacancies, canMake: changes.canMake,
            mustAsk: changes.mustAsk, guides: guides,
            contactTable: contactTable(for: contract, root: root, reader: key, memo: memo), contactTableHTML: "",
            reseller: resellerCard(model.reseller(of: contract)),
            // A contents list where the page runs long: procedures to carry out, or many to ask for.
            showsContents: !changes.canMake.isEmpty || changes.mustAsk.count > 2,
            otherRoles: set.roles.filter { $0.id != role.id }.map {
                Link(label: $0.longName, href: Route.contractRole(contract.id, set.id, $0.id))
            })
    }
}

import RolebookCore

/// Decides every page of the site from the model: the fan-out per contract × role, per person and
/// per guide × role lives here and nowhere else.
package struct PagePlanner: Sendable {
    package init() {}

    /// Every page, in a stable order.
    package func plan(_ model: SiteModel, reports: Bool = false, changes: SiteChanges? = nil) -> [PlannedPage] {
        batches(model, reports: reports, changes: changes).flatMap(\.self)
    }

    /// Pages grouped so that the pages sharing fragments (a company's contracts, role pages and
    /// people) are rendered together, by one task, with one fragment cache. The first batch holds
    /// the pages that belong to no company.
    /// With `reports`, each company's batch also holds its report and its people's packets; with
    /// `changes`, the site's change page and a change page per company that changed.
    /// - Parameter order: the model's ``IndexOrder`` when the caller has made it (a renderer's
    ///   builder has), so that it is not made twice.
    package func batches(
        _ model: SiteModel, reports: Bool = false, changes: SiteChanges? = nil, order: IndexOrder? = nil
    ) -> [[PlannedPage]] {
        var global: [PlannedPage] = [
            PlannedPage(path: Route.home, kind: .home),
            PlannedPage(path: Route.guides, kind: .guides),
            PlannedPage(path: Route.roles, kind: .roles),
            PlannedPage(path: Route.authors, kind: .authors),
        ]
        if changes != nil { global.append(PlannedPage(path: Route.changes, kind: .changes)) }
        let changedCompanies = Set(changes?.companies.map(\.id) ?? [])
        let order = order ?? IndexOrder(model)
        global += ([""] + order.peoplePages.pages.map(\.key)).map {
            PlannedPage(path: Route.peopleIndex($0), kind: .people($0))
        }
        global += ([""] + order.companyPages.pages.map(\.key)).map {
            PlannedPage(path: Route.contractsIndex($0), kind: .contracts($0))
        }
        global += ([""] + order.actionPages.pages.map(\.key)).map {
            PlannedPage(path: Route.actionsIndex($0), kind: .siteActions($0))
        }
        global += model.roleSets.flatMap { set in
            set.roles.flatMap { role in
                [PlannedPage(path: Route.role(set.id, role.id), kind: .role(role.key))]
                    + (order.holderPages[role.key]?.pages ?? []).map {
                        PlannedPage(
                            path: Route.roleIndex(set.id, role.id, $0.key),
                            kind: .roleHolders(role: role.key, page: $0.key))
                    }
            }
        }
        global += model.guides.flatMap { guide in
            [
                PlannedPage(path: Route.guide(guide.id), kind: .guide(guide.id)),
                PlannedPage(path: Route.review(guide.id), kind: .review(guide.id)),
            ]
                + guide.variants.keys.sorted().map { key in
                    PlannedPage(
                        path: Route.guideRole(guide.id, key.roleSetID, key.roleID),
                        kind: .guideRole(guide: guide.id, role: key))
                }
        }
        var placed: Set<String> = []
        var companies: [[PlannedPage]] = []
        for company in model.companies {
            var pages = [
                PlannedPage(path: Route.company(company.id), kind: .company(company.id)),
                PlannedPage(path: Route.companyContacts(company.id), kind: .companyContacts(company.id)),
                PlannedPage(path: Route.companyActions(company.id), kind: .actions(company: company.id)),
            ]
            for contract in company.contracts {
                pages.append(PlannedPage(path: Route.contract(contract.id), kind: .contract(contract.id)))
                for role in model.roleSetsByID[contract.roleSetID]?.roles ?? [] {
                    pages.append(
                        PlannedPage(
                            path: Route.contractRole(contract.id, contract.roleSetID, role.id),
                            kind: .contractRole(contract: contract.id, role: role.key)))
                }
            }
            if reports { pages.append(PlannedPage(path: Route.report(company.id), kind: .report(company.id))) }
            if changedCompanies.contains(company.id) {
                pages.append(PlannedPage(path: Route.companyChanges(company.id), kind: .companyChanges(company.id)))
            }
            // A person's page goes with the first company they belong to.
            for id in SiteIndex.peopleIDs(in: company).sorted() where model.peopleByID[id] != nil {
                guard placed.insert(id).inserted else { continue }
                pages.append(PlannedPage(path: Route.person(id), kind: .person(id)))
                if reports { pages.append(PlannedPage(path: Route.packet(id), kind: .packet(id))) }
            }
            companies.append(pages)
        }
        for person in model.people where !placed.contains(person.id) {
            global.append(PlannedPage(path: Route.person(person.id), kind: .person(person.id)))
            if reports { global.append(PlannedPage(path: Route.packet(person.id), kind: .packet(person.id))) }
        }
        return [global] + companies
    }
}

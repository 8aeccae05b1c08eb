import RolebookCore

/// The change pages (`--since`): the comparison itself is ``ModelComparer``'s; this only words it
/// and links each change to the pages that show its records now.
extension PageModelBuilder {
    package func changesPage(root: String) -> ChangesPage {
        let companies = (changes?.companies ?? []).map { company -> ChangedCompany in
            let exists = model.companiesByID[company.id] != nil
            return ChangedCompany(
                name: company.name,
                link: exists ? Link(label: company.name, href: Route.companyChanges(company.id)) : nil,
                status: status(of: company),
                // A company that left the data has no page to link to: its one sentence says it here.
                changes: exists ? [] : company.changes.map { ChangeItem(summary: $0.summary, links: []) })
        }
        let title = strings(.changesTitle)
        return ChangesPage(
            chrome: chrome(title, root: root), root: root, title: title, lead: lead, companies: companies,
            isSummary: true, nothingChanged: strings(.nothingChanged))
    }

    package func companyChangesPage(_ id: String, root: String) -> ChangesPage {
        let company = changesByCompany[id]
        let name = model.companiesByID[id]?.name ?? company?.name ?? id
        let title = strings(.changesAtCompany, ["company": name])
        let changed = company.map {
            ChangedCompany(
                name: name, link: Link(label: name, href: Route.company(id)), status: status(of: $0),
                changes: $0.changes.map { ChangeItem(summary: $0.summary, links: links(of: $0)) })
        }
        return ChangesPage(
            chrome: chrome(
                title, root: root,
                crumbs: [
                    Link(label: strings(.changesTitle), href: Route.changes),
                    Link(label: name, href: Route.company(id)),
                ]),
            root: root, title: title, lead: lead, companies: changed.map { [$0] } ?? [], isSummary: false,
            nothingChanged: strings(.nothingChanged))
    }

    private var lead: String {
        strings(
            .changesBetween,
            [
                "old": changes.flatMap { Day(iso: $0.old.asOf) }.map(strings.date) ?? "",
                "new": changes.flatMap { Day(iso: $0.new.asOf) }.map(strings.date) ?? "",
            ])
    }

    private func status(of company: SiteChanges.CompanyChanges) -> String {
        switch company.status {
        case "added": strings(.companyAdded)
        case "removed": strings(.companyRemoved)
        default:
            strings.plural(company.changes.count, .changeCount)
        }
    }

    /// The pages that show a change's records today: its contract, and the people it names who
    /// are still in the data.
    private func links(of change: SiteChanges.Change) -> [Link] {
        var links: [Link] = []
        if let id = change.contract, let contract = index.contractsByID[id] {
            links.append(
                Link(label: strings(.contractTitle, ["number": contract.displayNumber]), href: Route.contract(id)))
        }
        var seen: Set<String> = []
        for id in [change.person].compactMap(\.self) + (change.to ?? []) + (change.from ?? [])
        where seen.insert(id).inserted {
            if let person = model.peopleByID[id] { links.append(Link(label: person.name, href: Route.person(id))) }
        }
        return links
    }
}

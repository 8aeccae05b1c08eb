import RolebookCore

/// The action lists: the audit pages of the site and of each company, and the list that opens a
/// company's report. What needs action, and who acts, is decided in the core
/// (``SiteModel/actionItems(for:)``); this only words it.
extension PageModelBuilder {
    /// The audit page of one company: the whole of each item (who, what to do, whom to contact instead).
    package func actionsPage(company id: String, root: String) -> ActionsPage {
        let company = model.companiesByID[id]
        let items = company.map(actionRows) ?? []
        let title = company.map { strings(.actionsAtCompany, ["company": $0.name]) } ?? strings(.actionsTitle)
        return ActionsPage(
            chrome: chrome(title, root: root, crumbs: company.map { [companyLink($0)] } ?? []), root: root,
            title: title, summary: actionsSummary(items.count, company: company), isEmpty: items.isEmpty,
            compact: false, nav: nil,
            // A company's own page says plainly that it has nothing.
            groups: items.isEmpty ? [] : [ActionsPage.Group(company: nil, actions: nil, items: items)])
    }

    /// One page of the site's audit list: the companies that have something to do, A–Z, each item
    /// on one line with the page where it is fixed. Split by letter like the contracts index, so
    /// a reseller's thousands of companies do not make one page of megabytes.
    package func siteActionsPage(_ key: String, root: String) -> ActionsPage {
        let order = self.order
        let name = { (row: Int) in model.companies[order.actionCompanies[row]].name }
        let title = strings(.actionsTitle)
        let shown = indexRows(
            order.actionPages, count: order.actionCompanies.count, current: key, title: title, name: name)
        let entries = shown.rows.map { row -> (label: String, row: ActionsPage.Group) in
            let company = model.companies[order.actionCompanies[row]]
            return (
                company.name,
                ActionsPage.Group(
                    company: companyLink(company),
                    actions: Link(
                        label: strings(.actionsAtCompany, ["company": company.name]),
                        href: Route.companyActions(company.id)),
                    items: actionRows(for: company))
            )
        }
        return ActionsPage(
            chrome: chrome(
                shown.title, root: root,
                crumbs: key.isEmpty ? [] : [Link(label: title, href: Route.actions)]),
            root: root, title: shown.title, summary: actionsSummary(order.actionCount, company: nil),
            isEmpty: order.actionCount == 0, compact: true,
            nav: order.actionPages.pages.isEmpty
                ? nil
                : alphabetNav(
                    order.actionPages, label: title, current: key, root: root, route: Route.actionsIndex, name: name),
            groups: entries.map(\.row))
    }

    /// "3 things need someone's action", or plainly that nothing does.
    func actionsSummary(_ count: Int, company: Company?) -> String {
        if count == 0 {
            return company.map { strings(.actionsNoneAt, ["company": $0.name]) } ?? strings(.actionsNone)
        }
        return strings.plural(count, .actionsCount)
    }

    /// The company's action items, worded.
    func actionRows(for company: Company) -> [ActionRow] {
        model.actionItems(for: company).map { actionRow($0, in: company) }
    }

    func actionRow(_ item: ActionItem, in company: Company) -> ActionRow {
        let number = item.contract?.displayNumber ?? ""
        var advice: String?
        let problem: String
        switch item.problem {
        case .departedHolder(let person, let role, let scope):
            advice = role.whenHolderLeaves(for: scope, in: company)
            switch scope {
            case .contract:
                problem = strings(.actionDeparted, ["person": person.name, "role": role.name, "contract": number])
            case .asset(let id):
                let asset = item.contract?.assets.first { $0.id == id }
                problem = strings(
                    .actionDepartedForAsset,
                    [
                        "person": person.name, "role": role.name, "asset": asset.map(assetLabel) ?? id,
                        "contract": number,
                    ])
            case .team(let id):
                let team = company.teams.first { $0.id == id }
                problem = strings(
                    .actionDepartedInTeam, ["person": person.name, "role": role.name, "team": team?.name ?? id])
            }
        case .standingIn(let role, let standIn, let asset):
            problem =
                asset.map {
                    strings(
                        .actionStandingInForAsset,
                        ["asset": assetLabel($0), "contract": number, "role": role.name, "standIn": standIn.name])
                }
                ?? strings(.actionStandingIn, ["contract": number, "role": role.name, "standIn": standIn.name])
        case .renewalDue(let days):
            problem = strings.plural(
                days, .actionRenewalDue,
                ["contract": number, "days": String(days), "date": item.contract.map { date($0.end) } ?? ""])
        case .ended:
            problem = strings(.actionEnded, ["contract": number, "date": item.contract.map { date($0.end) } ?? ""])
        case .overRecommended(let role, let holders, let limit):
            problem = strings(
                .actionOverRecommended,
                [
                    "count": String(holders.count), "role": role.name, "company": company.name,
                    "people": holders.map(\.name).joined(separator: ", "), "limit": String(limit),
                ])
        }
        return ActionRow(
            problem: problem, company: companyLink(company), contract: item.contract.map(contractLink),
            fixes: item.fixes.map { fix in
                ActionRow.Fix(
                    role: fix.role.name,
                    page: strings(.roleOnContract, ["role": fix.role.name, "contract": fix.contract.displayNumber]),
                    href: fix.route, people: fix.people.map { card($0) },
                    names: fix.people.map(\.name).joined(separator: ", "),
                    nobody: fix.people.isEmpty ? strings(.actionNobodyLeft) : nil,
                    instead: fix.people.isEmpty ? takeoverContacts(fix.role, on: fix.contract) : [])
            }, advice: advice)
    }
}

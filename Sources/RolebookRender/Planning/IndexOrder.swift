import RolebookCore

/// The A–Z order of the site's index pages (people, contracts by company, each role's holders by
/// company) and how each is split into pages: computed once from the model, by the planner to
/// list the pages and by the page builder to fill them, so the two always agree.
package struct IndexOrder: Sendable {
    /// Positions in `model.people`, A–Z by name.
    package let people: [Int]
    package let peoplePages: AlphabeticalPages
    /// Positions in `model.companies`, A–Z by name.
    package let companies: [Int]
    package let companyPages: AlphabeticalPages
    /// For each role, the positions in `model.companies` of the companies where someone holds it, A–Z.
    package let holders: [RoleKey: [Int]]
    package let holderPages: [RoleKey: AlphabeticalPages]
    /// Positions in `model.companies` of the companies with something that needs action, A–Z.
    package let actionCompanies: [Int]
    package let actionPages: AlphabeticalPages
    /// How many things need action in all companies together.
    package let actionCount: Int
    /// The companies each person belongs to (listed in or holding a role in), in the model's order.
    package let companiesOfPerson: [String: [Int]]

    package init(_ model: SiteModel) {
        people = AlphabeticalPages.order(model.people.map(\.name))
        peoplePages = AlphabeticalPages(
            sortedLabels: people.map { model.people[$0].name }, limit: model.settings.lists.peoplePerPage)
        companies = AlphabeticalPages.order(model.companies.map(\.name))
        companyPages = AlphabeticalPages(
            sortedLabels: companies.map { model.companies[$0].name }, limit: model.settings.lists.companiesPerPage)
        var holders: [RoleKey: [Int]] = [:]
        var pages: [RoleKey: AlphabeticalPages] = [:]
        for set in model.roleSets {
            for role in set.roles {
                let held = companies.filter { position in
                    model.companies[position].contracts.contains { contract in
                        contract.roleSetID == set.id && !model.holders(of: role, in: contract).isEmpty
                    }
                }
                holders[role.key] = held
                pages[role.key] = AlphabeticalPages(
                    sortedLabels: held.map { model.companies[$0].name }, limit: model.settings.lists.companiesPerPage)
            }
        }
        self.holders = holders
        holderPages = pages
        var actionCount = 0
        actionCompanies = companies.filter { position in
            let count = model.actionItems(for: model.companies[position]).count
            actionCount += count
            return count > 0
        }
        self.actionCount = actionCount
        actionPages = AlphabeticalPages(
            sortedLabels: actionCompanies.map { model.companies[$0].name }, limit: model.settings.lists.companiesPerPage
        )
        var belongs: [String: [Int]] = [:]
        for (position, company) in model.companies.enumerated() {
            for id in SiteIndex.peopleIDs(in: company) { belongs[id, default: []].append(position) }
        }
        companiesOfPerson = belongs
    }
}

import RolebookCore

/// Decides every page of the site from the model: the fan-out per contract × role, per person and
/// per guide × role lives here and nowhere else.
public struct PagePlanner: Sendable {
    public init() {}

    /// Pages in a stable order. A planned page is a path and a few ids; view models are built
    /// only when a page is rendered.
    public func plan(_ model: SiteModel) -> [PlannedPage] {
        let fixed: [PlannedPage] = [
            PlannedPage(path: Route.home, kind: .home),
            PlannedPage(path: Route.people, kind: .people),
            PlannedPage(path: Route.guides, kind: .guides),
            PlannedPage(path: Route.roles, kind: .roles),
            PlannedPage(path: Route.authors, kind: .authors),
        ]
        let roles = model.roleSets.flatMap { set in
            set.roles.map { PlannedPage(path: Route.role(set.id, $0.id), kind: .role(roleSet: set.id, role: $0.id)) }
        }
        let companies = model.companies.flatMap { company in
            [
                PlannedPage(path: Route.company(company.id), kind: .company(company.id)),
                PlannedPage(path: Route.companyContacts(company.id), kind: .companyContacts(company.id)),
            ]
        }
        let contracts = model.companies.flatMap(\.contracts).flatMap { contract in
            let roles = model.roleSetsByID[contract.roleSetID]?.roles ?? []
            return [PlannedPage(path: Route.contract(contract.id), kind: .contract(contract.id))]
                + roles.map {
                    PlannedPage(
                        path: Route.contractRole(contract.id, contract.roleSetID, $0.id),
                        kind: .contractRole(contract: contract.id, roleSet: contract.roleSetID, role: $0.id))
                }
        }
        let people = model.people.map { PlannedPage(path: Route.person($0.id), kind: .person($0.id)) }
        let guides = model.guides.flatMap { guide in
            [PlannedPage(path: Route.guide(guide.id), kind: .guide(guide.id)),
             PlannedPage(path: Route.review(guide.id), kind: .review(guide.id))]
                + guide.variants.keys.sorted().map { key in
                    let (set, role) = Self.split(key)
                    return PlannedPage(
                        path: Route.guideRole(guide.id, set, role), kind: .guideRole(guide: guide.id, roleSet: set, role: role))
                }
        }
        return fixed + roles + companies + contracts + people + guides
    }

    static func split(_ key: String) -> (String, String) {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : "")
    }
}


import RolebookCore
import RolebookRender

/// Narrows the model to one company for its bundle: everything reachable only through another
/// company (its name, contracts, people who hold no role here) is simply not in the model, so no
/// page, export or file name of the bundle can show it. A person who also works for another
/// company keeps only this company's roles, because only this company's assignments remain.
enum BundleScope {
    static func model(_ model: SiteModel, narrowedTo companyID: String) -> SiteModel {
        guard let company = model.companiesByID[companyID] else { return model }
        let people = Set(SiteIndex.peopleIDs(in: company))
        let resellers = Set([company.resellerID].compactMap { $0 } + company.contracts.compactMap(\.resellerID))
        return SiteModel(
            settings: model.settings, roleSets: model.roleSets,
            resellers: model.resellers.filter { resellers.contains($0.id) }, companies: [company],
            people: model.people.filter { people.contains($0.id) }, guides: model.guides, topics: model.topics)
    }
}

import RolebookCore

extension PageModelBuilder {
    /// Every record the search box finds, in a stable order: companies, people, contracts, then
    /// each product line (by serial number where it has one), each with the page it opens and a
    /// line that already answers the usual question (who coordinates this serial number?).
    package func searchRecords() -> [SearchRecord] {
        let separator = strings(.searchSeparator)
        var records: [SearchRecord] = []
        for company in model.companies {
            records.append(
                SearchRecord(
                    kind: .company, label: company.name, detail: strings(.searchCompany),
                    href: Route.company(company.id), text: [company.name]))
        }
        let order = self.order
        for person in model.people {
            let companies = (order.companiesOfPerson[person.id] ?? []).map { model.companies[$0].name }
            var roles: [String] = []
            for holding in index.holdingsByPerson[person.id] ?? [] {
                if let role = index.role(of: holding), !roles.contains(role.name) { roles.append(role.name) }
            }
            let detail = [companies.joined(separator: ", "), roles.joined(separator: ", ")].filter { !$0.isEmpty }
            records.append(
                SearchRecord(
                    kind: .person,
                    label: person.hasLeft ? strings(.personHasLeft, ["person": person.name]) : person.name,
                    detail: detail.joined(separator: separator), href: Route.person(person.id),
                    text: [person.name, String(person.email.prefix { $0 != "@" })], whole: [person.email]))
        }
        for company in model.companies {
            for contract in company.contracts {
                let roles = keyRoles(of: contract)
                let holders = roles.contract.map { holdersLine($0, contract, asset: nil) }
                let label =
                    contract.contractNumber.map { strings(.contractTitle, ["number": $0]) }
                    ?? strings(.searchSubscription, ["id": contract.subscriptionID ?? contract.id])
                let products = contract.assets.map(\.product).reduce(into: [String]()) {
                    if !$0.contains($1) { $0.append($1) }
                }
                let detail =
                    [company.name, planLabel(contract), products.joined(separator: ", ")].compactMap { $0 }
                    .filter { !$0.isEmpty } + holders
                records.append(
                    SearchRecord(
                        kind: .contract, label: label, detail: detail.joined(separator: separator),
                        href: Route.contract(contract.id),
                        text: [contract.contractNumber, contract.subscriptionID, contract.plan, company.name]
                            .compactMap { $0 } + products))
                for asset in contract.assets {
                    let label = asset.serialNumber.map { strings(.searchSerialLabel, ["serial": $0]) } ?? asset.product
                    let detail =
                        (asset.serialNumber == nil ? [] : [asset.product]) + [company.name, contract.displayNumber]
                        + roles.asset.map { holdersLine($0, contract, asset: asset) }
                    records.append(
                        SearchRecord(
                            kind: .serial, label: label, detail: detail.joined(separator: separator),
                            href: assetHref(asset, in: contract),
                            text: [asset.serialNumber, asset.product, company.name].compactMap { $0 }))
                }
            }
        }
        return records
    }

    /// "Software Coordinator: Renata Vogel", or "no Software Coordinator".
    private func holdersLine(_ role: RoleDefinition, _ contract: Contract, asset: Asset?) -> String {
        let people = model.holders(of: role, in: contract, asset: asset)
        guard !people.isEmpty else { return strings(.searchNobody, ["role": role.name]) }
        let names = people.map { $0.hasLeft ? strings(.personHasLeft, ["person": $0.name]) : $0.name }
        return strings(.searchHolders, ["role": role.name, "people": names.joined(separator: ", ")])
    }
}

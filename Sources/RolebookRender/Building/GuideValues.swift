import RolebookCore

/// Fills guidance placeholders from the data of one contract (and asset), or generically when a
/// page belongs to no contract or the data has no such value.
package struct GuideValues: Sendable {
    let index: SiteIndex
    let strings: Strings
    let contract: Contract?
    let asset: Asset?

    package init(index: SiteIndex, strings: Strings, contract: Contract? = nil, asset: Asset? = nil) {
        self.index = index
        self.strings = strings
        self.contract = contract
        self.asset = asset
    }

    package func value(_ name: String) -> String {
        guard let value = GuideValue(name: name) else { return name }
        switch value {
        case .holder(let roleName, let field):
            return holder(roleName, field)
        case .contractNumber:
            return contract?.displayNumber ?? strings(.genericContractNumber)
        case .contractStart:
            return contract.map { strings.date($0.start) } ?? strings(.genericContractStart)
        case .contractEnd:
            return contract.map { strings.date($0.end) } ?? strings(.genericContractEnd)
        case .companyName:
            return contract.flatMap { index.company(of: $0)?.name } ?? strings(.genericCompany)
        case .assetProduct:
            let products = assets.map(\.product)
            return products.isEmpty ? strings(.genericProduct) : list(products)
        case .assetSerialNumber:
            let serials = assets.compactMap(\.serialNumber)
            return serials.isEmpty ? strings(.genericSerialNumber) : list(serials)
        case .resellerName:
            return contract.flatMap { index.model.reseller(of: $0)?.name } ?? strings(.genericReseller)
        case .resellerContact(let purpose, let field):
            let contact = contract.flatMap { index.model.reseller(of: $0)?.contact(for: purpose) }
            let text: String? =
                switch field {
                case .name: contact?.name
                case .phone: contact?.phone
                case .email: contact?.email
                case .url: contact?.url
                case .hours: contact?.hours
                }
            if let text { return text }
            let purposeName = strings.purpose(purpose).lowercased()
            let phrase: Phrase =
                switch field {
                case .name: .genericResellerContactName
                case .phone: .genericResellerContactPhone
                case .email: .genericResellerContactEmail
                case .url: .genericResellerContactURL
                case .hours: .genericResellerContactHours
                }
            return strings(phrase, ["purpose": purposeName])
        }
    }

    private var assets: [Asset] { asset.map { [$0] } ?? contract?.assets ?? [] }

    private func holder(_ roleName: String, _ field: GuideValue.PersonField) -> String {
        let set = contract.flatMap { index.roleSet(of: $0) }
        let role = set?.role(named: roleName) ?? index.model.roleSets.lazy.compactMap { $0.role(named: roleName) }.first
        let roleLabel = role?.name ?? roleName
        let generic: String =
            switch field {
            case .name: strings(.genericHolderName, ["role": roleLabel])
            case .email: strings(.genericHolderEmail, ["role": roleLabel])
            case .phone: strings(.genericHolderPhone, ["role": roleLabel])
            }
        guard let contract, let role, set?.role(role.id) != nil else { return generic }
        let people = index.model.acting(for: role, in: contract, asset: asset).people
        guard !people.isEmpty else { return generic }
        switch field {
        case .name: return list(people.map { $0.hasLeft ? strings(.personHasLeft, ["person": $0.name]) : $0.name })
        case .email: return list(people.map(\.email))
        case .phone:
            let phones = people.compactMap(\.phone)
            return phones.isEmpty ? generic : list(phones)
        }
    }

    /// "A or B", "A, B, C": alternatives, any one of which will do.
    private func list(_ items: [String]) -> String {
        var seen: Set<String> = []
        let unique = items.filter { seen.insert($0).inserted }
        return unique.count <= 2 ? unique.joined(separator: strings(.orSeparator)) : unique.joined(separator: ", ")
    }
}

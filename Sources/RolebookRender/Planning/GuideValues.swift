import RolebookCore

/// Fills guidance placeholders from the data of one contract (and asset), or generically when a
/// page belongs to no contract or the data has no such value.
public struct GuideValues: Sendable {
    let index: SiteIndex
    let contract: Contract?
    let asset: Asset?

    public init(index: SiteIndex, contract: Contract? = nil, asset: Asset? = nil) {
        self.index = index
        self.contract = contract
        self.asset = asset
    }

    public func value(_ name: String) -> String {
        guard let value = GuideValue(name: name) else { return name }
        switch value {
        case let .holder(roleName, field):
            return holder(roleName, field)
        case .contractNumber:
            return contract?.displayNumber ?? "your contract number"
        case .contractStart:
            return contract?.start.display ?? "the contract's start date"
        case .contractEnd:
            return contract?.end.display ?? "the contract's end date"
        case .companyName:
            return contract.flatMap { index.company(of: $0)?.name } ?? "your company"
        case .assetProduct:
            let products = assets.map(\.product)
            return products.isEmpty ? "the product" : Self.list(products)
        case .assetSerialNumber:
            let serials = assets.compactMap(\.serialNumber)
            return serials.isEmpty ? "the serial number" : Self.list(serials)
        case .resellerName:
            return contract.flatMap { index.model.reseller(of: $0)?.name } ?? "your reseller"
        case let .resellerContact(purpose, field):
            let contact = contract.flatMap { index.model.reseller(of: $0)?.contact(for: purpose) }
            let text: String? =
                switch field {
                case .name: contact?.name
                case .phone: contact?.phone
                case .email: contact?.email
                case .url: contact?.url
                case .hours: contact?.hours
                }
            return text ?? "your reseller's \(purpose.displayName.lowercased()) \(field.rawValue)"
        }
    }

    private var assets: [Asset] { asset.map { [$0] } ?? contract?.assets ?? [] }

    private func holder(_ roleName: String, _ field: GuideValue.PersonField) -> String {
        let set = contract.flatMap { index.roleSet(of: $0) }
        let role = set?.role(named: roleName) ?? index.model.roleSets.lazy.compactMap { $0.role(named: roleName) }.first
        let roleLabel = role?.name ?? roleName
        let generic: String =
            switch field {
            case .name: "your \(roleLabel)"
            case .email: "your \(roleLabel)'s email address"
            case .phone: "your \(roleLabel)'s phone number"
            }
        guard let contract, let role, set?.role(role.id) != nil else { return generic }
        let people = index.acting(for: role, in: contract, asset: asset).people
        guard !people.isEmpty else { return generic }
        switch field {
        case .name: return Self.list(people.map { $0.hasLeft ? "\($0.name) (has left)" : $0.name })
        case .email: return Self.list(people.map(\.email))
        case .phone:
            let phones = people.compactMap(\.phone)
            return phones.isEmpty ? generic : Self.list(phones)
        }
    }

    private static func list(_ items: [String]) -> String {
        var seen: Set<String> = []
        let unique = items.filter { seen.insert($0).inserted }
        return unique.count <= 2 ? unique.joined(separator: " or ") : unique.joined(separator: ", ")
    }
}

import RolebookCore

/// Fills guidance placeholders from the data of one contract (and asset), or generically when a
/// page belongs to no contract or the data has no such value.
package struct GuideValues: GuideValueSource, Sendable {
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

    /// Blocks marked `<!-- on: contract -->` are shown exactly when the values come from a contract.
    package var isContractPage: Bool { contract != nil }

    /// The value from the data; where there is none, `fallback`, else a generic wording ("your
    /// Contract Manager").
    package func value(_ name: String, fallback: String?) -> String {
        guard let value = GuideValue(name: name) else { return name }
        return known(value) ?? fallback ?? generic(value)
    }

    /// The value of a placeholder as written between its braces, `name` or `name|fallback` (a name
    /// never holds a `|`), as ``GuideHTML/filled(with:)-(String)->String`` passes it.
    package func value(_ placeholder: String) -> String {
        guard let bar = placeholder.firstIndex(of: "|") else { return value(placeholder, fallback: nil) }
        return value(String(placeholder[..<bar]), fallback: String(placeholder[placeholder.index(after: bar)...]))
    }

    /// The value from the data, or nil when the page has no contract or the contract no such value.
    private func known(_ value: GuideValue) -> String? {
        switch value {
        case .holder(let roleName, let field):
            return holder(roleName, field)
        case .contractNumber:
            return contract?.displayNumber
        case .contractStart:
            return contract.map { strings.date($0.start) }
        case .contractEnd:
            return contract.map { strings.date($0.end) }
        case .companyName:
            return contract.flatMap { index.company(of: $0)?.name }
        case .assetProduct:
            let products = assets.map(\.product)
            return products.isEmpty ? nil : list(products)
        case .assetSerialNumber:
            let serials = assets.compactMap(\.serialNumber)
            return serials.isEmpty ? nil : list(serials)
        case .resellerName:
            return contract.flatMap { index.model.reseller(of: $0)?.name }
        case .resellerContact(let purpose, let field):
            let contact = contract.flatMap { index.model.reseller(of: $0)?.contact(for: purpose) }
            return switch field {
            case .name: contact?.name
            case .phone: contact?.phone
            case .email: contact?.email
            case .url: contact?.url
            case .hours: contact?.hours
            }
        }
    }

    /// How a value reads where it is not known, when the author gave no fallback.
    private func generic(_ value: GuideValue) -> String {
        switch value {
        case .holder(let roleName, let field):
            let set = contract.flatMap { index.roleSet(of: $0) }
            let role =
                set?.role(named: roleName) ?? index.model.roleSets.lazy.compactMap { $0.role(named: roleName) }.first
            let roleLabel = role?.name ?? roleName
            return switch field {
            case .name: strings(.genericHolderName, ["role": roleLabel])
            case .email: strings(.genericHolderEmail, ["role": roleLabel])
            case .phone: strings(.genericHolderPhone, ["role": roleLabel])
            }
        case .contractNumber: return strings(.genericContractNumber)
        case .contractStart: return strings(.genericContractStart)
        case .contractEnd: return strings(.genericContractEnd)
        case .companyName: return strings(.genericCompany)
        case .assetProduct: return strings(.genericProduct)
        case .assetSerialNumber: return strings(.genericSerialNumber)
        case .resellerName: return strings(.genericReseller)
        case .resellerContact(let purpose, let field):
            let phrase: Phrase =
                switch field {
                case .name: .genericResellerContactName
                case .phone: .genericResellerContactPhone
                case .email: .genericResellerContactEmail
                case .url: .genericResellerContactURL
                case .hours: .genericResellerContactHours
                }
            return strings(phrase, ["purpose": strings.purpose(purpose, inSentence: true)])
        }
    }

    private var assets: [Asset] { asset.map { [$0] } ?? contract?.assets ?? [] }

    private func holder(_ roleName: String, _ field: GuideValue.PersonField) -> String? {
        guard let contract, let role = index.roleSet(of: contract)?.role(named: roleName) else { return nil }
        let people = index.model.acting(for: role, in: contract, asset: asset).people
        guard !people.isEmpty else { return nil }
        switch field {
        case .name: return list(people.map { $0.hasLeft ? strings(.personHasLeft, ["person": $0.name]) : $0.name })
        case .email: return list(people.map(\.email))
        case .phone:
            let phones = people.compactMap(\.phone)
            return phones.isEmpty ? nil : list(phones)
        }
    }

    /// "A or B", "A, B, C": alternatives, any one of which will do.
    private func list(_ items: [String]) -> String {
        var seen: Set<String> = []
        let unique = items.filter { seen.insert($0).inserted }
        return unique.count <= 2 ? unique.joined(separator: strings(.orSeparator)) : unique.joined(separator: ", ")
    }
}

/// A value from the data that guidance may name in a placeholder, e.g. `{{contract-manager.email}}`.
package enum GuideValue: Hashable, Sendable {
    package enum PersonField: String, Hashable, Sendable, CaseIterable {
        case name, email, phone
    }

    package enum ContactField: String, Hashable, Sendable, CaseIterable {
        case name, phone, email, url, hours
    }

    /// The holder of a role (by id or other name) on this contract or asset.
    case holder(role: String, field: PersonField)
    case contractNumber
    case contractStart
    case contractEnd
    case companyName
    case assetProduct
    case assetSerialNumber
    case resellerName
    case resellerContact(ContactPurpose, ContactField)

    /// Parses a placeholder name; nil when it has no meaning at all (role names are checked later).
    package init?(name: String) {
        switch name {
        case "contract.number": self = .contractNumber
        case "contract.start": self = .contractStart
        case "contract.end": self = .contractEnd
        case "company.name": self = .companyName
        case "asset.product": self = .assetProduct
        case "asset.serial-number": self = .assetSerialNumber
        case "reseller.name": self = .resellerName
        default:
            let parts = name.split(separator: ".").map(String.init)
            if parts.count == 3, parts[0] == "reseller", let purpose = ContactPurpose(rawValue: parts[1]),
                let field = ContactField(rawValue: parts[2])
            {
                self = .resellerContact(purpose, field)
            } else if parts.count == 2, !["contract", "company", "asset", "reseller"].contains(parts[0]),
                let field = PersonField(rawValue: parts[1])
            {
                self = .holder(role: parts[0], field: field)
            } else {
                return nil
            }
        }
    }
}

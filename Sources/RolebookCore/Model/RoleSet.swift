/// One vendor's role vocabulary in one era or view, e.g. Autodesk's classic user management.
package struct RoleSet: Hashable, Sendable, Codable {
    package var id: String
    package var name: String
    package var vendor: String
    package var description: String?
    package var roles: [RoleDefinition]
    package var location: SourceLocation

    package init(
        id: String, name: String, vendor: String, description: String? = nil, roles: [RoleDefinition],
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.vendor = vendor
        self.description = description
        self.roles = roles
        self.location = location
    }

    package func role(_ id: String) -> RoleDefinition? { roles.first { $0.id == id } }

    /// Finds a role by id, display name or other name; names match ignoring case, and a space
    /// matches a hyphen, so `contract-manager` finds a role whose other name is "contract manager".
    package func role(named name: String) -> RoleDefinition? {
        if let byID = role(name) { return byID }
        let wanted = Self.normalized(name)
        return roles.first { role in
            Self.normalized(role.name) == wanted || role.otherNames.contains { Self.normalized($0) == wanted }
        }
    }

    /// How names are compared: lower case, spaces as hyphens.
    package static func normalized(_ name: String) -> String {
        String(name.lowercased().map { $0 == " " ? "-" : $0 })
    }
}

/// One person holding one role in one scope unit (a contract, an asset or a team).
package struct RoleAssignment: Hashable, Sendable, Codable {
    /// The unit the role is held in.
    package enum Scope: Hashable, Sendable, Codable {
        case contract(String)
        case asset(String)
        case team(String)

        package var kind: RoleScope {
            switch self {
            case .contract: .contract
            case .asset: .asset
            case .team: .team
            }
        }

        package var id: String {
            switch self {
            case .contract(let id), .asset(let id), .team(let id): id
            }
        }
    }

    package var roleID: String
    package var personID: String
    package var scope: Scope
    /// The role set the holder's unit is managed in; role ids are unique only within it.
    package var roleSetID: String
    package var location: SourceLocation
    /// Where the person id was written, for "unknown person" errors.
    package var personLocation: SourceLocation

    package init(
        roleID: String, personID: String, scope: Scope, roleSetID: String, location: SourceLocation,
        personLocation: SourceLocation? = nil
    ) {
        self.roleID = roleID
        self.personID = personID
        self.scope = scope
        self.roleSetID = roleSetID
        self.location = location
        self.personLocation = personLocation ?? location
    }
}

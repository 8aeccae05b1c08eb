/// One person holding one role in one scope unit (a contract, an asset or a team).
public struct RoleAssignment: Hashable, Sendable, Codable {
    /// The unit the role is held in.
    public enum Scope: Hashable, Sendable, Codable {
        case contract(String)
        case asset(String)
        case team(String)

        public var kind: RoleScope {
            switch self {
            case .contract: .contract
            case .asset: .asset
            case .team: .team
            }
        }

        public var id: String {
            switch self {
            case let .contract(id), let .asset(id), let .team(id): id
            }
        }
    }

    public var roleID: String
    public var personID: String
    public var scope: Scope
    /// The role set the holder's unit is managed in; role ids are unique only within it.
    public var roleSetID: String
    public var location: SourceLocation
    /// Where the person id was written, for "unknown person" errors.
    public var personLocation: SourceLocation

    public init(
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

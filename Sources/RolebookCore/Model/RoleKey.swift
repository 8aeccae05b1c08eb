/// One role of one role set. Role ids are unique only within their role set (both Autodesk role
/// sets have a "user"), so everything that names a role across role sets (guide audiences,
/// performers, pages) names it by this pair, never by a string built from it.
public struct RoleKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var roleSetID: String
    public var roleID: String

    public init(_ roleSetID: String, _ roleID: String) {
        self.roleSetID = roleSetID
        self.roleID = roleID
    }

    public static func < (a: RoleKey, b: RoleKey) -> Bool { (a.roleSetID, a.roleID) < (b.roleSetID, b.roleID) }

    /// `role-set/role`, for messages and cache keys; nothing parses it back.
    public var description: String { "\(roleSetID)/\(roleID)" }
}

extension RoleDefinition {
    public var key: RoleKey { RoleKey(roleSetID, id) }
}

extension RoleAssignment {
    public var roleKey: RoleKey { RoleKey(roleSetID, roleID) }
}

extension RoleDefinition.Counterpart {
    public var key: RoleKey { RoleKey(roleSetID, roleID) }
}

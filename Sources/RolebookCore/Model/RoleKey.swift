/// One role of one role set. Role ids are unique only within their role set (both Autodesk role
/// sets have a "user"), so everything that names a role across role sets (guide audiences,
/// performers, pages) names it by this pair, never by a string built from it.
package struct RoleKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package var roleSetID: String
    package var roleID: String

    package init(_ roleSetID: String, _ roleID: String) {
        self.roleSetID = roleSetID
        self.roleID = roleID
    }

    package static func < (a: RoleKey, b: RoleKey) -> Bool { (a.roleSetID, a.roleID) < (b.roleSetID, b.roleID) }

    /// `role-set/role`, for messages and cache keys; nothing parses it back.
    package var description: String { "\(roleSetID)/\(roleID)" }
}

extension RoleDefinition {
    package var key: RoleKey { RoleKey(roleSetID, id) }
}

extension RoleAssignment {
    package var roleKey: RoleKey { RoleKey(roleSetID, roleID) }
}

extension RoleDefinition.Counterpart {
    package var key: RoleKey { RoleKey(roleSetID, roleID) }
}

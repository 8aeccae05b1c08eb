import RolebookCore

/// Turns the role names an author writes (ids or other names) into role keys.
struct RoleNameResolver {
    let roleSets: [RoleSet]

    var allKeys: Set<RoleKey> {
        Set(roleSets.flatMap { set in set.roles.map(\.key) })
    }

    /// For lists of roles (`roles`, `performers`, audience markers): a name that is a role id in any
    /// of the guide's role sets means only those roles; other names count only when it is no id.
    /// Otherwise `contract-manager` would also pick up the purchaser, whose other name it is.
    func keys(for name: String) -> Set<RoleKey> {
        let byID = Set(roleSets.compactMap { set in set.role(name)?.key })
        return byID.isEmpty ? perRoleSetKeys(for: name) : byID
    }

    /// For one role named per contract (`instead.ask`, placeholders): in each role set, its id, else its names.
    func perRoleSetKeys(for name: String) -> Set<RoleKey> {
        Set(roleSets.compactMap { set in set.role(named: name)?.key })
    }

    /// "Contract Manager, Software Coordinator": role names, in role-set order.
    func label(for keys: Set<RoleKey>) -> String {
        var names: [String] = []
        for set in roleSets {
            for role in set.roles where keys.contains(role.key) && !names.contains(role.name) {
                names.append(role.name)
            }
        }
        return names.joined(separator: ", ")
    }

    /// Why a placeholder name is not a known value, or nil when it is.
    func problem(withValue name: String) -> String? {
        guard let value = GuideValue(name: name) else {
            return "unknown value '{{\(name)}}' in guidance"
        }
        if case .holder(let role, _) = value, perRoleSetKeys(for: role).isEmpty {
            return "unknown role '\(role)' in value '{{\(name)}}'"
        }
        return nil
    }

    /// Why a role's placeholder cannot be filled for all of `readers` (nil: every role of the
    /// guide's role sets), or nil when it can: each role set a reader belongs to must have the role,
    /// by id or by another name of the same role. Otherwise a contract of that role set would read
    /// "your Software Coordinator" where it has no such role.
    func problem(withRoleIn name: String, readers: Set<RoleKey>?) -> String? {
        guard case .holder(let role, _)? = GuideValue(name: name) else { return nil }
        let seen = roleSets.filter { set in readers?.contains { $0.roleSetID == set.id } ?? true }
        let lacking = seen.filter { $0.role(named: role) == nil }.map(\.id)
        guard !lacking.isEmpty else { return nil }
        let having = roleSets.filter { $0.role(named: role) != nil }.map(\.id)
        guard !having.isEmpty else { return nil }  // an unknown role, reported as such
        let lackers =
            lacking.count == 1
            ? "role set \(Self.quoted(lacking)) does not" : "role sets \(Self.quoted(lacking)) do not"
        let holders = having.count == 1 ? "role set \(Self.quoted(having))" : "role sets \(Self.quoted(having))"
        return
            "'{{\(name)}}' names a role that \(lackers) have: put it in a '<!-- for: ... -->' block whose roles all belong to \(holders)"
    }

    private static func quoted(_ ids: [String]) -> String {
        ids.map { "'\($0)'" }.joined(separator: ", ")
    }
}

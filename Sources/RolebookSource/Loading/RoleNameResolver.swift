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
}

import RolebookCore

/// Hints for references to nothing: the known id a typo was probably meant to be, and a role
/// referred to by one of its names where its id is needed.
package enum Suggestion {
    /// "; did you mean 'x'?", or "" when no known id is within a couple of edits.
    static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
        closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// For a role reference that is no role id of `set`: the role it names by display name or
    /// other name, else a close role id.
    static func role(_ name: String, in set: RoleSet, where context: String) -> String {
        if let role = set.role(named: name) {
            let kind = RoleSet.normalized(role.name) == RoleSet.normalized(name) ? "the name" : "another name"
            return "; '\(name)' is \(kind) of '\(role.id)', and \(context) use the role id"
        }
        return didYouMean(name, among: set.roles.map(\.id))
    }

    /// See ``Spelling/closest(to:among:)``.
    package static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        Spelling.closest(to: name, among: candidates)
    }
}

/// The unit a role holder is assigned to.
public enum RoleScope: String, Hashable, Sendable, CaseIterable {
    case contract
    case asset
    case team
}

/// The unit a role holder is assigned to.
package enum RoleScope: String, Hashable, Sendable, CaseIterable, Codable {
    case contract
    case asset
    case team
}

/// What a role is: shared by the generic role page and the contract role page.
package struct RoleFacts: Sendable {
    package struct Counterpart: Sendable {
        package var link: Link
        package var roleSet: String
        package var note: String
    }

    package var name: String
    package var roleSet: String
    package var otherNames: String?
    package var summary: String
    package var scope: String
    package var cardinality: String
    package var assignedBy: String?
    package var capabilities: [String]
    package var notifications: [String]
    package var duties: [String]
    package var counterparts: [Counterpart]
    package var whenHolderLeaves: String?
}

/// What a role is: shared by the generic role page and the contract role page.
public struct RoleFacts: Sendable {
    public struct Counterpart: Sendable {
        public var link: Link
        public var roleSet: String
        public var note: String
    }

    public var name: String
    public var roleSet: String
    public var otherNames: String?
    public var summary: String
    public var scope: String
    public var cardinality: String
    public var assignedBy: String?
    public var capabilities: [String]
    public var notifications: [String]
    public var duties: [String]
    public var counterparts: [Counterpart]
    public var whenHolderLeaves: String?
}

/// A product line on a contract, identified in the classic view by its serial number.
public struct Asset: Hashable, Sendable, Codable {
    public var id: String
    public var contractID: String
    public var product: String
    public var serialNumber: String?
    public var seats: Int?
    public var assignments: [RoleAssignment]
    public var location: SourceLocation

    public init(
        id: String, contractID: String, product: String, serialNumber: String? = nil, seats: Int? = nil,
        assignments: [RoleAssignment] = [], location: SourceLocation
    ) {
        self.id = id
        self.contractID = contractID
        self.product = product
        self.serialNumber = serialNumber
        self.seats = seats
        self.assignments = assignments
        self.location = location
    }
}

/// A product line on a contract, identified in the classic view by its serial number.
package struct Asset: Hashable, Sendable, Codable {
    package var id: String
    package var contractID: String
    package var product: String
    package var serialNumber: String?
    package var seats: Int?
    package var assignments: [RoleAssignment]
    package var location: SourceLocation

    package init(
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

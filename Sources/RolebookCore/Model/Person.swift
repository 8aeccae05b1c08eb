/// Someone who may hold roles, in any number of contracts and companies.
package struct Person: Hashable, Sendable, Codable {
    package enum Status: String, Hashable, Sendable, CaseIterable, Codable {
        case active
        case departed
    }

    package var id: String
    package var name: String
    package var email: String
    package var phone: String?
    package var title: String?
    package var status: Status
    /// Where the status was written, for "marked as departed here" notes.
    package var statusLocation: SourceLocation?
    package var location: SourceLocation

    package init(
        id: String, name: String, email: String, phone: String? = nil, title: String? = nil,
        status: Status = .active, statusLocation: SourceLocation? = nil, location: SourceLocation
    ) {
        self.statusLocation = statusLocation
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.title = title
        self.status = status
        self.location = location
    }

    package var hasLeft: Bool { status == .departed }
}

/// Someone who may hold roles, in any number of contracts and companies.
public struct Person: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, CaseIterable, Codable {
        case active
        case departed
    }

    public var id: String
    public var name: String
    public var email: String
    public var phone: String?
    public var title: String?
    public var status: Status
    /// Where the status was written, for "marked as departed here" notes.
    public var statusLocation: SourceLocation?
    public var location: SourceLocation

    public init(
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

    public var hasLeft: Bool { status == .departed }
}

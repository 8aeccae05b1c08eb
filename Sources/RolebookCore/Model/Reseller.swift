/// A reseller (authorized partner) and whom to call there for what.
public struct Reseller: Hashable, Sendable, Codable {
    /// One way to reach the reseller for one purpose.
    public struct Contact: Hashable, Sendable, Codable {
        public var purpose: ContactPurpose
        public var name: String?
        public var phone: String?
        public var email: String?
        public var url: String?
        public var hours: String?
        public var location: SourceLocation

        public init(
            purpose: ContactPurpose, name: String? = nil, phone: String? = nil, email: String? = nil,
            url: String? = nil, hours: String? = nil, location: SourceLocation
        ) {
            self.purpose = purpose
            self.name = name
            self.phone = phone
            self.email = email
            self.url = url
            self.hours = hours
            self.location = location
        }
    }

    public var id: String
    public var name: String
    public var accountNumber: String?
    public var contacts: [Contact]
    public var location: SourceLocation

    public init(id: String, name: String, accountNumber: String? = nil, contacts: [Contact], location: SourceLocation) {
        self.id = id
        self.name = name
        self.accountNumber = accountNumber
        self.contacts = contacts
        self.location = location
    }

    public func contact(for purpose: ContactPurpose) -> Contact? { contacts.first { $0.purpose == purpose } }
}

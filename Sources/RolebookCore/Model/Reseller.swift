/// A reseller (authorized partner) and whom to call there for what.
package struct Reseller: Hashable, Sendable, Codable {
    /// One way to reach the reseller for one purpose.
    package struct Contact: Hashable, Sendable, Codable {
        package var purpose: ContactPurpose
        package var name: String?
        package var phone: String?
        package var email: String?
        package var url: String?
        package var hours: String?
        package var location: SourceLocation

        package init(
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

    package var id: String
    package var name: String
    package var accountNumber: String?
    package var contacts: [Contact]
    package var location: SourceLocation

    package init(id: String, name: String, accountNumber: String? = nil, contacts: [Contact], location: SourceLocation)
    {
        self.id = id
        self.name = name
        self.accountNumber = accountNumber
        self.contacts = contacts
        self.location = location
    }

    package func contact(for purpose: ContactPurpose) -> Contact? { contacts.first { $0.purpose == purpose } }
}

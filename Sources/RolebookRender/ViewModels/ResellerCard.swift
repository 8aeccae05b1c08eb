/// A reseller and its contacts.
package struct ResellerCard: Hashable, Sendable {
    package var name: String
    package var accountNumber: String?
    package var contacts: [ContactCard]
}

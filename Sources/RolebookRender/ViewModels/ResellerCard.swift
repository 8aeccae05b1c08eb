/// A reseller and its contacts.
public struct ResellerCard: Hashable, Sendable {
    public var name: String
    public var accountNumber: String?
    public var contacts: [ContactCard]
}

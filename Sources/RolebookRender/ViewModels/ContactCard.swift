/// One way to reach a reseller.
public struct ContactCard: Hashable, Sendable {
    public var purpose: String
    public var name: String?
    public var phone: String?
    public var email: String?
    public var url: String?
    /// The url again, only when it is http(s): only such a url becomes a link.
    public var webURL: String?
    public var hours: String?
}

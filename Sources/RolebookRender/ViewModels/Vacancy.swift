/// An exactly-one role whose holder has left, and how the role is taken over.
public struct Vacancy: Hashable, Sendable {
    public var roleName: String
    public var personName: String
    public var takeover: String?
    public var reseller: ResellerCard?
}

/// Embeddable fragments: no page chrome, stable `rb-` class names, no script.
public struct RoleCardFragment: Sendable {
    public var links: Bool
    public var root: String
    public var contract: String
    public var contractHref: String
    public var company: String
    public var holders: [ReportContract.Holder]
    public var role: RoleFacts
}

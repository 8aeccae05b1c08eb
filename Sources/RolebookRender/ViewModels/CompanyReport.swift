/// A self-contained, printable report of one company's roles.
public struct CompanyReport: Sendable {
    public var title: String
    public var company: String
    public var asOf: String
    /// Inlined stylesheet and `@page` rules (trusted: built by Rolebook, values CSS-escaped).
    public var styleHTML: String
    public var links: Bool
    public var root: String
    public var companyHref: String
    public var reseller: ResellerCard?
    public var matrix: [MatrixRow]
    public var contracts: [ReportContract]
    public var milestones: [Milestone]
    public var changes: [RoleChanges]
}

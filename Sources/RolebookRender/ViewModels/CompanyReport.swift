/// A self-contained, printable report of one company's roles.
package struct CompanyReport: Sendable {
    package var title: String
    package var company: String
    package var asOf: String
    /// Inlined stylesheet and `@page` rules (trusted: built by Rolebook, values CSS-escaped).
    package var styleHTML: String
    package var links: Bool
    package var root: String
    package var companyHref: String
    package var reseller: ResellerCard?
    package var matrix: [MatrixRow]
    package var contracts: [ReportContract]
    package var milestones: [Milestone]
    package var changes: [RoleChanges]
}

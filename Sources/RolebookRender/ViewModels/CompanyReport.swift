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
    /// What needs someone's action, first in the report.
    package var actions: [ActionRow]
    /// How many things need action, or plainly that nothing does.
    package var actionsSummary: String
    package var matrix: [MatrixRow]
    package var contracts: [ReportContract]
    package var milestones: [Milestone]
    /// Each procedure that applies to the company's contracts, once.
    package var procedures: [ReportProcedure]
}

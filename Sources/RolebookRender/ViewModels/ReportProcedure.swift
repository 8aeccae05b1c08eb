/// A procedure as the company report prints it: once, with who performs it on each contract it
/// applies to, instead of once per role and contract.
package struct ReportProcedure: Sendable {
    /// Who does it on one contract.
    package struct Contract: Sendable {
        package var number: String
        package var performers: [ReportProcedure.Performer]
        /// The role everyone else asks; nil when the procedure names none.
        package var askRole: String?
        /// What to do instead when nobody who is asked is still here (trusted guidance HTML).
        package var fallbackHTML: String?
        /// The procedure's language, when the report is in another: the fallback is its text.
        package var contentLanguage: String? = nil
    }

    /// One role that performs it, and the people who hold that role on the contract.
    package struct Performer: Sendable {
        package var role: String
        package var people: [PersonCard]
        /// Units where nobody holds the role ("Nobody is the Software Coordinator for AutoCAD").
        package var gaps: [String]
    }

    /// The steps as one group of roles reads them; roles whose steps read alike share one.
    package struct Steps: Sendable {
        /// Whose steps these are, when the roles' steps differ; nil when everyone's read alike.
        package var label: String?
        package var stepsHTML: String
        /// The procedure's language, when the report is in another.
        package var contentLanguage: String? = nil
    }

    /// The `id` of its heading, for the report's contents.
    package var anchor: String
    package var title: String
    package var summary: String?
    package var contracts: [Contract]
    package var preconditions: [String]
    package var changes: [String]
    package var steps: [Steps]
    /// The language the procedure is written in, when the report is in another (see
    /// ``ChangeYouCanMake/contentLanguage``).
    package var contentLanguage: String? = nil
}

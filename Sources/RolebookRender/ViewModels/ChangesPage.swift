/// What changed since the earlier data a build compares with (`--since`): the site's page lists
/// the companies that changed, each company's page lists its changes.
package struct ChangesPage: Sendable {
    package var chrome: PageChrome
    package var root: String
    package var title: String
    /// Which two dates of the data are compared.
    package var lead: String
    package var companies: [ChangedCompany]
    /// The site's page, one line per company, rather than one company's page.
    package var isSummary: Bool
    /// What the page says when the two versions of the data agree.
    package var nothingChanged: String
}

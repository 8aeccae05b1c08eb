/// One company on a change page: on the site's page a line with its count and a link to its own
/// page; on its own page every change.
package struct ChangedCompany: Sendable {
    package var name: String
    /// The company's change page (on the site's page) or its company page; nil for a company that
    /// is no longer in the data, which has no page.
    package var link: Link?
    /// "New in the data", "No longer in the data", or the number of changes.
    package var status: String
    package var changes: [ChangeItem]
}

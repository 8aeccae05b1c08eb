/// The audit page of the site (every company) or of one company: what needs someone's action.
package struct ActionsPage: Sendable {
    /// One company's list.
    package struct Group: Sendable {
        /// The company, as a heading on the site's page; nil on the company's own page.
        package var company: Link?
        /// The company's own page of what needs action, on the site's page; nil on that page.
        package var actions: Link?
        package var items: [ActionRow]
    }

    package var chrome: PageChrome
    package var root: String
    package var title: String
    /// How many things need action, or plainly that nothing does.
    package var summary: String
    package var isEmpty: Bool
    /// The site's page lists each item on one line (what, and the page where it is fixed); each
    /// company's page has the whole of it (who, what to do, whom to contact instead).
    package var compact: Bool
    /// The letter bar of the site's list when it is split into pages; nil when one page shows it.
    package var nav: AlphabetNav?
    package var groups: [Group]
}

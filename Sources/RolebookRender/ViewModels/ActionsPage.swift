/// The audit page of the site (every company) or of one company: what needs someone's action.
package struct ActionsPage: Sendable {
    /// One company's list.
    package struct Group: Sendable {
        /// The company, as a heading on the site's page; nil on the company's own page.
        package var company: Link?
        package var items: [ActionRow]
    }

    package var chrome: PageChrome
    package var root: String
    package var title: String
    /// How many things need action, or plainly that nothing does.
    package var summary: String
    package var isEmpty: Bool
    package var groups: [Group]
}

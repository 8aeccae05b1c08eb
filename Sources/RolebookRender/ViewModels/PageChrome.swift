/// Everything the shared header and footer partials need.
package struct PageChrome: Hashable, Sendable {
    package var siteTitle: String
    package var pageTitle: String
    /// `../` per folder level: prefixes every link so pages work from disk.
    package var root: String
    package var asOf: String
    package var breadcrumbs: [Link]
    package var hasBreadcrumbs: Bool
    /// "What changed since …": the site's change page, on every page of a build with `--since`.
    package var changes: Link?
}

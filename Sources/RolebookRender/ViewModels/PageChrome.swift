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
    /// The same page in each language of a site published in several (set by the renderer, which
    /// knows the page's path); empty for a site in one language.
    package var languages: [LanguageLink] = []
    /// The search box's counted messages and the language's plural rules, as JSON for search.js.
    package var searchCounts: String = ""
}

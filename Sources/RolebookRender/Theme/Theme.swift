import RolebookCore

/// A theme's templates and static assets, already read from disk.
package struct Theme: Sendable {
    /// Template name (file name without `.mustache`) → template text, and where it came from.
    package var templates: [String: (text: String, path: String)]
    /// Output path under `assets/` → bytes.
    package var assets: [String: [UInt8]]
    /// Each language the theme (and the site's own `strings/`) has words for, by code: `en`, `de`.
    package var languages: [String: Strings]
    /// The strings files as read, path → text: part of the theme's fingerprint.
    package var stringsSources: [(path: String, text: String)]

    package init(
        templates: [String: (text: String, path: String)], assets: [String: [UInt8]],
        languages: [String: Strings] = [:], stringsSources: [(path: String, text: String)] = []
    ) {
        self.templates = templates
        self.assets = assets
        self.languages = languages
        self.stringsSources = stringsSources
    }

    /// The templates every site needs; a theme missing one fails the build, not a page.
    package static let requiredTemplates = [
        "home", "company", "company-contacts", "contract", "contract-role", "person", "people", "guide", "guides",
        "roles", "role", "authors", "review", "header", "footer", "person-card", "contact-card", "contact-table",
        "role-facts", "person-advice", "report", "packet", "report-person", "report-contacts",
        "report-changes", "fragment-role-card", "fragment-contacts", "fragment-person-card", "report-style",
        "role-units", "reseller-section", "changes-page", "contact-step", "actions", "report-actions", "contracts",
        "alphabet-nav", "az-holders",
    ]
}

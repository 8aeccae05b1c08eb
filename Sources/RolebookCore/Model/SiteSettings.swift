/// Site-wide settings from `content/site.yaml`.
package struct SiteSettings: Hashable, Sendable, Codable {
    package var title: String
    /// The date the data is true as of; every date rule counts from it, never from the clock.
    package var asOf: Day
    /// A contract ending within this many days of `asOf` is near renewal.
    package var renewalWindowDays: Int
    package var baseURL: String?
    /// `check` and `build` warn when `asOf` is more than this many days before today.
    package var staleAfterDays: Int
    /// Where `as_of` is written, for the stale-data warning.
    package var asOfLocation: SourceLocation?
    /// The outputs a plain `rolebook build` makes (`build:` in site.yaml); flags override them.
    package var outputs: SiteOutputs
    /// How long lists grow before they are split (`lists:` in site.yaml).
    package var lists: ListLimits
    /// The languages the site is published in, the default first (`language:` or `languages:`
    /// in site.yaml; English when neither is given). The default is written at the output's
    /// root, each other language in a folder named by its code (docs/languages.md).
    package var languages: [String]
    /// Where each language was named, for the error when the theme has no words for it.
    package var languageLocations: [SourceLocation?]

    /// The language pages are written in when the site has one, and the others fall back to.
    package var defaultLanguage: String { languages.first ?? "en" }

    package init(
        title: String, asOf: Day, renewalWindowDays: Int = 90, baseURL: String? = nil, staleAfterDays: Int = 90,
        asOfLocation: SourceLocation? = nil, outputs: SiteOutputs = SiteOutputs(), languages: [String] = ["en"],
        languageLocations: [SourceLocation?] = [], lists: ListLimits = ListLimits()
    ) {
        self.title = title
        self.asOf = asOf
        self.renewalWindowDays = renewalWindowDays
        self.baseURL = baseURL
        self.staleAfterDays = staleAfterDays
        self.asOfLocation = asOfLocation
        self.outputs = outputs
        self.languages = languages.isEmpty ? ["en"] : languages
        self.languageLocations = languageLocations
        self.lists = lists
    }
}

/// What a renderer draws for: whether the build writes reports and packets (so site pages link to
/// them), their paper, and how reports, packets and fragments, which travel alone, link back.
package struct RenderOptions: Sendable {
    package var reports: Bool
    package var paper: Paper
    package var outside: OutsideLinks
    /// Every language the site is published in, the default first, for the language switcher on
    /// every page; empty for a site in one language.
    package var languages: [PublishedLanguage]

    package init(
        reports: Bool = false, paper: Paper = .a4, outside: OutsideLinks = OutsideLinks(root: nil),
        languages: [PublishedLanguage] = []
    ) {
        self.reports = reports
        self.paper = paper
        self.outside = outside
        self.languages = languages
    }
}

/// One language of a site published in several: its code, its name in itself, and the folder
/// of the output its pages are in (`""` for the default language, `de/` for German).
package struct PublishedLanguage: Sendable, Hashable {
    package var code: String
    package var name: String
    package var folder: String

    package init(code: String, name: String, folder: String) {
        self.code = code
        self.name = name
        self.folder = folder
    }
}

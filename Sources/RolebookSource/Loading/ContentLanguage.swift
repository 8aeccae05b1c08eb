import RolebookCore

/// Which language one load of the content reads: a text given per language
/// (`name: {en: Contract Manager, de: …}`) gives its value in this language, and a guide
/// translated into it (`verify-your-role.de.md`) replaces its original (docs/languages.md).
package struct ContentLanguage: Sendable {
    /// The language being read.
    package var code: String
    /// The site's default language: what an untranslated text or guide is written in.
    package var fallback: String
    /// Every language the site publishes; a guide file `<id>.<code>.md` is a translation only
    /// into one of them.
    package var published: [String]

    package init(code: String, fallback: String, published: [String]) {
        self.code = code
        self.fallback = fallback
        self.published = published
    }

    /// The language read when the site names none.
    package static let english = ContentLanguage(code: "en", fallback: "en", published: ["en"])

    /// The language `requested`, or the site's default, among those `settings` publish.
    init(settings: SiteSettings?, requested: String?) {
        let published = settings?.languages ?? ["en"]
        let fallback = published.first ?? "en"
        let code = requested.flatMap { published.contains($0) ? $0 : nil } ?? fallback
        self.init(code: code, fallback: fallback, published: published)
    }

    /// The value for this language from a text given per language: its own, else the default
    /// language's, else the first given (a shared role-set file may name languages this site
    /// does not publish).
    func choose<Value>(_ values: [(code: String, value: Value)]) -> Value? {
        values.first { $0.code == code }?.value ?? values.first { $0.code == fallback }?.value ?? values.first?.value
    }
}

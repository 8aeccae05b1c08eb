/// The same page in one language of the site, for the language switcher.
package struct LanguageLink: Hashable, Sendable {
    /// The language's code, for `lang` and `hreflang`.
    package var code: String
    /// The language's name in itself: "Deutsch".
    package var name: String
    /// From the page's language root (prefixed with the page's `root`).
    package var href: String
    package var isCurrent: Bool
}

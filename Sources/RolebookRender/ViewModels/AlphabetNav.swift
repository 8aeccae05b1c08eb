/// The letter bar of an A–Z index, and its pages when the index needs several. Every `url` is
/// ready to print: a `#letter-m` fragment on a one-page index, a relative path otherwise.
package struct AlphabetNav: Sendable {
    /// A letter, or one part of a letter named by its first and last entries.
    package struct Entry: Sendable {
        package var label: String
        package var url: String
        package var isCurrent: Bool
    }

    /// One letter's pages, on the index page of an index split into pages.
    package struct LetterPages: Sendable {
        package var letter: String
        package var parts: [AlphabetNav.Entry]
    }

    /// What the bar is called for assistive technology ("People A–Z").
    package var label: String
    package var letters: [Entry]
    /// On the first page of an index split into pages: every page, grouped by letter.
    package var contents: [LetterPages]
    /// On a letter's page, when the letter has several: its parts.
    package var parts: [Entry]
}

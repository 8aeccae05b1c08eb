/// A procedure the reader can carry out themselves, with this contract's values filled in.
package struct ChangeYouCanMake: Hashable, Sendable {
    package var title: String
    package var href: String
    package var summary: String?
    package var preconditions: [String]
    package var changes: [String]
    package var stepsHTML: String
    /// The language the procedure is written in, when the page is in another: a guide not yet
    /// translated is shown in its original, marked so that screen readers and hyphenation read it
    /// as that language.
    package var contentLanguage: String? = nil
    /// The `id` of its block in a packet, where a later contract can point back to it.
    package var anchor: String? = nil
    /// In a packet, the earlier contract whose block has the same steps, word for word: they are
    /// printed once, and this contract's block points to them.
    package var sameAs: Link? = nil
}

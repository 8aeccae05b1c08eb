/// How outputs that travel on their own (reports, packets, fragments) link to the site: to its
/// published address, relatively inside a bundle, or not at all.
package struct OutsideLinks: Sendable {
    /// Prefix for site paths; nil when the output must not link out of itself.
    package var root: String?

    package init(root: String?) { self.root = root }
}

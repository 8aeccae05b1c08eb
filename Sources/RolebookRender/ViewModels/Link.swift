/// A link as templates show it: `<a href="{{root}}{{href}}">{{label}}</a>`.
package struct Link: Hashable, Sendable {
    package var label: String
    /// Relative to the output root; templates prefix the page's `root`.
    package var href: String
}

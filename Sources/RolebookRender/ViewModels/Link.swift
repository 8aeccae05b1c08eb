/// A link as templates show it: `<a href="{{root}}{{href}}">{{label}}</a>`.
public struct Link: Hashable, Sendable {
    public var label: String
    /// Relative to the output root; templates prefix the page's `root`.
    public var href: String
}

/// Everything the shared header and footer partials need.
public struct PageChrome: Hashable, Sendable {
    public var siteTitle: String
    public var pageTitle: String
    /// `../` per folder level: prefixes every link so pages work from disk.
    public var root: String
    public var asOf: String
    public var breadcrumbs: [Link]
    public var hasBreadcrumbs: Bool
}

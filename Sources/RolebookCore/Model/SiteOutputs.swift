/// The outputs a site asks for in `site.yaml` (`build:`), so that a plain `rolebook build` makes
/// the same outputs as the last one instead of removing last week's reports as stale. Command-line
/// flags override each; nil means "not said", which the flags' defaults then decide.
public struct SiteOutputs: Hashable, Sendable, Codable {
    public var reports: Bool?
    /// `a4` or `letter`.
    public var paper: String?
    /// Which pages to print to PDF: `reports`, `packets`, `both` or `none` (site.yaml's `true`
    /// and `false` are `both` and `none`).
    public var pdf: String?
    /// Folders, relative to the site's root.
    public var fragments: String?
    public var bundles: String?
    /// The earlier data to compare with, for the site's change pages: a site folder, a content
    /// folder or an export, relative to the site's root.
    public var since: String?

    /// Nothing said: every output at its command-line default.
    public init(
        reports: Bool? = nil, paper: String? = nil, pdf: String? = nil, fragments: String? = nil,
        bundles: String? = nil,
        since: String? = nil
    ) {
        self.reports = reports
        self.paper = paper
        self.pdf = pdf
        self.fragments = fragments
        self.bundles = bundles
        self.since = since
    }
}

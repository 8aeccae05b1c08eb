import Foundation
import RolebookCore
import RolebookRender

/// What to build and where: the CLI's flags as values.
public struct BuildOptions: Sendable {
    /// The folder that holds `content/` (and usually `themes/`).
    public var root: URL
    public var output: URL
    public var theme: String
    /// Warnings fail the build too.
    public var strict: Bool
    /// Also write company reports, onboarding packets and exports (CSV, JSON, iCalendar).
    public var reports = false
    public var paper = Paper.a4
    /// Also print reports, packets or both to PDF with headless Chromium (implies `reports`);
    /// nil for no PDFs.
    public var pdf: PDFSelection?
    /// Where to write embeddable fragments, outside the site's page tree; nil for none.
    public var fragments: URL?
    /// Where to write one folder and one zip per company; nil for none.
    public var bundles: URL?
    /// Overwrite files in the owned folders that Rolebook did not write (never folders, never
    /// through links): how a user hands an existing folder over to Rolebook.
    public var force = false
    /// The day the data is true as of for this build (`YYYY-MM-DD` or `today`), instead of
    /// site.yaml's `as_of`.
    public var asOf: String?
    /// The earlier data to compare with for the change pages (`--since`): a site folder, a
    /// content folder or an export `.csv`, as `rolebook diff` takes it; nil for no change pages.
    public var since: String?
    /// Today, for the stale-data warning; nil leaves the check out. The command line passes the
    /// clock's day (``Today``), so library callers and tests stay independent of the calendar.
    public var today: Day?
    /// Called with a folder's name when another build holds its lock and this one waits for it.
    public var waiting: (@Sendable (String) -> Void)?
    /// Called after each batch of pages with (pages done, pages to render), for a progress display.
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// A build of the site in `root` into `output` (default `root/output`) with the named theme; `strict` makes warnings stop it.
    public init(root: URL, output: URL? = nil, theme: String = "default", strict: Bool = false) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("output")
        self.theme = theme
        self.strict = strict
    }
}

/// What a build did, for the summary line and for tests.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// HTML pages the site has.
    public var pages: Int
    /// Pages rendered: all of them on a first build, only those whose data changed afterwards.
    public var rendered: Int
    /// Which pages were rendered, sorted: what an incremental build decided was affected.
    public var renderedPaths: [String]
    /// Files whose bytes changed and were written.
    public var written: Int
    /// Files left alone because their bytes did not change.
    public var unchanged: Int
    /// Files from the previous build that this build no longer produces.
    public var removed: Int
    /// Files a previous build wrote and this one no longer produces, left alone because they were
    /// changed since; they are no longer Rolebook's.
    public var kept: [String] = []
    public var seconds: Double
    /// Seconds per phase (read, parse, resolve, templates, plan, render and write, finish).
    public var timings: [(phase: String, seconds: Double)]
    /// False when errors (or warnings under `--strict`) stopped the build before writing.
    public var succeeded: Bool
    /// The first `count` diagnostics (the content's own) as ``DiagnosticRenderer`` prints them
    /// without colour, rendered once when the content was read and kept for unchanged rebuilds,
    /// which then print them without reading a file; nil when not at hand.
    public var renderedDiagnostics: (count: Int, text: String)?

    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

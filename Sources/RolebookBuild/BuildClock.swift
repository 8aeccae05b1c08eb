import RolebookCore
import RolebookRender

/// Times a build's phases and assembles its report.
struct BuildClock {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var mark: ContinuousClock.Instant
    private(set) var timings: [(phase: String, seconds: Double)] = []

    init() {
        start = clock.now
        mark = start
    }

    /// Ends a phase: the time since the previous one ended.
    mutating func lap(_ phase: String) {
        let now = clock.now
        timings.append((phase, Self.seconds(now - mark)))
        mark = now
    }

    func report(
        _ diagnostics: [Diagnostic], succeeded: Bool, pages: Int = 0, rendered: [String] = [],
        files: WrittenFiles = WrittenFiles(), removed: Int = 0, kept: [String] = []
    ) -> BuildReport {
        BuildReport(
            diagnostics: diagnostics, pages: pages, rendered: rendered.count, renderedPaths: rendered.sorted(),
            written: files.written, unchanged: files.unchanged, removed: removed, kept: kept,
            seconds: Self.seconds(clock.now - start), timings: timings, succeeded: succeeded)
    }

    /// The report of a build that found nothing changed since the last one: every page and every
    /// other file it made is still the one recorded.
    func report(_ diagnostics: [Diagnostic], succeeded: Bool, unchanged state: BuildState) -> BuildReport {
        report(
            diagnostics, succeeded: succeeded, pages: state.pageCount, files: WrittenFiles(unchanged: state.fileCount))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// What writing into an owned folder did: how many files changed, how many were left alone, and
/// the hash of every file the folder now holds for this build (its next manifest).
struct WrittenFiles {
    var written = 0
    var unchanged = 0
    var hashes: [String: UInt64] = [:]

    mutating func record(_ path: String, _ result: (outcome: OwnedFolder.Outcome, hash: UInt64)) {
        switch result.outcome {
        case .written: written += 1
        case .unchanged: unchanged += 1
        }
        hashes[path] = result.hash
    }

    /// A file this build did not touch, still holding what the last build recorded.
    mutating func keep(_ path: String, hash: UInt64?) {
        unchanged += 1
        hashes[path] = hash
    }
}

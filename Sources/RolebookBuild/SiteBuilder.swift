import Foundation
import RolebookCore
import RolebookRender
import RolebookSource

/// The whole pipeline in one readable place: scan, load, resolve and validate, then plan, render
/// and write. Reading happens first and writing last; nothing is written unless validation passed.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// Validation only: every diagnostic, nothing written (`rolebook check`).
    public func check() throws -> [Diagnostic] {
        try loadModel().diagnostics
    }

    public func build() async throws -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        var timings: [(String, Double)] = []
        var mark = clock.now
        func lap(_ phase: String) {
            timings.append((phase, Self.seconds(clock.now - mark)))
            mark = clock.now
        }
        let files = try SourceTree(root: options.root).scan()
        lap("read")
        let (theme, themeDiagnostics) = ThemeLoader(root: options.root, name: options.theme).load()
        let writer = OutputWriter(folder: options.output)
        let fileHashes = Dictionary(uniqueKeysWithValues: files.map { ($0.path, StableHasher.hash($0.text)) })
        let themeHash = theme.map(Self.fingerprint) ?? 0
        let previous = writer.readState()
        func report(_ diagnostics: [Diagnostic], pages: Int = 0, rendered: [String] = [], written: Int = 0,
            unchanged: Int = 0, removed: Int = 0, succeeded: Bool) -> BuildReport {
            BuildReport(
                diagnostics: diagnostics, pages: pages, rendered: rendered.count, renderedPaths: rendered.sorted(),
                written: written, unchanged: unchanged, removed: removed, seconds: Self.seconds(clock.now - start),
                timings: timings, succeeded: succeeded)
        }

        // Nothing changed since the last build: no file is parsed again and no page rendered.
        if let previous, previous.fileHashes == fileHashes, previous.themeHash == themeHash,
            previous.strict == options.strict, writer.allExist(previous.pageFingerprints.keys)
        {
            let diagnostics = previous.diagnostics + themeDiagnostics
            if isBlocking(diagnostics) { return report(diagnostics, succeeded: false) }
            let pages = previous.pageFingerprints.count
            return report(diagnostics, pages: pages, unchanged: pages + (theme?.assets.count ?? 0), succeeded: true)
        }

        let content = ContentLoader().load(files)
        lap("parse")
        var (model, diagnostics) = ModelResolver().resolve(content)
        lap("resolve")
        let modelDiagnostics = diagnostics
        diagnostics += themeDiagnostics
        var renderer: PageRenderer?
        if let model, let theme {
            let made = PageRenderer.make(model: model, theme: theme)
            renderer = made.0
            diagnostics += made.1
        }
        guard !isBlocking(diagnostics), let model, let theme, let renderer else {
            return report(diagnostics, succeeded: false)
        }

        lap("templates")
        let batches = PagePlanner().batches(model)
        let pages = batches.flatMap(\.self)
        let fingerprinter = PageFingerprinter(index: renderer.index, themeHash: themeHash, fileHashes: fileHashes)
        var fingerprints: [String: UInt64] = [:]
        for page in pages { fingerprints[page.path] = fingerprinter.fingerprint(of: page) }
        // Render a page when its data changed, or when its file is gone; all pages without a state.
        let stale = batches.map { batch in
            batch.filter { page in
                previous?.pageFingerprints[page.path] != fingerprints[page.path] || !writer.allExist([page.path])
            }
        }
        let assetPaths = theme.assets.keys.sorted()
        try writer.prepare(paths: stale.flatMap { $0.map(\.path) } + assetPaths)
        var written = 0
        var unchanged = 0
        for path in assetPaths {
            switch try writer.write(theme.assets[path]!, to: path) {
            case .written: written += 1
            case .unchanged: unchanged += 1
            }
        }
        lap("plan")
        let counts = try await renderAndWrite(stale, renderer: renderer, writer: writer)
        lap("render and write")
        let rendered = stale.flatMap { $0.map(\.path) }
        written += counts.written
        unchanged += counts.unchanged + (pages.count - rendered.count)
        let removed = try writer.finish(produced: Set(pages.map(\.path) + assetPaths))
        try writer.writeState(
            BuildState(
                format: BuildState.format, strict: options.strict, themeHash: themeHash, fileHashes: fileHashes,
                diagnostics: modelDiagnostics, pageFingerprints: fingerprints))
        lap("finish")
        return report(
            diagnostics, pages: pages.count, rendered: rendered, written: written, unchanged: unchanged, removed: removed,
            succeeded: true)
    }

    private func isBlocking(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error || (options.strict && $0.severity == .warning) }
    }

    /// Every template and asset of the theme, so a theme edit re-renders every page.
    private static func fingerprint(_ theme: Theme) -> UInt64 {
        var hasher = StableHasher()
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(template.text)
        }
        for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(String(decoding: bytes, as: UTF8.self))
        }
        return hasher.value
    }

    /// Renders on every core, one batch (one company's pages) per task, at most one task per core;
    /// each task writes its pages as it makes them and returns only counts.
    private func renderAndWrite(_ batches: [[PlannedPage]], renderer: PageRenderer, writer: OutputWriter)
        async throws -> (written: Int, unchanged: Int)
    {
        let total = batches.reduce(0) { $0 + $1.count }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return try await withThrowingTaskGroup(of: (written: Int, unchanged: Int, pages: Int).self) { group in
            var next = batches.indices.makeIterator()
            func start(_ index: Int) {
                group.addTask {
                    let cache = FragmentCache()
                    var counts = (written: 0, unchanged: 0, pages: batches[index].count)
                    for page in batches[index] {
                        switch try writer.write(Array(renderer.render(page, cache: cache).utf8), to: page.path) {
                        case .written: counts.written += 1
                        case .unchanged: counts.unchanged += 1
                        }
                    }
                    return counts
                }
            }
            for _ in 0..<workers { if let index = next.next() { start(index) } }
            var totals = (written: 0, unchanged: 0)
            var done = 0
            for try await counts in group {
                totals.written += counts.written
                totals.unchanged += counts.unchanged
                done += counts.pages
                options.progress?(done, total)
                if let index = next.next() { start(index) }
            }
            return totals
        }
    }

    private func loadModel() throws -> (model: SiteModel?, diagnostics: [Diagnostic]) {
        let files = try SourceTree(root: options.root).scan()
        let content = ContentLoader().load(files)
        return ModelResolver().resolve(content)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

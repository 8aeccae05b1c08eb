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
        var (model, diagnostics) = try loadModel()
        let (theme, themeDiagnostics) = ThemeLoader(root: options.root, name: options.theme).load()
        diagnostics += themeDiagnostics
        var renderer: PageRenderer?
        if let model, let theme {
            let made = PageRenderer.make(model: model, theme: theme)
            renderer = made.0
            diagnostics += made.1
        }
        func failed() -> BuildReport {
            BuildReport(
                diagnostics: diagnostics, pages: 0, written: 0, unchanged: 0, removed: 0,
                seconds: Self.seconds(clock.now - start), succeeded: false)
        }
        let blocking = diagnostics.contains { $0.severity == .error || (options.strict && $0.severity == .warning) }
        guard !blocking, let model, let theme, let renderer else { return failed() }

        let batches = PagePlanner().batches(model)
        let pages = batches.flatMap(\.self)
        let writer = OutputWriter(folder: options.output)
        let assetPaths = theme.assets.keys.sorted()
        try writer.prepare(paths: pages.map(\.path) + assetPaths)
        var written = 0
        var unchanged = 0
        for path in assetPaths {
            switch try writer.write(theme.assets[path]!, to: path) {
            case .written: written += 1
            case .unchanged: unchanged += 1
            }
        }
        let counts = try await Self.renderAndWrite(batches, renderer: renderer, writer: writer)
        written += counts.written
        unchanged += counts.unchanged
        let removed = try writer.finish(produced: Set(pages.map(\.path) + assetPaths))
        return BuildReport(
            diagnostics: diagnostics, pages: pages.count, written: written, unchanged: unchanged, removed: removed,
            seconds: Self.seconds(clock.now - start), succeeded: true)
    }

    /// Renders on every core, a batch (one company's pages) at a time; each task writes its pages
    /// as it makes them and returns only counts.
    private static func renderAndWrite(_ batches: [[PlannedPage]], renderer: PageRenderer, writer: OutputWriter)
        async throws -> (written: Int, unchanged: Int)
    {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var written = 0
                    var unchanged = 0
                    for index in stride(from: worker, to: batches.count, by: workers) {
                        let cache = FragmentCache()
                        for page in batches[index] {
                            let html = renderer.render(page, cache: cache)
                            switch try writer.write(Array(html.utf8), to: page.path) {
                            case .written: written += 1
                            case .unchanged: unchanged += 1
                            }
                        }
                    }
                    return (written, unchanged)
                }
            }
            var total = (written: 0, unchanged: 0)
            for try await (w, u) in group {
                total.written += w
                total.unchanged += u
            }
            return total
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

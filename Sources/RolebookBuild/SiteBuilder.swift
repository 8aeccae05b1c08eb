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

        let reports = options.reports || options.pdf
        let optionsKey = "reports=\(reports);paper=\(options.paper.rawValue)"
        // Checked before anything is read further or written: a missing browser is not a content error.
        if options.pdf, PDFPrinter.chromium() == nil {
            return report([.error(PDFPrinter.missingMessage, at: nil)], succeeded: false)
        }

        // Nothing changed since the last build: no file is parsed again and no page rendered.
        if let previous, previous.fileHashes == fileHashes, previous.themeHash == themeHash,
            previous.strict == options.strict, previous.options == optionsKey, !options.pdf, options.fragments == nil,
            options.bundles == nil, writer.allExist(previous.pageFingerprints.keys)
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
        guard !isBlocking(diagnostics), let model, let theme, var renderer else {
            return report(diagnostics, succeeded: false)
        }
        renderer.reports = reports
        renderer.paper = options.paper
        // Reports travel on their own: they link to the published site, or nowhere.
        renderer.outside = OutsideLinks(root: model.settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" })

        lap("templates")
        let batches = PagePlanner().batches(model, reports: reports)
        let pages = batches.flatMap(\.self)
        let fingerprinter = PageFingerprinter(
            index: renderer.index, themeHash: themeHash, fileHashes: fileHashes, options: optionsKey)
        var fingerprints: [String: UInt64] = [:]
        for page in pages { fingerprints[page.path] = fingerprinter.fingerprint(of: page) }
        // Render a page when its data changed, or when its file is gone; all pages without a state.
        let stale = batches.map { batch in
            batch.filter { page in
                previous?.pageFingerprints[page.path] != fingerprints[page.path] || !writer.allExist([page.path])
            }
        }
        lap("plan")
        var counts = try await write(stale, theme: theme, renderer: renderer, to: writer)
        lap("render and write")
        var produced = Set(pages.map(\.path) + theme.assets.keys)
        if reports {
            let exports = try Self.exports(renderer: renderer, diagnostics: modelDiagnostics)
            try writer.prepare(paths: exports.map(\.path))
            for (path, bytes) in exports { counts.add(try writer.write(bytes, to: path)) }
            produced.formUnion(exports.map(\.path))
        }
        if options.pdf {
            let printed = try await printPDFs(stale.flatMap(\.self), all: pages, in: options.output)
            produced.formUnion(printed)
            lap("pdf")
        }
        let rendered = stale.flatMap { $0.map(\.path) }
        counts.unchanged += pages.count - rendered.count
        let removed = try writer.finish(produced: produced)
        try writer.writeState(
            BuildState(
                format: BuildState.format, strict: options.strict, options: optionsKey, themeHash: themeHash,
                fileHashes: fileHashes, diagnostics: modelDiagnostics, pageFingerprints: fingerprints))
        if let folder = options.fragments {
            try writeFragments(renderer: renderer, to: folder)
            lap("fragments")
        }
        if let folder = options.bundles {
            try await writeBundles(model: model, theme: theme, to: folder)
            lap("bundles")
        }
        lap("finish")
        return report(
            diagnostics, pages: pages.count, rendered: rendered, written: counts.written, unchanged: counts.unchanged,
            removed: removed, succeeded: true)
    }

    /// Counts of files written and left alone.
    struct WriteCounts {
        var written = 0
        var unchanged = 0

        mutating func add(_ outcome: OutputWriter.Outcome) {
            switch outcome {
            case .written: written += 1
            case .unchanged: unchanged += 1
            }
        }
    }

    /// The theme's assets and the given pages, into one output folder.
    private func write(_ batches: [[PlannedPage]], theme: Theme, renderer: PageRenderer, to writer: OutputWriter)
        async throws -> WriteCounts
    {
        let assetPaths = theme.assets.keys.sorted()
        try writer.prepare(paths: batches.flatMap { $0.map(\.path) } + assetPaths)
        var counts = WriteCounts()
        for path in assetPaths { counts.add(try writer.write(theme.assets[path]!, to: path)) }
        let pages = try await renderAndWrite(batches, renderer: renderer, writer: writer)
        counts.written += pages.written
        counts.unchanged += pages.unchanged
        return counts
    }

    /// The role matrix CSV, the model as JSON and one calendar per company.
    static func exports(renderer: PageRenderer, diagnostics: [Diagnostic]) throws -> [(path: String, bytes: [UInt8])] {
        let index = renderer.index
        var files: [(String, [UInt8])] = [
            ("exports/role-matrix.csv", Array(RoleMatrixCSV.make(index).utf8)),
            ("exports/model.json", Array(try ModelJSON.make(index, contacts: renderer.contactRows(for:), warnings: diagnostics))),
        ]
        for company in index.model.companies {
            files.append(
                ("exports/\(company.id).ics", Array(RenewalCalendar.make(company, asOf: index.model.settings.asOf).utf8)))
        }
        return files
    }

    /// Prints reports and packets: those just rendered, and any whose PDF is missing.
    private func printPDFs(_ rendered: [PlannedPage], all pages: [PlannedPage], in folder: URL) async throws -> [String] {
        let renderedPaths = Set(rendered.map(\.path))
        var jobs: [(html: String, pdf: String)] = []
        for page in pages {
            let pdf: String
            switch page.kind {
            case let .report(id): pdf = Route.reportPDF(id)
            case let .packet(id): pdf = Route.packetPDF(id)
            default: continue
            }
            if renderedPaths.contains(page.path) || access(folder.appendingPathComponent(pdf).path, F_OK) != 0 {
                jobs.append((page.path, pdf))
            }
        }
        try await PDFPrinter(folder: folder).print(jobs)
        return pages.compactMap { page in
            switch page.kind {
            case let .report(id): Route.reportPDF(id)
            case let .packet(id): Route.packetPDF(id)
            default: nil
            }
        }
    }

    /// Contract role cards, who-to-contact summaries and person cards, outside the site's page tree.
    private func writeFragments(renderer: PageRenderer, to folder: URL) throws {
        let writer = OutputWriter(folder: folder)
        let model = renderer.index.model
        var files: [(String, String)] = []
        for company in model.companies {
            for contract in company.contracts {
                files.append(("contracts/\(contract.id)/contacts.html", renderer.contactsFragment(contract: contract.id, links: renderer.outside)))
                for role in model.roleSetsByID[contract.roleSetID]?.roles ?? [] {
                    files.append((
                        "contracts/\(contract.id)/\(role.id).html",
                        renderer.roleCardFragment(contract: contract.id, role: role.id, links: renderer.outside)))
                }
            }
        }
        for person in model.people {
            files.append(("people/\(person.id).html", renderer.personCardFragment(person: person.id, links: renderer.outside)))
        }
        try writer.prepare(paths: files.map(\.0))
        for (path, html) in files { _ = try writer.write(Array(html.utf8), to: path) }
        _ = try writer.finish(produced: Set(files.map(\.0)))
    }

    /// One self-contained site per company, from the model narrowed to that company, and a zip of it.
    private func writeBundles(model: SiteModel, theme: Theme, to folder: URL) async throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for company in model.companies {
            let narrowed = BundleScope.model(model, narrowedTo: company.id)
            guard var renderer = PageRenderer.make(model: narrowed, theme: theme).0 else { continue }
            renderer.reports = true
            renderer.paper = options.paper
            // Inside a bundle, reports and packets link to the bundle's own pages.
            renderer.outside = OutsideLinks(root: "../")
            let target = folder.appendingPathComponent(company.id)
            let writer = OutputWriter(folder: target)
            let batches = PagePlanner().batches(narrowed, reports: true)
            _ = try await write(batches, theme: theme, renderer: renderer, to: writer)
            var produced = Set(batches.flatMap { $0.map(\.path) } + theme.assets.keys)
            let exports = try Self.exports(renderer: renderer, diagnostics: [])
            try writer.prepare(paths: exports.map(\.path))
            for (path, bytes) in exports {
                _ = try writer.write(bytes, to: path)
                produced.insert(path)
            }
            if options.pdf {
                produced.formUnion(try await printPDFs(batches.flatMap(\.self), all: batches.flatMap(\.self), in: target))
            }
            _ = try writer.finish(produced: produced)
            try BundleZip.write(folder: target, files: produced.sorted(), to: folder.appendingPathComponent("\(company.id).zip"),
                date: model.settings.asOf)
        }
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

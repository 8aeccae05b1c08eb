import Foundation
import RolebookCore
import RolebookRender
import RolebookSource

/// The whole pipeline in one readable place: scan, load, resolve and validate, then plan, render
/// and write. Reading happens first and writing last; nothing is written unless validation passed.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// Everything `build` does before it plans and writes (read, parse, resolve, load and compile
    /// the theme), so a template error fails `check` as it fails `build`; nothing is written.
    public func check() throws -> [Diagnostic] {
        let files = try SourceTree(root: options.root).scan()
        return prepare(files, theme: ThemeLoader(root: options.root, name: options.theme).load()).diagnostics
    }

    /// Whether these diagnostics stop a run: any error, or with `--strict` any warning. The one
    /// place that decides it, for `build`, `check` and the command line.
    public func blocks(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error || (options.strict && $0.severity == .warning) }
    }

    /// The model and the renderer made from it and the theme, with every diagnostic found on the
    /// way; the renderer is made only from a model and theme without errors.
    struct Prepared {
        var model: SiteModel?
        var theme: Theme?
        var renderer: PageRenderer?
        /// The content's own diagnostics, which the build state keeps for unchanged rebuilds.
        var modelDiagnostics: [Diagnostic]
        var diagnostics: [Diagnostic]
    }

    private func prepare(_ files: [SourceFile], theme loaded: (Theme?, [Diagnostic]), lap: (String) -> Void = { _ in })
        -> Prepared
    {
        let content = ContentLoader().load(files)
        lap("parse")
        let (model, modelDiagnostics) = ModelResolver().resolve(content)
        lap("resolve")
        var prepared = Prepared(
            model: model, theme: loaded.0, renderer: nil, modelDiagnostics: modelDiagnostics,
            diagnostics: modelDiagnostics + loaded.1)
        guard !prepared.diagnostics.contains(where: { $0.severity == .error }), let model, let theme = loaded.0 else {
            return prepared
        }
        let (renderer, templateDiagnostics) = PageRenderer.make(model: model, theme: theme)
        prepared.renderer = renderer
        prepared.diagnostics += templateDiagnostics
        lap("templates")
        return prepared
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
        func report(_ diagnostics: [Diagnostic], pages: Int = 0, rendered: [String] = [], written: Int = 0,
            unchanged: Int = 0, removed: Int = 0, kept: [String] = [], succeeded: Bool) -> BuildReport {
            BuildReport(
                diagnostics: diagnostics, pages: pages, rendered: rendered.count, renderedPaths: rendered.sorted(),
                written: written, unchanged: unchanged, removed: removed, kept: kept,
                seconds: Self.seconds(clock.now - start), timings: timings, succeeded: succeeded)
        }

        // Where the build may write is settled before anything is read: a bad folder is not a content error.
        let layout = OutputLayout(root: options.root, folders: ownedFolders).problems()
        if !layout.isEmpty { return report(layout, succeeded: false) }
        if options.pdf, PDFPrinter.chromium() == nil {
            return report([.error(PDFPrinter.missingMessage, at: nil)], succeeded: false)
        }
        let files = try SourceTree(root: options.root).scan()
        lap("read")
        let (theme, themeDiagnostics) = ThemeLoader(root: options.root, name: options.theme).load()
        let fileHashes = Dictionary(uniqueKeysWithValues: files.map { ($0.path, StableHasher.hash($0.text)) })
        let themeHash = theme.map(Self.fingerprint) ?? 0
        let reports = options.reports || options.pdf
        let optionsKey = "reports=\(reports);paper=\(options.paper.rawValue)"

        // Opened (and locked) now when it exists, so the state read is the state of what is on disk.
        var output = try open(options.output, create: false)
        let previous = output.flatMap(Self.readState)

        // Nothing changed since the last build: no file is parsed again and no page rendered.
        if !options.force, let output, let previous, previous.fileHashes == fileHashes, previous.themeHash == themeHash,
            previous.strict == options.strict, previous.options == optionsKey, !options.pdf, options.fragments == nil,
            options.bundles == nil, previous.pageFingerprints.keys.allSatisfy(output.hasFile)
        {
            let diagnostics = previous.diagnostics + themeDiagnostics
            if blocks(diagnostics) { return report(diagnostics, succeeded: false) }
            let pages = previous.pageFingerprints.count
            return report(diagnostics, pages: pages, unchanged: pages + (theme?.assets.count ?? 0), succeeded: true)
        }

        let prepared = prepare(files, theme: (theme, themeDiagnostics), lap: lap)
        let diagnostics = prepared.diagnostics
        let modelDiagnostics = prepared.modelDiagnostics
        guard !blocks(diagnostics), let model = prepared.model, let theme, var renderer = prepared.renderer else {
            return report(diagnostics, succeeded: false)
        }
        renderer.reports = reports
        renderer.paper = options.paper
        // Reports travel on their own: they link to the published site, or nowhere.
        renderer.outside = OutsideLinks(root: model.settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" })
        let batches = PagePlanner().batches(model, reports: reports)
        let pages = batches.flatMap(\.self)
        let fingerprinter = PageFingerprinter(
            index: renderer.index, themeHash: themeHash, fileHashes: fileHashes, options: optionsKey)
        var fingerprints: [String: UInt64] = [:]
        for page in pages { fingerprints[page.path] = fingerprinter.fingerprint(of: page) }
        // Render a page when its data changed, or when its file is not the one this tool recorded;
        // every page when the user hands the folder over with --force.
        let stale = batches.map { batch in
            batch.filter { page in
                guard !options.force, let output, let previous, previous.pageFingerprints[page.path] == fingerprints[page.path],
                    output.claims[page.path]?.count == 1
                else { return true }
                return !output.hasFile(page.path)
            }
        }
        let exports = reports ? try Self.exports(renderer: renderer, diagnostics: modelDiagnostics) : []
        let pdfs = options.pdf ? Self.pdfPaths(pages) : []
        let fragments = options.fragments.map { _ in fragmentFiles(renderer: renderer) } ?? []
        let bundles = try options.bundles.map { _ in try bundlePlans(model: model, theme: theme) } ?? []
        lap("plan")

        // Everything that would be overwritten is checked in every folder before one file is written.
        let outputPaths = stale.flatMap { $0.map(\.path) } + theme.assets.keys.sorted() + exports.map(\.path) + pdfs.map(\.pdf)
        var problems = duplicates(in: pages.map(\.path) + theme.assets.keys + exports.map(\.path) + pdfs.map(\.pdf))
        // Folders that do not exist yet hold nothing in the way: they are made only once the whole
        // build is known to write, then checked again in case another build made them meanwhile.
        var targets: [(url: URL, folder: OwnedFolder?, paths: [String])] = [(options.output, output, outputPaths)]
        if let url = options.fragments { targets.append((url, try open(url, create: false), fragments.map(\.path))) }
        if let url = options.bundles { targets.append((url, try open(url, create: false), bundles.flatMap(\.paths))) }
        for target in targets { problems += target.folder?.check(target.paths) ?? [] }
        for (index, target) in targets.enumerated() where target.folder == nil {
            let made = try open(target.url, create: true)!
            problems += made.check(target.paths)
            targets[index].folder = made
        }
        if !problems.isEmpty { return report(diagnostics + problems, succeeded: false) }
        let folders = targets.compactMap(\.folder)
        output = folders[0]
        let fragmentFolder = options.fragments.map { _ in folders[1] }
        let bundleFolder = options.bundles.map { _ in folders[folders.count - 1] }
        guard let output else { return report(diagnostics, succeeded: false) }

        try output.prepare(outputPaths)
        var produced: [String: UInt64] = [:]
        var counts = try await write(stale, assets: theme.assets, renderer: renderer, to: output, produced: &produced)
        lap("render and write")
        for (path, bytes) in exports { counts.add(try output.write(bytes, to: path), path, &produced) }
        if options.pdf {
            try await printPDFs(pdfs, rendered: Set(stale.flatMap { $0.map(\.path) }), in: output, counts: &counts, produced: &produced)
            lap("pdf")
        }
        let rendered = stale.flatMap { $0.map(\.path) }
        counts.unchanged += pages.count - rendered.count
        for page in pages where produced[page.path] == nil { produced[page.path] = output.claims[page.path]?.first }
        let finished = try output.finish(produced: produced)
        let state = BuildState(
            format: BuildState.format, strict: options.strict, options: optionsKey, themeHash: themeHash,
            fileHashes: fileHashes, diagnostics: modelDiagnostics, pageFingerprints: fingerprints)
        try Self.writeState(state, to: output)
        output.commit()
        if let fragmentFolder {
            try writeFiles(fragments, to: fragmentFolder)
            lap("fragments")
        }
        if let bundleFolder {
            try await writeBundles(bundles, model: model, to: bundleFolder)
            lap("bundles")
        }
        lap("finish")
        return report(
            diagnostics, pages: pages.count, rendered: rendered, written: counts.written, unchanged: counts.unchanged,
            removed: finished.removed, kept: finished.kept, succeeded: true)
    }

    /// The folders this build owns, by the option that names them.
    private var ownedFolders: [OutputLayout.Folder] {
        [OutputLayout.Folder(option: "--output", url: options.output)]
            + [options.fragments.map { OutputLayout.Folder(option: "--fragments", url: $0) }].compactMap { $0 }
            + [options.bundles.map { OutputLayout.Folder(option: "--bundles", url: $0) }].compactMap { $0 }
    }

    private func open(_ url: URL, create: Bool) throws -> OwnedFolder? {
        let name = Self.displayName(url)
        return try OwnedFolder.open(url, displayName: name, create: create, force: options.force) {
            options.waiting?(name)
        }
    }

    /// The folder as the user would write it: relative to the working folder when inside it.
    static func displayName(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let here = FileManager.default.currentDirectoryPath
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }

    /// Two outputs planned at one path would overwrite each other; ids are checked when content
    /// loads, so this is the last line of defence, never a user's first message.
    private func duplicates(in paths: some Sequence<String>) -> [Diagnostic] {
        var seen: Set<String> = []
        var problems: [Diagnostic] = []
        for path in paths where !seen.insert(path).inserted {
            problems.append(.error("two outputs would be written to \(path)", at: nil))
        }
        return problems
    }

    static func readState(_ folder: OwnedFolder) -> BuildState? {
        // After an interrupted build the folder may hold pages the state does not describe.
        guard !folder.wasInterrupted, let bytes = folder.readControl(BuildState.fileName),
            let state = try? JSONDecoder().decode(BuildState.self, from: Data(bytes)), state.format == BuildState.format
        else { return nil }
        return state
    }

    static func writeState(_ state: BuildState, to folder: OwnedFolder) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try folder.writeControl(BuildState.fileName, Array(try encoder.encode(state)))
    }

    /// Counts of files written and left alone.
    struct WriteCounts {
        var written = 0
        var unchanged = 0

        mutating func add(_ result: (outcome: OwnedFolder.Outcome, hash: UInt64), _ path: String, _ produced: inout [String: UInt64]) {
            switch result.outcome {
            case .written: written += 1
            case .unchanged: unchanged += 1
            }
            produced[path] = result.hash
        }
    }

    /// The theme's assets and the given pages, into one owned folder, under `prefix`.
    private func write(
        _ batches: [[PlannedPage]], assets: [String: [UInt8]], renderer: PageRenderer, to folder: OwnedFolder,
        prefix: String = "", produced: inout [String: UInt64]
    ) async throws -> WriteCounts {
        var counts = WriteCounts()
        for path in assets.keys.sorted() { counts.add(try folder.write(assets[path]!, to: prefix + path), prefix + path, &produced) }
        for (path, hash, outcome) in try await renderAndWrite(batches, renderer: renderer, to: folder, prefix: prefix) {
            counts.add((outcome, hash), path, &produced)
        }
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
                (Route.calendar(company.id), Array(RenewalCalendar.make(company, asOf: index.model.settings.asOf).utf8)))
        }
        return files
    }

    /// Each report and packet with the path of its PDF.
    private static func pdfPaths(_ pages: [PlannedPage]) -> [(html: String, pdf: String)] {
        pages.compactMap { page in
            switch page.kind {
            case let .report(id): (page.path, Route.reportPDF(id))
            case let .packet(id): (page.path, Route.packetPDF(id))
            default: nil
            }
        }
    }

    /// Prints reports and packets: those just rendered, and any whose PDF is not the one this tool
    /// recorded. The HTML is read back from the owned folder, never through a link.
    private func printPDFs(
        _ jobs: [(html: String, pdf: String)], rendered: Set<String>, in folder: OwnedFolder, prefix: String = "",
        counts: inout WriteCounts, produced: inout [String: UInt64]
    ) async throws {
        var due: [(pdf: String, page: (path: String, html: [UInt8]))] = []
        for job in jobs {
            let pdf = prefix + job.pdf
            if !rendered.contains(job.html), folder.claims[pdf]?.count == 1, folder.hasFile(pdf) {
                produced[pdf] = folder.claims[pdf]!.first
                counts.unchanged += 1
                continue
            }
            guard let html = folder.read(prefix + job.html) else {
                throw OwnedFolderError.cannotOpen("\(folder.displayName)/\(prefix + job.html)", reason: "not a regular file")
            }
            due.append((pdf, (prefix + job.html, html)))
        }
        let printed = try await PDFPrinter().print(due.map(\.page))
        for (job, bytes) in zip(due, printed) { counts.add(try folder.write(bytes, to: job.pdf), job.pdf, &produced) }
    }

    /// Contract role cards, who-to-contact summaries and person cards, outside the site's page tree.
    private func fragmentFiles(renderer: PageRenderer) -> [(path: String, bytes: [UInt8])] {
        let model = renderer.index.model
        var files: [(String, String)] = []
        for company in model.companies {
            for contract in company.contracts {
                files.append((Route.Fragment.contacts(contract.id), renderer.contactsFragment(contract: contract.id, links: renderer.outside)))
                for role in model.roleSetsByID[contract.roleSetID]?.roles ?? [] {
                    files.append((
                        Route.Fragment.roleCard(contract.id, role.id),
                        renderer.roleCardFragment(contract: contract.id, role: role.id, links: renderer.outside)))
                }
            }
        }
        for person in model.people {
            files.append((Route.Fragment.personCard(person.id), renderer.personCardFragment(person: person.id, links: renderer.outside)))
        }
        return files.map { ($0.0, Array($0.1.utf8)) }
    }

    /// Writes a whole set of files into an owned folder and removes what it no longer holds.
    private func writeFiles(_ files: [(path: String, bytes: [UInt8])], to folder: OwnedFolder) throws {
        try folder.prepare(files.map(\.path))
        var produced: [String: UInt64] = [:]
        for (path, bytes) in files { produced[path] = try folder.write(bytes, to: path).hash }
        _ = try folder.finish(produced: produced)
        folder.commit()
    }

    /// One company's bundle, planned: what it renders and every path it will write.
    struct BundlePlan {
        var companyID: String
        var renderer: PageRenderer
        var batches: [[PlannedPage]]
        var exports: [(path: String, bytes: [UInt8])]
        var pdfs: [(html: String, pdf: String)]
        var assets: [String: [UInt8]]

        var files: [String] { batches.flatMap { $0.map(\.path) } + assets.keys + exports.map(\.path) + pdfs.map(\.pdf) }
        var paths: [String] { files.map { "\(companyID)/\($0)" } + ["\(companyID).zip"] }
    }

    /// One self-contained site per company, from the model narrowed to that company.
    private func bundlePlans(model: SiteModel, theme: Theme) throws -> [BundlePlan] {
        try model.companies.compactMap { company in
            let narrowed = BundleScope.model(model, narrowedTo: company.id)
            guard var renderer = PageRenderer.make(model: narrowed, theme: theme).0 else { return nil }
            renderer.reports = true
            renderer.paper = options.paper
            // Inside a bundle, reports and packets link to the bundle's own pages.
            renderer.outside = OutsideLinks(root: "../")
            let batches = PagePlanner().batches(narrowed, reports: true)
            return BundlePlan(
                companyID: company.id, renderer: renderer, batches: batches,
                exports: try Self.exports(renderer: renderer, diagnostics: []),
                pdfs: options.pdf ? Self.pdfPaths(batches.flatMap(\.self)) : [], assets: theme.assets)
        }
    }

    /// Writes each planned bundle's site and its zip.
    private func writeBundles(_ plans: [BundlePlan], model: SiteModel, to folder: OwnedFolder) async throws {
        try folder.prepare(plans.flatMap(\.paths))
        var produced: [String: UInt64] = [:]
        for plan in plans {
            let prefix = plan.companyID + "/"
            var counts = try await write(plan.batches, assets: plan.assets, renderer: plan.renderer, to: folder, prefix: prefix, produced: &produced)
            for (path, bytes) in plan.exports { counts.add(try folder.write(bytes, to: prefix + path), prefix + path, &produced) }
            if options.pdf {
                try await printPDFs(
                    plan.pdfs, rendered: Set(plan.batches.flatMap { $0.map(\.path) }), in: folder, prefix: prefix, counts: &counts, produced: &produced)
            }
            var files: [(path: String, bytes: [UInt8])] = []
            for path in plan.files {
                guard let bytes = folder.read(prefix + path) else {
                    throw OwnedFolderError.cannotOpen("\(folder.displayName)/\(prefix + path)", reason: "not a regular file")
                }
                files.append((path, bytes))
            }
            let zip = try BundleZip.make(files: files, date: model.settings.asOf)
            produced["\(plan.companyID).zip"] = try folder.write(zip, to: "\(plan.companyID).zip").hash
        }
        _ = try folder.finish(produced: produced)
        folder.commit()
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
    /// each task writes its pages as it makes them and returns only what it wrote.
    private func renderAndWrite(_ batches: [[PlannedPage]], renderer: PageRenderer, to folder: OwnedFolder, prefix: String)
        async throws -> [(path: String, hash: UInt64, outcome: OwnedFolder.Outcome)]
    {
        let total = batches.reduce(0) { $0 + $1.count }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        typealias Written = [(path: String, hash: UInt64, outcome: OwnedFolder.Outcome)]
        return try await withThrowingTaskGroup(of: Written.self) { group in
            var next = batches.indices.makeIterator()
            func start(_ index: Int) {
                group.addTask {
                    let cache = FragmentCache()
                    var written: Written = []
                    for page in batches[index] {
                        let path = prefix + page.path
                        let result = try folder.write(Array(renderer.render(page, cache: cache).utf8), to: path)
                        written.append((path, result.hash, result.outcome))
                    }
                    return written
                }
            }
            for _ in 0..<workers { if let index = next.next() { start(index) } }
            var all: Written = []
            for try await written in group {
                all += written
                options.progress?(all.count, total)
                if let index = next.next() { start(index) }
            }
            return all
        }
    }


    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

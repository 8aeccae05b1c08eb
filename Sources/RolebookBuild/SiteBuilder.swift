import Foundation
import RolebookCore
import RolebookRender
import RolebookSource

/// The whole pipeline in one readable place: scan, load, resolve and validate, then plan, render
/// and write. Reading happens first and writing last; nothing is written unless validation passed.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    /// A builder for one site; it holds no state between runs.
    public init(options: BuildOptions) { self.options = options }

    /// Everything `build` does before it plans and writes (read, parse, resolve, load and compile
    /// the theme), so a template error fails `check` as it fails `build`; nothing is written.
    public func check() throws -> [Diagnostic] {
        let files = try SourceTree(root: options.root).scan()
        let prepared = try prepare(files, theme: ThemeLoader(root: options.root, name: options.theme).load())
        return prepared.diagnostics + (try staleness(files))
    }

    /// The outputs the site asks for in `content/site.yaml` (`build:`), for the command line to
    /// merge with its flags; nothing when the file is missing or broken (the build reports why).
    public static func outputs(root: URL) -> SiteOutputs {
        let url = root.appendingPathComponent("content/site.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return SiteOutputs() }
        return DataDate.settings(in: [SourceFile(path: "content/site.yaml", text: text)])?.outputs ?? SiteOutputs()
    }

    /// Whether the data's date has grown old against today; recomputed on every run, unchanged or not.
    private func staleness(_ files: [SourceFile]) throws -> [Diagnostic] {
        guard let today = options.today else { return [] }
        return DataDate.staleness(of: DataDate.settings(in: files), today: today, overridden: options.asOf != nil)
    }

    /// Whether these diagnostics stop a run: any error, or with `--strict` any warning. The one
    /// place that decides it, for `build`, `check` and the command line.
    public func blocks(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains {
            $0.severity == .error || (options.strict && $0.severity == .warning && !$0.isAdvisory)
        }
    }

    /// The model and the compiled theme, with every diagnostic found on the way; the theme is
    /// compiled only when the model and theme have no errors.
    struct Prepared {
        /// What a build needs to plan: present only when nothing on the way was an error.
        struct Ready {
            /// One per language the site is published in, the default first.
            var editions: [Edition]
            var theme: Theme

            /// The default language's model, templates and changes.
            var model: SiteModel { editions[0].model }
            var templates: CompiledTheme { editions[0].templates }
            var changes: SiteChanges? { editions[0].changes }
        }

        /// The site in one language: the content read in it (its texts given per language, its
        /// translated guides), the theme with its words, and the changes worded in it.
        struct Edition {
            var language: PublishedLanguage
            var model: SiteModel
            var templates: CompiledTheme
            /// What changed since the earlier data (`--since`), for the change pages.
            var changes: SiteChanges?
        }

        var ready: Ready?
        /// The content's own diagnostics, which the build state keeps for unchanged rebuilds.
        var modelDiagnostics: [Diagnostic]
        var diagnostics: [Diagnostic]
    }

    private func prepare(_ files: [SourceFile], theme loaded: (Theme?, [Diagnostic]), lap: (String) -> Void = { _ in })
        throws -> Prepared
    {
        let asOf = try DataDate.override(options.asOf)
        let settings = DataDate.settings(in: files)
        let codes = settings?.languages ?? ["en"]
        let languageProblems = Self.missingWords(for: settings, in: loaded.0)
        func words(_ code: String) -> Strings { loaded.0?.languages[code] ?? .english }
        // The content is read once per language: a text given per language, and a guide's
        // translation, are what that language's pages show.
        let contents = codes.map { code in
            var content = ContentLoader(language: code, strings: words(code)).load(files)
            if let asOf { content.settings?.asOf = asOf }
            return content
        }
        lap("parse")
        let resolved = contents.map { ModelResolver().resolve($0) }
        lap("resolve")
        let modelDiagnostics = Self.merged(resolved.map(\.1), languages: codes)
        var prepared = Prepared(
            modelDiagnostics: modelDiagnostics, diagnostics: modelDiagnostics + loaded.1 + languageProblems)
        let earlier = resolved[0].0 == nil ? nil : earlierSide()
        prepared.diagnostics += earlier?.problems ?? []
        guard !prepared.diagnostics.contains(where: { $0.severity == .error }), let theme = loaded.0 else {
            return prepared
        }
        var editions: [Prepared.Edition] = []
        for (index, code) in codes.enumerated() {
            guard let model = resolved[index].0 else { return prepared }
            let strings = words(code)
            let (templates, templateDiagnostics) = CompiledTheme.compile(theme, strings: strings)
            // Every language compiles the same templates: their problems are reported once.
            if index == 0 { prepared.diagnostics += templateDiagnostics }
            guard let templates else { return prepared }
            let changes = earlier?.side.map {
                ModelComparer(
                    old: $0,
                    new: ModelComparer.Side(
                        model: model, masked: contents[index].imports.maskedPeople, source: "this build"),
                    strings: strings
                ).changes()
            }
            editions.append(
                Prepared.Edition(
                    language: PublishedLanguage(
                        code: code, name: strings.name, folder: index == 0 ? "" : code + "/"),
                    model: model, templates: templates, changes: changes))
        }
        prepared.ready = Prepared.Ready(editions: editions, theme: theme)
        lap("templates")
        return prepared
    }

    /// Each language the site names that the theme (and the site's `strings/`) has no words
    /// for, located where site.yaml names it.
    private static func missingWords(for settings: SiteSettings?, in theme: Theme?) -> [Diagnostic] {
        guard let settings, let theme, !theme.languages.isEmpty else { return [] }
        let known = theme.languages.keys.sorted().joined(separator: ", ")
        return settings.languages.enumerated().compactMap { index, code in
            guard theme.languages[code] == nil else { return nil }
            return .error(
                "the theme has no strings file for '\(code)' (it has \(known)): add strings/\(code).yaml to the site, see docs/languages.md",
                at: settings.languageLocations.indices.contains(index) ? settings.languageLocations[index] : nil)
        }
    }

    /// The diagnostics of every language's read, each once: the default language's, and of the
    /// others what only they find (an error, or a problem in a translated guide).
    private static func merged(_ perLanguage: [[Diagnostic]], languages: [String]) -> [Diagnostic] {
        guard var merged = perLanguage.first else { return [] }
        var seen = Set(merged)
        for (diagnostics, code) in zip(perLanguage.dropFirst(), languages.dropFirst()) {
            for diagnostic in diagnostics where !seen.contains(diagnostic) {
                guard diagnostic.severity == .error || diagnostic.location?.path.hasSuffix(".\(code).md") == true
                else { continue }
                seen.insert(diagnostic)
                merged.append(diagnostic)
            }
        }
        return merged
    }

    /// The earlier data to compare with (`--since`), read as `rolebook diff` reads it; nil
    /// without `--since`. Earlier data with errors stops the build with one error naming it: its
    /// own diagnostics belong to that folder, where `rolebook check` shows them.
    private func earlierSide() -> (side: ModelComparer.Side?, problems: [Diagnostic])? {
        guard let since = options.since else { return nil }
        let earlier: ModelComparer.Side
        do {
            let loaded = try ChangeSource.load(since, site: options.root)
            guard let side = loaded.side else {
                let count = loaded.diagnostics.count { $0.severity == .error }
                return (
                    nil,
                    [
                        .error(
                            "the earlier data given to --since (\(since)) has \(count) error\(count == 1 ? "" : "s"), "
                                + "so there is nothing to compare with (rolebook check shows them)", at: nil)
                    ]
                )
            }
            earlier = side
        } catch {
            return (nil, [.error("the earlier data given to --since (\(since)) cannot be read: \(error)", at: nil)])
        }
        return (earlier, [])
    }

    /// The pipeline: read, load and resolve, plan, claim the folders, render and write, finish.
    public func build() async throws -> BuildReport {
        var clock = BuildClock()
        // Where the build may write is settled before anything is read: a bad folder is not a content error.
        let preflight = preflightProblems()
        if !preflight.isEmpty { return clock.report(preflight, succeeded: false) }
        let tree = SourceTree(root: options.root)
        let theme = ThemeLoader(root: options.root, name: options.theme).load()
        // Opened (and locked) now when it exists, so the state read describes what is on disk.
        let existing = try open(options.output, create: false)
        var incremental = IncrementalBuild(theme: theme.0, options: options, output: existing)
        // Nothing changed since the last build: told from the files' signatures when they settled,
        // else from their hashes once read. Either way nothing is parsed or rendered.
        if let unchanged = incremental.unchangedSite(signatures: try tree.signatures(), in: existing, options: options)
        {
            clock.lap("read")
            // The only content read: the settings, for the data's age, judged against today on every run.
            let settings = unchanged.fileHashes.keys.filter(DataDate.isSettings).sorted().map(tree.read)
            return unchangedReport(
                unchanged, theme: theme, stale: try staleness(settings),
                rendered: incremental.renderedDiagnostics(in: existing), clock: clock)
        }
        let files = try tree.scan()
        clock.lap("read")
        incremental.read(files)
        if let unchanged = incremental.unchangedSite(in: existing, options: options) {
            return unchangedReport(
                unchanged, theme: theme, stale: try staleness(files),
                rendered: incremental.renderedDiagnostics(in: existing), clock: clock)
        }
        let stale = try staleness(files)
        var prepared = try prepare(files, theme: theme) { clock.lap($0) }
        prepared.diagnostics += stale
        guard !blocks(prepared.diagnostics), let ready = prepared.ready else {
            return clock.report(prepared.diagnostics, succeeded: false)
        }
        let plan = try BuildPlan(
            ready, options: options, incremental: incremental, existing: existing,
            modelDiagnostics: prepared.modelDiagnostics)
        clock.lap("plan")
        // Everything that would be overwritten, in every folder, is checked before one file is written.
        let claimed = try claimFolders(existing: existing, plan: plan)
        guard let output = claimed.output else {
            return clock.report(prepared.diagnostics + claimed.problems, succeeded: false)
        }
        try output.prepare(plan.writes)
        // One set of browsers for the whole build, the sites' PDFs and then the bundles'; stopped
        // however the build ends.
        let printer = options.pdf == nil ? nil : try ChromiumPrinter()
        defer { printer?.close() }
        let written = try await plan.write(to: output, progress: options.progress, printer: printer)
        clock.lap("render and write")
        let finished = try output.finish(produced: written.hashes)
        // The content's diagnostics rendered once, from the texts already read: printed now, and
        // by every unchanged rebuild after this one without reading a file.
        let texts = Dictionary(files.map { ($0.path, $0.text) }) { first, _ in first }
        let fromDisk = DiagnosticRenderer.files(under: options.root)
        var renderer = DiagnosticRenderer { texts[$0] ?? fromDisk($0) }
        let rendered = renderer.render(prepared.modelDiagnostics)
        try incremental.save(rendered: rendered, to: output)
        try incremental.save(
            fingerprints: plan.fingerprints, searchIndexes: plan.searchIndexes, files: Array(written.hashes.keys),
            diagnostics: prepared.modelDiagnostics, to: output)
        output.commit()
        if let fragments = plan.fragments, let folder = claimed.fragments { try fragments.write(to: folder) }
        if let bundles = plan.bundles, let folder = claimed.bundles {
            try await bundles.write(to: folder, printer: printer)
        }
        clock.lap("finish")
        var report = clock.report(
            prepared.diagnostics, succeeded: true, pages: plan.pageCount, rendered: plan.renderedPaths,
            files: written, removed: finished.removed, kept: finished.kept)
        report.renderedDiagnostics = (prepared.modelDiagnostics.count, rendered)
        return report
    }

    /// The report of a build that found nothing changed: the last build's diagnostics again (as it
    /// printed them, `rendered`), with the theme's and the data's age, which are judged anew.
    private func unchangedReport(
        _ unchanged: BuildState, theme: (Theme?, [Diagnostic]), stale: [Diagnostic], rendered: String?,
        clock: BuildClock
    ) -> BuildReport {
        let diagnostics = unchanged.diagnostics + theme.1 + stale
        var report = clock.report(diagnostics, succeeded: !blocks(diagnostics), unchanged: unchanged)
        report.renderedDiagnostics = rendered.map { (unchanged.diagnostics.count, $0) }
        return report
    }

    /// Problems that stop a build before anything is read: folders that break the ownership
    /// rules, and `--pdf` without a browser.
    private func preflightProblems() -> [Diagnostic] {
        let layout = OutputLayout(root: options.root, folders: ownedFolders).problems()
        if options.pdf != nil, ChromiumPrinter.chromium() == nil {
            return layout + [.error(ChromiumPrinter.missingMessage, at: nil)]
        }
        return layout
    }

    /// The owned folders of this build, opened, locked and checked; `output` is nil when something
    /// is in the way somewhere, and `problems` says what.
    struct ClaimedFolders {
        var output: OwnedFolder?
        var fragments: OwnedFolder?
        var bundles: OwnedFolder?
        var problems: [Diagnostic] = []
    }

    private func claimFolders(existing: OwnedFolder?, plan: BuildPlan) throws -> ClaimedFolders {
        var targets: [(url: URL, folder: OwnedFolder?, paths: [String])] = [
            (options.output, existing, plan.writes)
        ]
        if let url = options.fragments {
            targets.append((url, try open(url, create: false), plan.fragments?.paths ?? []))
        }
        if let url = options.bundles { targets.append((url, try open(url, create: false), plan.bundles?.paths ?? [])) }
        var problems = duplicates(in: plan.files)
        for target in targets { problems += target.folder?.check(target.paths) ?? [] }
        // Folders that do not exist yet hold nothing in the way: they are made only when nothing
        // else is, then checked again in case another build made them meanwhile.
        if problems.isEmpty {
            for (index, target) in targets.enumerated() where target.folder == nil {
                let made = try open(target.url, create: true)!
                problems += made.check(target.paths)
                targets[index].folder = made
            }
        }
        guard problems.isEmpty else { return ClaimedFolders(problems: problems) }
        let folders = targets.map(\.folder)
        return ClaimedFolders(
            output: folders[0], fragments: options.fragments == nil ? nil : folders[1],
            bundles: options.bundles == nil ? nil : folders.last!)
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
}

import Foundation
import RolebookCore
import RolebookRender

/// Every output of one build, planned from the resolved model before anything is written: the
/// site (with its exports and PDFs) in each of its languages, and the fragments and bundles when
/// asked for. Planning decides paths and which pages are stale; nothing here touches a folder.
struct BuildPlan {
    /// One site per language, the default language's at the output's root and each other in its
    /// own folder (`de/`), each a whole site with its own assets and search index.
    let sites: [SitePlan]
    let fragments: FragmentOutput?
    let bundles: BundleOutput?
    /// The data fingerprint of every page, by its path in the output, saved for the next
    /// incremental build.
    let fingerprints: [String: UInt64]
    /// The fingerprint of each language's search records, by its folder, saved for the next build.
    let searchIndexes: [String: UInt64]

    init(
        _ ready: SiteBuilder.Prepared.Ready, options: BuildOptions, incremental: IncrementalBuild,
        existing: OwnedFolder?, modelDiagnostics: [Diagnostic]
    ) throws {
        let reports = options.reports || options.pdf != nil
        // Reports travel on their own: they link to the published site, or nowhere.
        let base = ready.model.settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        // A site in one language has no switcher.
        let languages = ready.editions.count > 1 ? ready.editions.map(\.language) : []
        var sites: [SitePlan] = []
        var fingerprints: [String: UInt64] = [:]
        var searchIndexes: [String: UInt64] = [:]
        let recorded = incremental.recordedFingerprints(in: existing)
        for edition in ready.editions {
            let folder = edition.language.folder
            let outside = OutsideLinks(root: base.map { $0 + folder })
            let renderer = PageRenderer(
                index: SiteIndex(model: edition.model), theme: edition.templates,
                options: RenderOptions(reports: reports, paper: options.paper, outside: outside, languages: languages),
                changes: edition.changes)
            // The search index, most of planning, is made on another core meanwhile, unless the
            // records it is made from are those of the last build (an edit to a date, a role).
            let records = renderer.builder.searchRecords()
            searchIndexes[folder] = IncrementalBuild.fingerprint(of: records)
            let kept = incremental.searchIndex(prefix: folder, fingerprint: searchIndexes[folder]!, in: existing)
            let assets = BackgroundValue { [themeAssets = ready.theme.assets] in
                SitePlan.assets(theme: themeAssets, search: kept == nil ? records : nil)
            }
            let batches = PagePlanner().batches(
                edition.model, reports: reports, changes: edition.changes, order: renderer.builder.order)
            let pages = batches.flatMap(\.self)
            let prints = incremental.fingerprints(
                of: pages, index: renderer.index, order: renderer.builder.order, changes: edition.changes)
            for (path, print) in prints { fingerprints[folder + path] = print }
            sites.append(
                SitePlan(
                    prefix: folder, renderer: renderer, pages: pages,
                    batches: incremental.stale(
                        batches, fingerprints: prints, recorded: recorded, prefix: folder, output: existing),
                    assets: assets.value(), kept: kept ?? [:],
                    exports: reports ? try SitePlan.exports(renderer: renderer, diagnostics: modelDiagnostics) : [],
                    pdfs: SitePlan.pdfs(of: pages, printing: options.pdf)))
        }
        self.sites = sites
        self.fingerprints = fingerprints
        self.searchIndexes = searchIndexes
        fragments = options.fragments.map { _ in
            FragmentOutput(renderers: sites.map { ($0.prefix, $0.renderer) })
        }
        bundles = try options.bundles.map { _ in
            try BundleOutput(editions: ready.editions, theme: ready.theme, options: options)
        }
    }

    /// Every file the sites write, by its path in the output.
    var writes: [String] { sites.flatMap(\.writes) }

    /// Every file the sites hold, by its path in the output.
    var files: [String] { sites.flatMap { site in site.files.map { site.prefix + $0 } } }

    var pageCount: Int { sites.reduce(0) { $0 + $1.pages.count } }

    /// Pages rendered by this plan, by their paths in the output.
    var renderedPaths: [String] { sites.flatMap { site in site.renderedPaths.map { site.prefix + $0 } } }

    /// Renders and writes every language's site.
    func write(to folder: OwnedFolder, progress: (@Sendable (Int, Int) -> Void)?, printer: ChromiumPrinter?)
        async throws -> WrittenFiles
    {
        var all = WrittenFiles()
        for site in sites {
            let written = try await site.write(to: folder, progress: progress, printer: printer)
            all.written += written.written
            all.unchanged += written.unchanged
            all.hashes.merge(written.hashes) { new, _ in new }
        }
        return all
    }
}

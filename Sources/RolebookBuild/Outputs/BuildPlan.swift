import Foundation
import RolebookCore
import RolebookRender

/// Every output of one build, planned from the resolved model before anything is written: the
/// site (with its exports and PDFs), and the fragments and bundles when asked for. Planning
/// decides paths and which pages are stale; nothing here touches a folder.
struct BuildPlan {
    let site: SitePlan
    let fragments: FragmentOutput?
    let bundles: BundleOutput?
    /// The data fingerprint of every page, saved for the next incremental build.
    let fingerprints: [String: UInt64]

    init(
        _ ready: SiteBuilder.Prepared.Ready, options: BuildOptions, incremental: IncrementalBuild,
        existing: OwnedFolder?, modelDiagnostics: [Diagnostic]
    ) throws {
        let reports = options.reports || options.pdf != nil
        // Reports travel on their own: they link to the published site, or nowhere.
        let outside = OutsideLinks(root: ready.model.settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" })
        let renderer = PageRenderer(
            index: SiteIndex(model: ready.model), theme: ready.templates,
            options: RenderOptions(reports: reports, paper: options.paper, outside: outside), changes: ready.changes)
        let batches = PagePlanner().batches(ready.model, reports: reports, changes: ready.changes)
        let pages = batches.flatMap(\.self)
        fingerprints = incremental.fingerprints(of: pages, index: renderer.index, changes: ready.changes)
        site = SitePlan(
            prefix: "", renderer: renderer, pages: pages,
            batches: incremental.stale(batches, fingerprints: fingerprints, output: existing),
            assets: SitePlan.assets(theme: ready.theme.assets, renderer: renderer),
            exports: reports ? try SitePlan.exports(renderer: renderer, diagnostics: modelDiagnostics) : [],
            pdfs: SitePlan.pdfs(of: pages, printing: options.pdf))
        fragments = options.fragments.map { _ in FragmentOutput(renderer: renderer) }
        bundles = try options.bundles.map { _ in
            try BundleOutput(model: ready.model, theme: ready.theme, templates: ready.templates, options: options)
        }
    }
}

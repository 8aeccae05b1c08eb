import RolebookCore
import RolebookRender

/// One self-contained site per company, from the model narrowed to that company, and a zip of
/// each, written into their own owned folder (`--bundles`): `<company>/…` and `<company>.zip`.
struct BundleOutput {
    var sites: [SitePlan]
    var asOf: Day

    /// - Parameter templates: the theme compiled once for the build, shared by every bundle.
    init(model: SiteModel, theme: Theme, templates: CompiledTheme, options: BuildOptions) throws {
        asOf = model.settings.asOf
        sites = try model.companies.map { company in
            let narrowed = BundleScope.model(model, narrowedTo: company.id)
            // Inside a bundle, reports and packets link to the bundle's own pages.
            let renderer = PageRenderer(
                index: SiteIndex(model: narrowed), theme: templates,
                options: RenderOptions(reports: true, paper: options.paper, outside: OutsideLinks(root: "../")))
            let batches = PagePlanner().batches(narrowed, reports: true)
            let pages = batches.flatMap(\.self)
            return SitePlan(
                prefix: company.id + "/", renderer: renderer, pages: pages, batches: batches,
                assets: SitePlan.assets(theme: theme.assets, renderer: renderer),
                exports: try SitePlan.exports(renderer: renderer, diagnostics: []),
                pdfs: SitePlan.pdfs(of: pages, printing: options.pdf))
        }
    }

    var paths: [String] { sites.flatMap { $0.writes + [zipName($0)] } }

    private func zipName(_ site: SitePlan) -> String { String(site.prefix.dropLast()) + ".zip" }

    /// Writes each bundle's site and then its zip, made from the files just written.
    func write(to folder: OwnedFolder, printer: ChromiumPrinter?) async throws {
        try folder.prepare(paths)
        var written = WrittenFiles()
        for site in sites {
            let files = try await site.write(to: folder, progress: nil, printer: printer)
            written.hashes.merge(files.hashes) { new, _ in new }
            var contents: [(path: String, bytes: [UInt8])] = []
            for path in site.files {
                guard let bytes = folder.read(site.prefix + path) else {
                    throw OwnedFolderError.cannotOpen(
                        "\(folder.displayName)/\(site.prefix + path)", reason: "not a regular file")
                }
                contents.append((path, bytes))
            }
            written.record(
                zipName(site), try folder.write(try BundleZip.make(files: contents, date: asOf), to: zipName(site)))
        }
        _ = try folder.finish(produced: written.hashes)
        folder.commit()
    }
}

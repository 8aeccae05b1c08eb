import RolebookCore
import RolebookRender

/// One self-contained site per company, from the model narrowed to that company, and a zip of
/// each, written into their own owned folder (`--bundles`): `<company>/…` and `<company>.zip`.
/// A site in several languages gives each bundle every language, laid out as the site is (the
/// default at the bundle's root, `de/` beside it) with the language switcher between them.
struct BundleOutput {
    /// One company's bundle: its site in each language, the default first.
    struct Bundle {
        var company: String
        var sites: [SitePlan]

        var zipName: String { company + ".zip" }
    }

    var bundles: [Bundle]
    var asOf: Day

    /// - Parameter editions: the site in each language, with its theme compiled once for the
    ///   build and shared by every bundle.
    init(editions: [SiteBuilder.Prepared.Edition], theme: Theme, options: BuildOptions) throws {
        asOf = editions[0].model.settings.asOf
        let languages = editions.count > 1 ? editions.map(\.language) : []
        bundles = try editions[0].model.companies.map { company in
            let sites = try editions.map { edition in
                let narrowed = BundleScope.model(edition.model, narrowedTo: company.id)
                // Inside a bundle, reports and packets link to the bundle's own pages.
                let renderer = PageRenderer(
                    index: SiteIndex(model: narrowed), theme: edition.templates,
                    options: RenderOptions(
                        reports: true, paper: options.paper, outside: OutsideLinks(root: "../"), languages: languages))
                let batches = PagePlanner().batches(narrowed, reports: true)
                let pages = batches.flatMap(\.self)
                return SitePlan(
                    prefix: company.id + "/" + edition.language.folder, renderer: renderer, pages: pages,
                    batches: batches,
                    assets: SitePlan.assets(theme: theme.assets, search: renderer.builder.searchRecords()),
                    exports: try SitePlan.exports(renderer: renderer, diagnostics: []),
                    pdfs: SitePlan.pdfs(of: pages, printing: options.pdf))
            }
            return Bundle(company: company.id, sites: sites)
        }
    }

    var paths: [String] { bundles.flatMap { $0.sites.flatMap(\.writes) + [$0.zipName] } }

    /// Writes each bundle's site and then its zip, made from the files just written.
    func write(to folder: OwnedFolder, printer: ChromiumPrinter?) async throws {
        try folder.prepare(paths)
        var written = WrittenFiles()
        for bundle in bundles {
            var contents: [(path: String, bytes: [UInt8])] = []
            for site in bundle.sites {
                let files = try await site.write(to: folder, progress: nil, printer: printer)
                written.hashes.merge(files.hashes) { new, _ in new }
                // In the zip, each language's files sit where they sit in the bundle's folder.
                let inBundle = String(site.prefix.dropFirst(bundle.company.count + 1))
                for path in site.files {
                    guard let bytes = folder.read(site.prefix + path) else {
                        throw OwnedFolderError.cannotOpen(
                            "\(folder.displayName)/\(site.prefix + path)", reason: "not a regular file")
                    }
                    contents.append((inBundle + path, bytes))
                }
            }
            written.record(
                bundle.zipName,
                try folder.write(try BundleZip.make(files: contents, date: asOf), to: bundle.zipName))
        }
        _ = try folder.finish(produced: written.hashes)
        folder.commit()
    }
}

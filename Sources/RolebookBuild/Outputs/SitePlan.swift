import Foundation
import RolebookCore
import RolebookRender

/// One site's files, planned: its pages (and which of them to render), the theme's assets, the
/// exports and the PDFs, under one prefix of one owned folder. The site output and every bundle
/// are written by the same plan, so there is one way to write a site.
struct SitePlan {
    /// "" for the site output, "<company>/" for a bundle.
    var prefix: String
    var renderer: PageRenderer
    /// Every page the site has.
    var pages: [PlannedPage]
    /// The pages to render, one batch per company: all of them, or an incremental build's stale ones.
    var batches: [[PlannedPage]]
    var assets: [String: [UInt8]]
    /// Files the last build wrote that this one keeps as they are, with their recorded hashes: a
    /// search index made from the same records.
    var kept: [String: UInt64] = [:]
    var exports: [(path: String, bytes: [UInt8])]
    /// Each report and packet with its PDF, when PDFs are printed.
    var pdfs: [(html: String, pdf: String)]

    /// Pages rendered by this plan, unprefixed.
    var renderedPaths: [String] { batches.flatMap { $0.map(\.path) } }

    /// Every file the site holds, unprefixed: what a bundle zips.
    var files: [String] {
        pages.map(\.path) + assets.keys.sorted() + kept.keys.sorted() + exports.map(\.path) + pdfs.map(\.pdf)
    }

    /// The files this plan writes, prefixed: what must be checked before anything is written.
    var writes: [String] {
        (renderedPaths + assets.keys.sorted() + exports.map(\.path) + pdfs.map(\.pdf)).map { prefix + $0 }
    }

    /// Renders and writes the planned files; pages it did not render keep what the last build
    /// recorded. Call after the folder's `check` found nothing in the way.
    /// - Parameter printer: the build's browsers, when it prints PDFs.
    func write(to folder: OwnedFolder, progress: (@Sendable (Int, Int) -> Void)?, printer: ChromiumPrinter?)
        async throws -> WrittenFiles
    {
        var files = WrittenFiles()
        for path in assets.keys.sorted() {
            files.record(prefix + path, try folder.write(assets[path]!, to: prefix + path))
        }
        for (path, result) in try await renderAndWrite(to: folder, progress: progress) { files.record(path, result) }
        for (path, hash) in kept { files.keep(prefix + path, hash: hash) }
        for (path, bytes) in exports { files.record(prefix + path, try folder.write(bytes, to: prefix + path)) }
        try await printPDFs(to: folder, printer: printer, into: &files)
        let rendered = Set(renderedPaths)
        for page in pages where !rendered.contains(page.path) {
            files.keep(prefix + page.path, hash: folder.claims[prefix + page.path]?.first)
        }
        return files
    }

    /// The theme's assets and the search index (`assets/search/`) made from these records (the
    /// pages' model; a bundle's holds only its company's), or none when the last one is kept.
    static func assets(theme: [String: [UInt8]], search records: [SearchRecord]?) -> [String: [UInt8]] {
        var assets = theme
        for file in records.map({ SearchIndex(records: $0).files }) ?? [] { assets[file.path] = file.bytes }
        return assets
    }

    /// The role matrix CSV, the model as JSON and one calendar per company.
    static func exports(renderer: PageRenderer, diagnostics: [Diagnostic]) throws -> [(path: String, bytes: [UInt8])] {
        let builder = renderer.builder
        let model = builder.index.model
        var files: [(String, [UInt8])] = [
            ("exports/role-matrix.csv", Array(RoleMatrixCSV.make(builder.index, strings: builder.strings).utf8)),
            ("exports/model.json", Array(try ModelJSON.make(builder, warnings: diagnostics))),
        ]
        for company in model.companies {
            let calendar = RenewalCalendar.make(company, asOf: model.settings.asOf, strings: builder.strings)
            files.append((Route.calendar(company.id), Array(calendar.utf8)))
        }
        return files
    }

    /// Each report and packet to print, with the path of its PDF.
    static func pdfs(of pages: [PlannedPage], printing selection: PDFSelection?) -> [(html: String, pdf: String)] {
        guard let selection else { return [] }
        return pages.compactMap { page in
            switch page.kind {
            case .report(let id) where selection.reports: (page.path, Route.reportPDF(id))
            case .packet(let id) where selection.packets: (page.path, Route.packetPDF(id))
            default: nil
            }
        }
    }

    /// Prints reports and packets: those just rendered, and any whose PDF is not the one this tool
    /// recorded. The HTML is read back from the owned folder, never through a link, as each
    /// page's turn comes, and each PDF is written as soon as it is printed.
    private func printPDFs(to folder: OwnedFolder, printer: ChromiumPrinter?, into files: inout WrittenFiles)
        async throws
    {
        let rendered = Set(renderedPaths)
        let recorded = folder.recordedFiles(
            among: pdfs.filter { !rendered.contains($0.html) }.map { prefix + $0.pdf })
        var due: [(pdf: String, html: String)] = []
        for job in pdfs {
            let pdf = prefix + job.pdf
            if let recorded = recorded[pdf] {
                files.keep(pdf, hash: recorded)
                continue
            }
            due.append((pdf, prefix + job.html))
        }
        guard !due.isEmpty else { return }
        guard let printer else { throw PDFError.chromiumMissing }
        let jobs = due.map { job in
            ChromiumPrinter.Job(name: job.html) {
                guard let html = folder.read(job.html) else {
                    throw OwnedFolderError.cannotOpen("\(folder.displayName)/\(job.html)", reason: "not a regular file")
                }
                return html
            }
        }
        let pdfPaths = due.map(\.pdf)
        let written = try await printer.print(jobs) { index, bytes in try folder.write(bytes, to: pdfPaths[index]) }
        for (path, result) in zip(pdfPaths, written) { files.record(path, result) }
    }

    /// Renders on every core, one batch (one company's pages) per task, at most one task per core;
    /// each task writes its pages as it makes them and returns only what it wrote.
    private func renderAndWrite(to folder: OwnedFolder, progress: (@Sendable (Int, Int) -> Void)?)
        async throws -> [(String, (outcome: OwnedFolder.Outcome, hash: UInt64))]
    {
        typealias Written = [(String, (outcome: OwnedFolder.Outcome, hash: UInt64))]
        let (batches, renderer, prefix) = (self.batches, self.renderer, self.prefix)
        let total = batches.reduce(0) { $0 + $1.count }
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return try await withThrowingTaskGroup(of: Written.self) { group in
            var next = batches.indices.makeIterator()
            func start(_ index: Int) {
                group.addTask {
                    let batch = RenderBatch()
                    var written: Written = []
                    for page in batches[index] {
                        let path = prefix + page.path
                        written.append((path, try folder.write(Array(renderer.render(page, in: batch).utf8), to: path)))
                    }
                    return written
                }
            }
            for _ in 0..<workers { if let index = next.next() { start(index) } }
            var all: Written = []
            for try await written in group {
                all += written
                progress?(all.count, total)
                if let index = next.next() { start(index) }
            }
            return all
        }
    }
}

import Foundation

/// Prints HTML files to PDF with headless Chromium, without the browser's own header and footer.
///
/// Chromium stamps a creation date into each PDF, so PDFs are deterministic in text and page count,
/// not in bytes.
struct PDFPrinter {
    static let missingMessage =
        "--pdf needs Chromium, which is not installed: run 'apt-get install -y chromium' (Debian) and build again"

    /// The first Chromium on the PATH, or nil.
    static func chromium() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Prints each page, two browsers at a time (one per core on this kind of machine), and returns
    /// the PDFs' bytes in the jobs' order.
    ///
    /// Chromium reads and writes only a private temporary folder, never the output folder: it
    /// would follow any link planted there. Reports and packets are self-contained, so the page's
    /// HTML alone prints the same as in place.
    func print(_ pages: [(path: String, html: [UInt8])]) async throws -> [[UInt8]] {
        guard !pages.isEmpty else { return [] }
        guard let chromium = Self.chromium() else { throw PDFError.chromiumMissing }
        return try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            var next = pages.indices.makeIterator()
            func start(_ index: Int) {
                group.addTask {
                    (index, try Self.printOne(pages[index].html, path: pages[index].path, chromium: chromium))
                }
            }
            for _ in 0..<2 { if let index = next.next() { start(index) } }
            var printed = [[UInt8]](repeating: [], count: pages.count)
            for try await (index, pdf) in group {
                printed[index] = pdf
                if let index = next.next() { start(index) }
            }
            return printed
        }
    }

    private static func printOne(_ html: [UInt8], path: String, chromium: URL) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rolebook-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        let pdf = folder.appendingPathComponent("page.pdf")
        try Data(html).write(to: page)
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf.path)", page.absoluteURL.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let bytes = FileManager.default.contents(atPath: pdf.path) else {
            throw PDFError.printFailed(path: path, status: process.terminationStatus)
        }
        return [UInt8](bytes)
    }
}

enum PDFError: Error, CustomStringConvertible {
    case chromiumMissing
    case printFailed(path: String, status: Int32)

    var description: String {
        switch self {
        case .chromiumMissing: PDFPrinter.missingMessage
        case .printFailed(let path, let status): "Chromium could not print \(path) to PDF (status \(status))"
        }
    }
}

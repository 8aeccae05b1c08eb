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

    let folder: URL

    /// Prints each (html, pdf) pair, two browsers at a time (one per core on this kind of machine).
    func print(_ jobs: [(html: String, pdf: String)]) async throws {
        guard !jobs.isEmpty else { return }
        guard let chromium = Self.chromium() else { throw PDFError.chromiumMissing }
        let folder = self.folder
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = jobs.makeIterator()
            func start(_ job: (html: String, pdf: String)) {
                group.addTask { try Self.printOne(job, chromium: chromium, folder: folder) }
            }
            for _ in 0..<2 { if let job = next.next() { start(job) } }
            for try await _ in group { if let job = next.next() { start(job) } }
        }
    }

    private static func printOne(_ job: (html: String, pdf: String), chromium: URL, folder: URL) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("rolebook-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let pdf = folder.appendingPathComponent(job.pdf)
        let temporary = pdf.path + ".rolebook-tmp.pdf"
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(temporary)", folder.appendingPathComponent(job.html).absoluteURL.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: temporary) else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw PDFError.printFailed(path: job.html, status: process.terminationStatus)
        }
        // Whole files only, as for pages.
        if rename(temporary, pdf.path) != 0 { throw PDFError.printFailed(path: job.html, status: errno) }
    }
}

enum PDFError: Error, CustomStringConvertible {
    case chromiumMissing
    case printFailed(path: String, status: Int32)

    var description: String {
        switch self {
        case .chromiumMissing: PDFPrinter.missingMessage
        case let .printFailed(path, status): "Chromium could not print \(path) to PDF (status \(status))"
        }
    }
}

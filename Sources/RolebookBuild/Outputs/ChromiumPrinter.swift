import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints reports and packets to PDF with long-lived headless Chromiums, one per core, each
/// printing one page after another over the DevTools pipe (``ChromiumBrowser``).
///
/// A browser takes a second or more to start, and printing one page takes a fraction of that:
/// starting one per PDF made 10,000 packets take hours. Here the browsers start with the first
/// page and stay for the rest of the build (its site's PDFs, then each bundle's); ``close()``
/// stops them, and so does the printer going away, whatever ended the build.
///
/// Chromium stamps a creation date into each PDF, so PDFs are deterministic in text and page
/// count, not in bytes.
final class ChromiumPrinter {
    static let missingMessage =
        "--pdf needs Chromium, which is not installed: run 'apt-get install -y chromium' (Debian) and build again"

    /// The Chromium to print with, or nil: the headless shell where it is installed (Debian's
    /// `chromium-headless-shell`: the same Blink and PDF printing without the browser's UI
    /// layers, a quarter of the CPU time per PDF here, the same text), else the browser.
    static func chromium() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// One page to print: what errors call it (its path), and its HTML, read when its turn comes
    /// rather than all at once (a large site's packets would not fit in memory together).
    struct Job: Sendable {
        var name: String
        var html: @Sendable () throws -> [UInt8]
    }

    let executable: URL
    /// How many browsers print at once.
    let workers: Int
    /// How long one command may take (starting the browser, or printing one page) before the
    /// browser is taken for hung.
    let timeout: Duration
    /// Browsers started by an earlier print, waiting for the next.
    private var idle: [ChromiumBrowser] = []

    init(
        executable: URL, workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
        timeout: Duration = .seconds(120)
    ) {
        self.executable = executable
        self.workers = max(1, workers)
        self.timeout = timeout
    }

    /// A printer with the Chromium on the PATH.
    convenience init() throws(PDFError) {
        guard let chromium = Self.chromium() else { throw .chromiumMissing }
        self.init(executable: chromium)
    }

    deinit { close() }

    /// The browsers' processes, waiting for the next print: what ``close()`` stops.
    var processIDs: [pid_t] { idle.map(\.pid) }

    /// Stops every browser. Printing again starts new ones.
    func close() {
        for browser in idle { browser.close() }
        idle = []
    }

    /// Prints every job and hands each PDF to `deliver` as soon as it is made, on the thread that
    /// printed it (so PDFs are written as they come, not held); returns what `deliver` returned,
    /// in the jobs' order.
    ///
    /// On the first failure no further page is started; the pages already printing finish, and
    /// the failure is thrown once they have. A browser that failed is stopped at once.
    func print<Delivered: Sendable>(
        _ jobs: [Job], deliver: @escaping @Sendable (Int, [UInt8]) throws -> Delivered
    ) async throws -> [Delivered] {
        guard !jobs.isEmpty else { return [] }
        let (executable, timeout) = (self.executable, self.timeout)
        var waiting = idle
        idle = []
        var delivered = [Delivered?](repeating: nil, count: jobs.count)
        var failure: (any Error)?
        await withTaskGroup(of: Printed<Delivered>.self) { group in
            var next = jobs.indices.makeIterator()
            func start(_ index: Int, on browser: ChromiumBrowser?) {
                group.addTask {
                    await Self.onThread {
                        Self.print(
                            jobs[index], index, on: browser, executable: executable, timeout: timeout,
                            deliver: deliver)
                    }
                }
            }
            for _ in 0..<min(workers, jobs.count) {
                if let index = next.next() { start(index, on: waiting.popLast()) }
            }
            for await printed in group {
                switch printed.outcome {
                case .success(let value): delivered[printed.index] = value
                case .failure(let error): failure = failure ?? error
                }
                guard let browser = printed.browser else { continue }
                if failure == nil, let index = next.next() {
                    start(index, on: browser)
                } else {
                    waiting.append(browser)
                }
            }
        }
        idle = waiting
        if let failure { throw failure }
        return delivered.map { $0! }
    }

    /// Prints pages given whole, returning the PDFs in their order.
    func print(_ pages: [(name: String, html: [UInt8])]) async throws -> [[UInt8]] {
        try await print(pages.map { page in Job(name: page.name) { page.html } }) { _, pdf in pdf }
    }

    // MARK: - One page, on a thread of its own

    /// What one page's thread hands back: the browser, for the next page (nil when it failed
    /// and was stopped), and the page's outcome.
    private struct Printed<Delivered: Sendable>: Sendable {
        var browser: ChromiumBrowser?
        var index: Int
        var outcome: Result<Delivered, any Error>
    }

    private static func print<Delivered: Sendable>(
        _ job: Job, _ index: Int, on browser: ChromiumBrowser?, executable: URL, timeout: Duration,
        deliver: @Sendable (Int, [UInt8]) throws -> Delivered
    ) -> Printed<Delivered> {
        var browser = browser
        do {
            if browser == nil { browser = try ChromiumBrowser.launch(executable, timeout: timeout) }
            let html = try job.html()
            let pdf: [UInt8]
            do {
                pdf = try browser!.printPDF(html, name: job.name)
            } catch {
                browser?.close()
                return Printed(browser: nil, index: index, outcome: .failure(error))
            }
            return Printed(browser: browser, index: index, outcome: Result { try deliver(index, pdf) })
        } catch {
            return Printed(browser: browser, index: index, outcome: .failure(error))
        }
    }

    /// Runs blocking work (waiting on a browser) on a thread of its own, not on one of the few
    /// threads Swift's tasks share.
    private static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}

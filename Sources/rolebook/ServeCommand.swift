import ArgumentParser
import Foundation
import RolebookBuild
import RolebookCore
import RolebookRender
import RolebookServe

extension RolebookCommand {
    /// `rolebook serve`: the author's preview, as `hugo server` and `zola serve` give one.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site, serve it on 127.0.0.1, and rebuild and reload open pages on every change.",
            discussion: """
                Builds into ROOT/.rolebook-serve (never output/), watches content/, themes/ and templates/, \
                and reloads the pages open in a browser after each rebuild. While the content has errors, \
                the browser shows them, located, in place of the page. Ctrl-C stops it.
                """)

        @OptionGroup var site: SiteOptions

        @Option(
            help:
                "The port on 127.0.0.1 (default \(PortRequest.defaultPort), or the next free one; 0 for any free one). A port named here that is in use is an error."
        )
        var port: Int?

        @Option(help: "Theme name: templates come from ROOT/themes/NAME, overridden by ROOT/templates.")
        var theme: String = "default"

        @Flag(
            help:
                "Notice changes by checking modification times every second instead of inotify (for network file systems)."
        )
        var poll = false

        func validate() throws {
            if let port, !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        }

        func run() async throws {
            let site = self.site
            // A folder of its own, never output/: the preview builds without PDFs, and a build into
            // output/ would remove last build's PDFs as stale.
            let folder = site.rootURL.appendingPathComponent(".rolebook-serve").path
            if let problem = Failures.outputProblem(folder, option: ".rolebook-serve") {
                Terminal.failure(folder, problem)
                throw ExitCode.failure
            }
            // The outputs site.yaml asks for, but no PDFs (a browser per page on every save) and no
            // folders besides the preview's own.
            let wanted = SiteBuilder.outputs(root: site.rootURL)
            var options = BuildOptions(
                root: site.rootURL, output: URL(fileURLWithPath: folder, isDirectory: true), theme: theme,
                strict: site.strict)
            options.reports = wanted.reports ?? false
            options.paper = wanted.paper.flatMap(Paper.init(rawValue:)) ?? .a4
            options.asOf = site.asOf
            options.today = try reportingFailure { try Today.day() }
            options.waiting = { folder in Terminal.write("Waiting for another build writing to \(folder)...\n") }

            let request: PortRequest =
                port.map { $0 == 0 ? .any : .exactly(UInt16($0)) } ?? .preferred(PortRequest.defaultPort)
            var session = PreviewSession(options: options, port: request)
            session.polling = poll
            session.describe = { error in
                let (subject, reason) = Failures.describe(error)
                return subject.map { "\($0): \(reason)" } ?? reason
            }
            session.report = { event in Self.print(event, site: site) }

            // The first signal stops the preview cleanly; a second one, while a long build
            // finishes, ends the process at once (the build journal makes that safe).
            let (stop, stopping) = AsyncStream.makeStream(of: Void.self)
            let signals = StopSignals()
            let numbers = signals.numbers
            let listener = Task {
                var count = 0
                for await number in numbers {
                    count += 1
                    if count == 1 { stopping.yield() } else { Foundation.exit(128 + number) }
                }
            }
            defer {
                listener.cancel()
                signals.restore()
            }
            try await reportingFailureAsync { try await session.run(until: stop) }
            Terminal.write("Stopped.\n")
        }

        /// The terminal's side of the preview: build summaries and diagnostics on standard error,
        /// as `build` prints them, and the URL on standard output, for a person or a script to open.
        private static func print(_ event: PreviewEvent, site: SiteOptions) {
            switch event {
            case .listening(let url, let instead):
                if let instead { Terminal.write("Port \(instead) is in use; serving on the next free one.\n") }
                FileHandle.standardOutput.write(Data("Serving the site at \(url) (Ctrl-C to stop)\n".utf8))
            case .built(let report, let changes):
                let cause = changes.isEmpty ? "" : "\(Diagnostic.escaped(Self.describe(changes))) changed: "
                DiagnosticPrinter.print(report, root: site.rootURL)
                guard report.succeeded else {
                    if !cause.isEmpty { Terminal.write(cause + "rebuilt with errors\n") }
                    DiagnosticPrinter.summary(report.diagnostics, strict: site.strict)
                    Terminal.write("The browser shows these in place of the site until the next good build.\n")
                    return
                }
                let line = String(
                    format: "%@%d pages (%d rendered; %d files written, %d removed), %d warnings, in %.2f s\n",
                    cause.isEmpty ? "Built " : cause + "rebuilt ", report.pages, report.rendered, report.written,
                    report.removed, report.warningCount, report.seconds)
                Terminal.write(line)
            case .failed(let error, let changes):
                let (subject, reason) = Failures.describe(error)
                if !changes.isEmpty {
                    Terminal.write("\(Diagnostic.escaped(Self.describe(changes))) changed: the build failed\n")
                }
                Terminal.failure(subject, reason)
            case .stopping:
                Terminal.write("Stopping...\n")
            }
        }

        /// "content/companies/acme.yaml", or "3 files" for more than one.
        private static func describe(_ changes: [String]) -> String {
            changes.count == 1 ? changes[0] : "\(changes.count) files"
        }
    }
}

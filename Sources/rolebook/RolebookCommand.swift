import ArgumentParser
import Foundation
import RolebookBuild
import RolebookCore
import RolebookRender
import RolebookSampleData

extension Paper: ExpressibleByArgument {}
extension PDFSelection: ExpressibleByArgument {}

/// `rolebook`: builds a static site of who holds which subscription role, from `content/`.
@main
struct RolebookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rolebook",
        abstract: "Build a static site of who holds which subscription role, and whom to ask.",
        discussion: """
            Reads contract data and Markdown guidance from ROOT/content and writes HTML to the output \
            folder. Problems are reported as path:line:column: error|warning: message; any error \
            (or, with --strict, any warning) stops the build before anything is written.
            """,
        version: RolebookVersion.current,
        subcommands: [
            Build.self, Check.self, Init.self, Serve.self, Who.self, Import.self, Diff.self, GenerateSample.self,
        ],
        defaultSubcommand: Build.self
    )

    /// ArgumentParser's own `main`, with better words for a misspelt subcommand or option (see
    /// ``UsageHints``); the exit status stays 64 for every usage error.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            if exitCode(for: error) == .validationFailure, let hint = UsageHints.hint(for: arguments) {
                let usage = hint.command == Self.self ? usageString() : usageString(for: hint.command)
                let help =
                    hint.command == Self.self ? "rolebook --help" : "rolebook \(hint.command._commandName) --help"
                Terminal.write("Error: \(hint.message)\nUsage: \(usage)\n  See '\(help)' for more information.\n")
                exit(withError: ExitCode.validationFailure)
            }
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// Options every subcommand shares.
struct SiteOptions: ParsableArguments {
    @Option(help: "The folder that holds content/ and themes/.")
    var root: String = "."

    @Flag(help: "Treat warnings as errors: exit 1 and write nothing when there is any warning.")
    var strict = false

    @Option(
        name: .customLong("as-of"),
        help: "The day the data is true as of for this run (YYYY-MM-DD or today), instead of as_of in site.yaml.")
    var asOf: String?

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }

    func validate() throws {
        // A root that is not a folder at all is a failure to read, told as `error: path: reason`;
        // a folder without content/ is the wrong folder, a usage error (64) with the usage shown.
        if let problem = Failures.rootProblem(rootURL.path) {
            Terminal.failure(root, problem)
            throw ExitCode.failure
        }
        var isDirectory: ObjCBool = false
        guard
            FileManager.default.fileExists(
                atPath: rootURL.appendingPathComponent("content").path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw ValidationError("no content/ folder in '\(root)': pass --root with the folder that holds content/")
        }
    }
}

extension RolebookCommand {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the content and write the site.",
            discussion:
                "Unchanged files are left alone; files a previous build wrote and this one does not are removed.")

        @OptionGroup var site: SiteOptions

        @Option(help: "Where to write the site (default: ROOT/output).")
        var output: String?

        @Option(help: "Theme name: templates come from ROOT/themes/NAME, overridden by ROOT/templates.")
        var theme: String = "default"

        @Flag(help: "Also print how long each phase took.")
        var timings = false

        // Outputs: each defaults to what site.yaml's `build:` says, then to off / a4.
        @Flag(
            inversion: .prefixedNo,
            help: "Also write company reports, onboarding packets and exports (CSV, JSON, iCalendar).")
        var reports: Bool?

        @Option(help: "Paper for printed reports and packets: a4 or letter.")
        var paper: Paper?

        @Flag(
            inversion: .prefixedNo,
            help: "Also print reports and packets to PDF with headless Chromium (implies --reports).")
        var pdf: Bool?

        // A flag and an option rather than one option with an optional value, which
        // argument-parser does not have: `--pdf` alone keeps meaning both.
        @Option(
            name: .customLong("pdf-only"),
            help: ArgumentHelp(
                "Print only these to PDF: reports (one per company) or packets (one per person); implies --pdf.",
                valueName: "reports|packets"))
        var pdfOnly: PDFSelection?

        @Option(help: "Write embeddable HTML fragments into this folder (outside the site).")
        var fragments: String?

        @Option(help: "Write one folder and one zip per company into this folder.")
        var bundles: String?

        @Option(
            help: ArgumentHelp(
                "Add change pages: what changed since this earlier data.",
                discussion: "A site folder, a content folder or an export .csv, as rolebook diff takes it.",
                valueName: "OLD"))
        var since: String?

        @Flag(
            help:
                "Replace files in the output folders that Rolebook did not write (never folders, never through links).")
        var force = false

        func validate() throws {
            if pdfOnly != nil, pdf == false {
                throw ValidationError("--pdf-only prints PDFs, which --no-pdf turns off")
            }
        }

        func run() async throws {
            // What site.yaml asks for, each overridden by its flag; its folders are the site's.
            let site = self.site
            let wanted = SiteBuilder.outputs(root: site.rootURL)
            let fragments = self.fragments ?? wanted.fragments.map { site.rootURL.appendingPathComponent($0).path }
            let bundles = self.bundles ?? wanted.bundles.map { site.rootURL.appendingPathComponent($0).path }
            let since = self.since ?? wanted.since.map { site.rootURL.appendingPathComponent($0).path }
            let folders =
                [("--output", output ?? site.rootURL.appendingPathComponent("output").path)]
                + [("--fragments", fragments), ("--bundles", bundles)].compactMap { option, path in
                    path.map { (option, $0) }
                }
            for (option, path) in folders {
                if let problem = Failures.outputProblem(path, option: option) {
                    Terminal.failure(path, problem)
                    throw ExitCode.failure
                }
            }
            var options = BuildOptions(
                root: site.rootURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) }, theme: theme,
                strict: site.strict)
            options.reports = reports ?? wanted.reports ?? false
            options.paper = paper ?? wanted.paper.flatMap(Paper.init(rawValue:)) ?? .a4
            options.pdf = pdfOnly ?? pdf.map { $0 ? .both : nil } ?? wanted.pdf.flatMap(PDFSelection.init(rawValue:))
            options.asOf = site.asOf
            options.today = try reportingFailure { try Today.day() }
            options.fragments = fragments.map { URL(fileURLWithPath: $0, isDirectory: true) }
            options.bundles = bundles.map { URL(fileURLWithPath: $0, isDirectory: true) }
            options.since = since
            options.force = force
            options.waiting = { folder in
                FileHandle.standardError.write(Data("Waiting for another build writing to \(folder)...\n".utf8))
            }
            // A progress line only on a terminal: logs and pipes get the summary line alone.
            if isatty(STDERR_FILENO) == 1 {
                options.progress = { done, total in
                    FileHandle.standardError.write(Data("\rRendering pages: \(done) of \(total)\u{1B}[K".utf8))
                    if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                }
            }
            let report = try await reportingFailureAsync { try await SiteBuilder(options: options).build() }
            DiagnosticPrinter.print(report, root: site.rootURL)
            guard report.succeeded else {
                DiagnosticPrinter.summary(report.diagnostics, strict: site.strict)
                throw ExitCode.failure
            }
            for path in report.kept {
                FileHandle.standardError.write(
                    Data(
                        "note: left \(path) in place: it changed since Rolebook wrote it, so it is no longer Rolebook's\n"
                            .utf8))
            }
            let line = String(
                format:
                    "Built %d pages (%d rendered; %d files written, %d unchanged, %d removed), %d warnings, in %.2f s",
                report.pages, report.rendered, report.written, report.unchanged, report.removed, report.warningCount,
                report.seconds)
            FileHandle.standardError.write(Data((line + "\n").utf8))
            if timings {
                let phases = report.timings.map { String(format: "%@ %.2f s", $0.phase, $0.seconds) }
                FileHandle.standardError.write(Data(("Timings: " + phases.joined(separator: ", ") + "\n").utf8))
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the content and report every problem; write nothing.")

        @OptionGroup var site: SiteOptions

        func run() async throws {
            var options = BuildOptions(root: site.rootURL, strict: site.strict)
            options.asOf = site.asOf
            options.today = try reportingFailure { try Today.day() }
            let builder = SiteBuilder(options: options)
            let diagnostics = try reportingFailure { try builder.check() }
            DiagnosticPrinter.print(diagnostics, root: site.rootURL)
            let failed = builder.blocks(diagnostics)
            DiagnosticPrinter.summary(diagnostics, strict: site.strict)
            if failed { throw ExitCode.failure }
        }
    }
}

extension RolebookCommand {
    struct GenerateSample: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-sample",
            abstract: "Write a large synthetic site (for benchmarks) in Rolebook's content format.",
            discussion: """
                Companies and people are generated as JSON; roles, resellers, guides and contact chains are copied \
                from --from. Each company holds a mix of contracts as a reseller's customer would at the end of 2026: \
                two thirds in classic user management (contract numbers, bought through the reseller before June \
                2024), the rest in User Management with a team: new-buying-experience subscriptions through the \
                reseller, contract-number contracts moved there, online-store and (in large companies) direct \
                subscriptions. docs/performance.md gives the proportions and why. The same seed writes the same data.
                """
        )

        @Option(help: "How many companies.")
        var companies: Int = 100

        @Option(help: "Seed: the same seed writes the same data.")
        var seed: UInt64 = 1

        @Option(help: "The content folder whose roles, resellers, guides and contacts.yaml are reused.")
        var from: String = "content"

        @Option(help: "A new or empty folder to write DIR/content into; any other is refused (see --force).")
        var output: String

        @Flag(
            help:
                "Write into a folder that is not empty, overwriting files of the same names (nothing else is touched, nothing deleted)."
        )
        var force = false

        func validate() throws {
            guard companies > 0 else { throw ValidationError("--companies must be at least 1") }
            for needed in ["roles", "resellers", "guides", "contacts.yaml"]
            where !FileManager.default.fileExists(
                atPath: URL(fileURLWithPath: from).appendingPathComponent(needed).path)
            {
                throw ValidationError(
                    "--from \(from) has no \(needed): point it at a content folder, such as the sample's content/")
            }
        }

        func run() throws {
            if let problem = Failures.outputProblem(output, option: "--output") {
                Terminal.failure(output, problem)
                throw ExitCode.failure
            }
            let totals = try reportingFailure {
                try SampleDataGenerator(
                    companies: companies, seed: seed, template: URL(fileURLWithPath: from, isDirectory: true)
                ).write(to: URL(fileURLWithPath: output, isDirectory: true), force: force)
            }
            print(
                "Wrote \(totals.companies) companies, \(totals.contracts) contracts, \(totals.people) people to \(output)/content"
            )
        }
    }
}

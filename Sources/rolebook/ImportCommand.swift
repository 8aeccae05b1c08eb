import ArgumentParser
import Foundation
import RolebookBuild
import RolebookCore

extension RolebookCommand {
    /// `rolebook import FILE…`: vendor exports as Rolebook's YAML, for sites that would rather edit
    /// the data than import it every month (docs/importing.md).
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert vendor exports (CSV with a sidecar) into Rolebook's YAML.",
            discussion: """
                Reads each FILE with the .yaml sidecar beside it, through the site's alias table \
                (or the default one) and together with the site's hand-written data and overlays, \
                exactly as a build reads content/exports/. Writes OUTPUT/content/companies/<id>.yaml \
                for every imported company and OUTPUT/content/resellers/<id>.yaml for every reseller \
                an export named; files that exist are refused unless --force. With --write-aliases, \
                writes the default alias table into ROOT/content/exports/ instead.
                """)

        @Argument(help: "Exports (.csv), each with a sidecar of the same name.")
        var files: [String] = []

        @Option(help: "The folder that holds content/: its role sets, resellers, companies and overlays are read.")
        var root: String = "."

        @Option(help: "Site root to write OUTPUT/content into (default: ROOT).")
        var output: String?

        @Flag(help: "Overwrite files of the same names that already exist (nothing else is touched).")
        var force = false

        @Flag(help: "Write the default alias table to ROOT/content/exports/aliases.yaml, and nothing else.")
        var writeAliases = false

        func validate() throws {
            if !writeAliases, files.isEmpty { throw ValidationError("name at least one export (.csv) to import") }
            for file in files where !file.lowercased().hasSuffix(".csv") {
                throw ValidationError("'\(file)' is not a .csv export (save a spreadsheet as CSV UTF-8 first)")
            }
        }

        func run() throws {
            let rootURL = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
            if writeAliases {
                let files = [(ExportConversion.aliasPath, Array(ExportConversion.defaultAliases.utf8))]
                try reportingFailure { try NewFiles(root: rootURL, force: force).write(files) }
                print("Wrote \(ExportConversion.aliasPath) in \(root): add the column names your exports use to it.")
                return
            }
            if let problem = Failures.rootProblem(rootURL.path) {
                Terminal.failure(root, problem)
                throw ExitCode.failure
            }
            let conversion = ExportConversion(root: rootURL, exports: files.map { URL(fileURLWithPath: $0) })
            let (content, model, diagnostics) = try reportingFailure { try conversion.load() }
            DiagnosticPrinter.print(diagnostics, root: rootURL)
            let masked = content.imports.maskedPeople.count
            if masked > 0 {
                Terminal.failure(
                    nil,
                    "\(masked) masked \(masked == 1 ? "person" : "people") cannot be written as YAML, where every person has an email: export again with the personal-data setting on"
                )
                throw ExitCode.failure
            }
            guard let model, !diagnostics.contains(where: { $0.severity == .error }) else {
                DiagnosticPrinter.summary(diagnostics, strict: false)
                throw ExitCode.failure
            }
            let target = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? rootURL
            if let problem = Failures.outputProblem(target.path, option: "--output") {
                Terminal.failure(output ?? root, problem)
                throw ExitCode.failure
            }
            let written = ImportWriter(model: model, imports: content.imports).files()
            try reportingFailure { try NewFiles(root: target, force: force).write(written) }
            var lines = ["Wrote \(written.count) file\(written.count == 1 ? "" : "s") in \(output ?? root):"]
            lines += written.map { "  \($0.path)" }
            lines.append(
                "They hold what the exports and overlays said: move the exports and overlays out of content/ before the next build."
            )
            let missing = diagnostics.filter { $0.message.hasSuffix("the export does not say who holds it") }.count
            if missing > 0 {
                lines.append(
                    "\(missing) of the warnings above \(missing == 1 ? "is a role" : "are roles") nobody holds: written by hand, \(missing == 1 ? "it is an error" : "they are errors") until you name the holders in the files."
                )
            }
            print(lines.joined(separator: "\n"))
        }
    }
}

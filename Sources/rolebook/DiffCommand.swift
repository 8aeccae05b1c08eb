import ArgumentParser
import Foundation
import RolebookBuild
import RolebookCore

extension RolebookCommand {
    /// `rolebook diff OLD NEW`: who gained or lost which role, which contracts appeared, ended or
    /// were renewed, between two versions of a site's data (docs/importing.md).
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two versions of the data: roles, contracts, people.",
            discussion: """
                OLD and NEW are each a site folder (holding content/), a content folder, or one \
                export (.csv with its sidecar) read with the data of the site at --root. Both are read \
                as a build reads them; records are followed by id, so a record that only moved to \
                another file is no change. Exits 1 when either side has errors (they are printed).
                """)

        @Argument(help: "The earlier data: a site folder, a content folder or an export.")
        var old: String

        @Argument(help: "The later data, the same way.")
        var new: String

        @Option(help: "The site whose role sets, resellers and overlays exports are read with.")
        var root: String = "."

        @Flag(help: "Print the changes as JSON, for scripts.")
        var json = false

        @Option(help: "Also write the changes as an HTML page to this file (a new file, unless --force).")
        var html: String?

        @Flag(help: "Overwrite the --html file when it exists.")
        var force = false

        func run() throws {
            let site = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
            var sides: [ModelComparer.Side] = []
            var failed = false
            for argument in [old, new] {
                let (side, diagnostics, folder) = try reportingFailure { try ChangeSource.load(argument, site: site) }
                if let side {
                    sides.append(side)
                } else {
                    DiagnosticPrinter.print(diagnostics.filter { $0.severity == .error }, root: folder)
                    Terminal.failure(
                        argument, "has errors, so there is nothing to compare (rolebook check shows them all)")
                    failed = true
                }
            }
            guard !failed, sides.count == 2 else { throw ExitCode.failure }
            let strings = SiteBuilder(options: BuildOptions(root: site)).words()
            let changes = ModelComparer(old: sides[0], new: sides[1], strings: strings).changes()
            print(json ? changes.json : changes.text(strings), terminator: "")
            if let html {
                let url = URL(fileURLWithPath: html).standardizedFileURL
                try reportingFailure {
                    try NewFiles(root: url.deletingLastPathComponent(), force: force).write([
                        (url.lastPathComponent, Array(changes.html(strings).utf8))
                    ])
                }
            }
        }
    }
}

import ArgumentParser
import Foundation
import RolebookBuild
import RolebookCore

extension RolebookCommand {
    /// `rolebook init [DIR]`: a new site that builds at once, as `hugo new site` and `zola init` do.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new site: role sets, contact chains, guides and an example company.",
            discussion: """
                Writes DIR/content (site.yaml dated today, the Autodesk role sets, contact chains, \
                resellers, guides and one example company with every field commented) and a .gitignore. \
                The default theme is built into rolebook, so nothing else is needed to build.
                """)

        @Argument(help: "The folder for the new site (made when missing).")
        var folder: String = "."

        @Flag(help: "Write into a folder that is not empty, replacing files of the same names.")
        var force = false

        func run() throws {
            let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
            let existing = NewSite.existingEntries(in: root)
            if !existing.isEmpty, !force {
                let shown = existing.prefix(5).joined(separator: ", ") + (existing.count > 5 ? ", ..." : "")
                Terminal.failure(folder, "is not empty (\(shown)): choose an empty folder, or pass --force")
                throw ExitCode.failure
            }
            let files = try reportingFailure { NewSite.files(asOf: try Today.day()) }
            try reportingFailure { try NewFiles(root: root, force: force).write(files) }
            var lines = ["Wrote a new site in \(folder):"]
            lines += files.map { "  \($0.path)" }
            lines += [
                "Next: cd \(folder) && rolebook build, then open output/index.html.",
                "Edit content/companies/example-company.yaml first; docs/content-format.md describes every key.",
            ]
            print(lines.joined(separator: "\n"))
        }
    }
}

import Foundation
import RolebookCore
import RolebookSource

/// `rolebook import FILE…`: the site's hand-written data and overlays, with the given exports in
/// place of the site's own, read through the same loader and resolver as a build; then the
/// imported records as Rolebook's YAML (``ImportWriter``).
package struct ExportConversion {
    package var root: URL
    /// The exports, as the user named them (each with its sidecar beside it).
    package var exports: [URL]

    package init(root: URL, exports: [URL]) {
        self.root = root
        self.exports = exports
    }

    /// The alias table `rolebook init` writes, used when the site has none of its own.
    package static var defaultAliases: String {
        StarterSite.files.first { $0.path == aliasPath }?.text ?? ""
    }

    package static let aliasPath = "content/exports/aliases.yaml"

    /// The model with the exports read into it, and every diagnostic; the model is nil when the
    /// content has no site settings.
    package func load() throws -> (content: LoadedContent, model: SiteModel?, diagnostics: [Diagnostic]) {
        let scanned = try SourceTree(root: root).scan()
        // The site's own exports are replaced by those named; its alias table and overlays stay.
        let site = scanned.filter { $0.section != "exports" && $0.section != "overlays" }
        var content = ContentLoader().load(site)
        var imports = scanned.filter { $0.section == "overlays" }
        if let aliases = scanned.first(where: { $0.path == Self.aliasPath }) {
            imports.append(aliases)
        } else {
            imports.append(SourceFile(path: Self.aliasPath, text: Self.defaultAliases))
        }
        var paths = Set(scanned.map(\.path))
        for url in exports {
            let csv = readFile(url)
            imports.append(csv)
            paths.insert(csv.path)
            let stem = url.deletingPathExtension()
            for ext in ["yaml", "yml", "json"] {
                let sidecar = stem.appendingPathExtension(ext)
                if FileManager.default.fileExists(atPath: sidecar.path) {
                    imports.append(readFile(sidecar))
                    break
                }
            }
        }
        var problems: [Diagnostic] = []
        imports = imports.filter { file in
            guard let problem = file.problem else { return true }
            problems.append(problem)
            return false
        }
        content.diagnostics += problems
        ExportImporter.load(imports, scanned: paths, contentFolder: "content", into: &content)
        let (model, diagnostics) = ModelResolver().resolve(content)
        return (content, model, diagnostics)
    }

    /// A file by the path diagnostics show: relative to the site when it is inside it, else absolute.
    private func readFile(_ url: URL) -> SourceFile {
        let full = url.standardizedFileURL.path
        let base = root.standardizedFileURL.path + "/"
        let shown = full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
        guard let data = FileManager.default.contents(atPath: full) else {
            return SourceFile(
                path: shown, text: "", problem: .error("cannot read the file", at: SourceLocation(path: shown)))
        }
        return SourceTree.decode(data, path: shown)
    }
}

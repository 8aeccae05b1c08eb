import Foundation
import RolebookCore
import RolebookSource

/// One side of `rolebook diff`, as named on the command line: a site folder (holding `content/`),
/// a content folder itself (holding `site.yaml`), or one export read with a site's other data.
package enum ChangeSource {
    /// The side's model, through the same scan, loader and resolver as a build; nil (with the
    /// diagnostics saying why) when the data has errors.
    /// `root`: the folder the diagnostics' paths are relative to.
    package static func load(_ argument: String, site: URL) throws -> (
        side: ModelComparer.Side?, diagnostics: [Diagnostic], root: URL
    ) {
        let url = URL(fileURLWithPath: argument).standardizedFileURL
        let content: LoadedContent
        let resolved: (SiteModel?, [Diagnostic])
        let root: URL
        if argument.lowercased().hasSuffix(".csv") {
            let loaded = try ExportConversion(root: site, exports: [url]).load()
            content = loaded.content
            resolved = (loaded.model, loaded.diagnostics)
            root = site
        } else {
            let tree =
                FileManager.default.fileExists(atPath: url.appendingPathComponent("site.yaml").path)
                ? SourceTree(root: url.deletingLastPathComponent(), contentFolder: url.lastPathComponent)
                : SourceTree(root: url)
            content = ContentLoader().load(try tree.scan())
            resolved = ModelResolver().resolve(content)
            root = tree.root
        }
        guard let model = resolved.0, !resolved.1.contains(where: { $0.severity == .error }) else {
            return (nil, resolved.1, root)
        }
        let side = ModelComparer.Side(model: model, masked: content.imports.maskedPeople, source: argument)
        return (side, resolved.1, root)
    }
}

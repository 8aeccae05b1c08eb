import Foundation
import RolebookCore
import RolebookRender

/// Reads `themes/<name>/templates/*.mustache` and `themes/<name>/assets/`, then lets the site's own
/// `templates/` folder override single templates, as Hugo's and Zola's layouts do.
struct ThemeLoader {
    var root: URL
    var name: String

    func load() -> (Theme?, [Diagnostic]) {
        let themeFolder = root.appendingPathComponent("themes").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: themeFolder.appendingPathComponent("templates").path) else {
            return (nil, [.error("theme '\(name)' not found: expected themes/\(name)/templates/", at: nil)])
        }
        var templates: [String: (text: String, path: String)] = [:]
        var diagnostics: [Diagnostic] = []
        var themeTemplates: [String] = []
        for folder in ["themes/\(name)/templates", "templates"] {
            for (relative, data) in files(under: folder) where relative.hasSuffix(".mustache") {
                let path = "\(folder)/\(relative)"
                let template = String(relative.dropLast(".mustache".count))
                if folder != "templates" { themeTemplates.append(template) }
                // An override no page uses is a typo or a leftover: say so rather than ignore it.
                if folder == "templates", !themeTemplates.contains(template) {
                    diagnostics.append(
                        .error(
                            "no template is named '\(template)': templates/ may only override the theme's templates (\(themeTemplates.sorted().joined(separator: ", ")))",
                            at: SourceLocation(path: path)))
                    continue
                }
                guard let text = String(data: Data(data), encoding: .utf8) else {
                    diagnostics.append(.error("template is not UTF-8 text", at: SourceLocation(path: path)))
                    continue
                }
                diagnostics += TemplateSafety.problems(in: text, path: path)
                templates[template] = (text, path)
            }
        }
        diagnostics += TemplateNames.problems(in: templates)
        let assets = Dictionary(
            uniqueKeysWithValues: files(under: "themes/\(name)/assets").map { ("assets/\($0.0)", $0.1) })
        return (Theme(templates: templates, assets: assets), diagnostics)
    }

    /// Regular files under a folder of the root, by path relative to that folder, sorted.
    private func files(under folder: String) -> [(String, [UInt8])] {
        let base = root.appendingPathComponent(folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var result: [(String, [UInt8])] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                !url.lastPathComponent.hasPrefix("."), let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.path.count + 1))
            result.append((relative, [UInt8](data)))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}

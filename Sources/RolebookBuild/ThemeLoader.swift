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
        let theme: (templates: [(String, [UInt8])], assets: [(String, [UInt8])], strings: [(String, [UInt8])])
        if FileManager.default.fileExists(atPath: themeFolder.appendingPathComponent("templates").path) {
            theme = (
                files(under: "themes/\(name)/templates"), files(under: "themes/\(name)/assets"),
                files(under: "themes/\(name)/strings")
            )
        } else if name == "default" {
            // The binary carries the default theme, so a site needs only content/ (and a copied
            // binary needs no folder beside it). A site's own themes/default/ takes precedence.
            theme = Self.builtIn(under: "templates/", DefaultTheme.files)
        } else {
            return (nil, [.error("theme '\(name)' not found: expected themes/\(name)/templates/", at: nil)])
        }
        var templates: [String: (text: String, path: String)] = [:]
        var diagnostics: [Diagnostic] = []
        var themeTemplates: [String] = []
        var checked: [(text: String, path: String)] = []
        for (folder, found) in [
            ("themes/\(name)/templates", theme.templates), ("templates", files(under: "templates")),
        ] {
            for (relative, data) in found where relative.hasSuffix(".mustache") {
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
                guard let text = String(validating: data, as: UTF8.self) else {
                    diagnostics.append(.error("template is not UTF-8 text", at: SourceLocation(path: path)))
                    continue
                }
                checked.append((text, path))
                templates[template] = (text, path)
            }
        }
        diagnostics += Self.problems(in: checked, templates: templates)
        // A theme copied before themes had strings files still has words: the built-in ones.
        let themeStrings =
            theme.strings.isEmpty
            ? Self.builtIn(under: "templates/", DefaultTheme.files).strings.map {
                ("themes/default/strings/\($0.0)", $0.1)
            }
            : theme.strings.map { ("themes/\(name)/strings/\($0.0)", $0.1) }
        var stringsSources: [(path: String, text: String)] = []
        for (path, data) in themeStrings + files(under: "strings").map({ ("strings/\($0.0)", $0.1) }) {
            guard let text = String(validating: data, as: UTF8.self) else {
                diagnostics.append(.error("strings file is not UTF-8 text", at: SourceLocation(path: path)))
                continue
            }
            stringsSources.append((path, text))
        }
        let siteCount = stringsSources.count { $0.path.hasPrefix("strings/") }
        let read = ThemeLanguages.read(
            theme: Array(stringsSources.dropLast(siteCount)), site: Array(stringsSources.suffix(siteCount)))
        diagnostics += read.diagnostics
        if let english = read.languages[ThemeLanguages.reference] {
            diagnostics += TemplateStrings.problems(in: templates, reference: english)
        }
        let assets = Dictionary(uniqueKeysWithValues: theme.assets.map { ("assets/\($0.0)", $0.1) })
        return (
            Theme(templates: templates, assets: assets, languages: read.languages, stringsSources: stringsSources),
            diagnostics
        )
    }

    /// What the template checks found, remembered per process by the templates' paths and text.
    ///
    /// Checking every name of every template against the view models is most of what `check`
    /// costs on a small site, and `serve` checks the same theme again after every edit of the
    /// content: the same text gives the same findings.
    /// (NSLock rather than `Mutex`, which needs macOS 15 where the package supports 14.)
    nonisolated(unsafe) private static var checkedThemes: [String: [Diagnostic]] = [:]
    private static let checkedThemesLock = NSLock()

    private static func problems(
        in checked: [(text: String, path: String)], templates: [String: (text: String, path: String)]
    ) -> [Diagnostic] {
        let key = checked.map { $0.path + "\u{0}" + $0.text }.joined(separator: "\u{1}")
        if let known = checkedThemesLock.withLock({ checkedThemes[key] }) { return known }
        let found =
            checked.flatMap { TemplateSafety.problems(in: $0.text, path: $0.path) }
            + TemplateNames.problems(in: templates)
        checkedThemesLock.withLock { checkedThemes[key] = found }
        return found
    }

    /// A compiled-in theme's templates and assets, by path relative to their folders.
    static func builtIn(under templatesFolder: String, _ files: [(path: String, text: String)])
        -> (templates: [(String, [UInt8])], assets: [(String, [UInt8])], strings: [(String, [UInt8])])
    {
        func under(_ prefix: String) -> [(String, [UInt8])] {
            files.filter { $0.path.hasPrefix(prefix) }.map {
                (String($0.path.dropFirst(prefix.count)), Array($0.text.utf8))
            }
        }
        return (under(templatesFolder), under("assets/"), under("strings/"))
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

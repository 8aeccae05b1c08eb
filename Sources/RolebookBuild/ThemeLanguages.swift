import RolebookCore
import RolebookSource

/// Reads the theme's strings files (`strings/<code>.yaml`) and the site's own (`strings/` at its
/// root), one table per language, and checks every language against English: a key missing or
/// unknown, a plural without its forms, an argument English does not give (docs/languages.md).
enum ThemeLanguages {
    /// The code English is checked as: every other language must give each of its keys.
    static let reference = "en"

    /// - Parameters:
    ///   - theme: the theme's files, path (for messages) and text.
    ///   - site: the site's own files, read over the theme's of the same code.
    static func read(theme: [(path: String, text: String)], site: [(path: String, text: String)]) -> (
        languages: [String: Strings], diagnostics: [Diagnostic]
    ) {
        var files: [String: StringsFile] = [:]
        var diagnostics: [Diagnostic] = []
        for (path, text) in theme + site {
            guard let code = code(of: path, diagnostics: &diagnostics) else { continue }
            let read = StringsFile.read(code: code, text: text, path: path, over: files[code])
            diagnostics += read.diagnostics
            if let file = read.file { files[code] = file }
        }
        guard let english = files[reference] else {
            if !files.isEmpty || !theme.isEmpty {
                diagnostics.append(
                    .error(
                        "the theme has no strings/\(reference).yaml: it is the table every language is checked against",
                        at: nil))
            }
            return ([:], diagnostics)
        }
        for (code, file) in files.sorted(by: { $0.key < $1.key }) where code != reference {
            diagnostics += file.problems(against: english)
        }
        return (files.mapValues(\.strings), diagnostics)
    }

    /// A language code is the file's name: `de.yaml`, `pt-br.yaml`.
    private static func code(of path: String, diagnostics: inout [Diagnostic]) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".yaml") else {
            diagnostics.append(
                .error(
                    "unexpected file: a strings file is named for its language, such as de.yaml",
                    at: SourceLocation(path: path)))
            return nil
        }
        let code = String(name.dropLast(".yaml".count))
        guard Strings.isLanguageCode(code) else {
            diagnostics.append(
                .error(
                    "'\(code)' is not a language code: name a strings file for its language in lower case, such as de.yaml or pt-br.yaml",
                    at: SourceLocation(path: path)))
            return nil
        }
        return code
    }
}

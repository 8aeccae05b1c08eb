import Foundation
import RolebookCore
import RolebookSource

extension SiteBuilder {
    /// The resolved model and the content's diagnostics, read as `check` reads them (with
    /// `--as-of`), without the theme: for commands that answer questions from the data, such as
    /// `rolebook who`. The model is nil when the site cannot be resolved at all.
    package func model() throws -> (model: SiteModel?, diagnostics: [Diagnostic]) {
        let files = try SourceTree(root: options.root).scan()
        var content = ContentLoader().load(files)
        if let day = try DataDate.override(options.asOf) { content.settings?.asOf = day }
        return ModelResolver().resolve(content)
    }

    /// The words of the site's default language, from its theme and its own `strings/`: for
    /// commands that write for readers outside a build (`rolebook who`, `rolebook diff`). The
    /// built-in English when the theme has none for it (the build reports why).
    package func words() -> Strings {
        let url = options.root.appendingPathComponent("content/site.yaml")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let settings = DataDate.settings(in: [SourceFile(path: "content/site.yaml", text: text)])
        let theme = ThemeLoader(root: options.root, name: options.theme).load().0
        return theme?.languages[settings?.defaultLanguage ?? "en"] ?? .english
    }
}

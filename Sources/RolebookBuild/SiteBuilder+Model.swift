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
}

import Mustache
import RolebookCore

/// A theme's templates in one language, compiled once per build and language and shared by the
/// site and every bundle.
package struct CompiledTheme: Sendable {
    let library: MustacheLibrary
    /// The theme's `report-style` template (CSS), inlined into reports and packets.
    let reportCSS: String
    /// The language's words, for what Swift composes.
    package let strings: Strings

    /// Compiles the theme's templates with the language's words as partials (`t.<key>`, see
    /// ``TemplateStrings``); every parse error and missing template is reported at once.
    package static func compile(_ theme: Theme, strings: Strings) -> (CompiledTheme?, [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        for (name, text) in TemplateStrings.partials(strings) {
            // Made from escaped text and `{{$name}}` blocks only, so they always parse.
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                // On a line of its own the pragma leaves no trace in the output; error lines are shifted back.
                let text = "{{% CONTENT_TYPE: \(FastHTMLContentType.name) }}\n" + template.text
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        "template does not parse: \(error.error)",
                        at: SourceLocation(
                            path: template.path, line: max(1, error.context.lineNumber - 1),
                            column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template does not parse: \(error)", at: SourceLocation(path: template.path)))
            }
        }
        for name in Theme.requiredTemplates where theme.templates[name] == nil {
            diagnostics.append(.error("the theme has no '\(name).mustache' template", at: nil))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        // Each template again with its words in place of the strings partials, which draws the
        // same text without a partial per word per page; the checked source above locates errors.
        for (name, template) in theme.templates {
            let text =
                "{{% CONTENT_TYPE: \(FastHTMLContentType.name) }}\n" + TemplateStrings.inlined(template.text, strings)
            if let inlined = try? MustacheTemplate(string: text) { library.register(inlined, named: name) }
        }
        // A template, not an asset: it is inlined into reports, and a site may override it like any template.
        return (
            CompiledTheme(library: library, reportCSS: theme.templates["report-style"]?.text ?? "", strings: strings),
            []
        )
    }
}

import Foundation
import RolebookCore

/// What the browser shows in place of every page while the last build failed: the diagnostics as
/// the terminal prints them (`path:line:column: error: message`, the quoted line and the caret),
/// HTML-escaped, until the next good build reloads the page it replaced.
package struct BuildFailurePage: Equatable, Sendable {
    /// The diagnostics' text, as `rolebook build` prints it without colour.
    package var text: String
    /// "2 errors, 1 warning".
    package var summary: String

    /// The page for a build stopped by its diagnostics; paths are read under `root` for the quoted lines.
    package init(diagnostics: [Diagnostic], root: URL) {
        var renderer = DiagnosticRenderer(colour: false, source: DiagnosticRenderer.files(under: root))
        text = renderer.render(diagnostics)
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        summary = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// The page for a build that could not run at all (a folder it cannot write, say), told in one line.
    package init(failure: String) {
        text = "error: \(Diagnostic.escaped(failure))\n"
        summary = "1 error"
    }

    /// The whole page, with the reload script for build `generation`.
    package func html(generation: Int) -> [UInt8] {
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed · Rolebook</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; color: #1d1d1f; }
            h1 { font-size: 1.4rem; color: #b00020; }
            pre { background: #fff5f5; border-left: 4px solid #b00020; padding: 1rem; overflow-x: auto;
                  font: 14px/1.45 ui-monospace, monospace; white-space: pre; }
            </style>
            </head>
            <body>
            <main>
            <h1>The site did not build: \(Self.escaped(summary))</h1>
            <p>Fix it and save: this page turns back into the site by itself.</p>
            <pre id="rolebook-diagnostics">\(Self.escaped(text))</pre>
            </main>
            \(LiveReload.script(generation: generation))</body>
            </html>

            """
        return Array(page.utf8)
    }

    /// Text for HTML element content and attribute values: a message quotes data (names, keys,
    /// file contents), which must show as written and never act as markup.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

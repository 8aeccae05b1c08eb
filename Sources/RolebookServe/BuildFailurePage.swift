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

    /// At most this many diagnostics are drawn, errors first: a site of thousands of companies can
    /// have thousands of warnings, which the terminal lists in full; the page is for what to fix.
    package static let shownLimit = 50

    /// The page for a build stopped by its diagnostics; paths are read under `root` for the quoted lines.
    package init(diagnostics: [Diagnostic], root: URL) {
        var renderer = DiagnosticRenderer(colour: false, source: DiagnosticRenderer.files(under: root))
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error }
        text = renderer.render(Array(ordered.prefix(Self.shownLimit)))
        if ordered.count > Self.shownLimit {
            text += "… and \(ordered.count - Self.shownLimit) more: the terminal lists them all.\n"
        }
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
            <h1>The site did not build: \(HTMLText.escape(summary))</h1>
            <p>Fix it and save: this page turns back into the site by itself.</p>
            <pre id="rolebook-diagnostics">\(HTMLText.escape(text))</pre>
            </main>
            \(LiveReload.script(generation: generation))</body>
            </html>

            """
        return Array(page.utf8)
    }
}

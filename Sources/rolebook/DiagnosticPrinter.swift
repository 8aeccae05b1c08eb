import Foundation
import RolebookBuild
import RolebookCore

/// Prints diagnostics on standard error: each GCC-style line (`path:line:column: severity: message`,
/// which editors and scripts parse), then the source line with a caret under the column, notes alike.
///
/// The excerpt is printed on every stream, not only on a terminal, as swiftc and rustc do: a CI
/// log or a piped `2>&1 | less` is read by a person just as a terminal is, and the first line of
/// every diagnostic stays the one-line form, so tools that match it are unaffected (excerpt lines
/// start with a space and a line number, which no `path:line:column:` pattern matches). Colour is
/// what depends on the stream: see ``Terminal/colour``.
enum DiagnosticPrinter {
    /// `root` is the site root: diagnostic paths are relative to it.
    static func print(_ diagnostics: [Diagnostic], root: URL) {
        guard !diagnostics.isEmpty else { return }
        var renderer = DiagnosticRenderer(colour: Terminal.colour, source: DiagnosticRenderer.files(under: root))
        Terminal.write(renderer.render(diagnostics))
    }

    /// A build's diagnostics: those it has at hand already rendered (without colour) printed as
    /// they are, the others rendered here.
    static func print(_ report: BuildReport, root: URL) {
        guard let rendered = report.renderedDiagnostics, !Terminal.colour else {
            return print(report.diagnostics, root: root)
        }
        Terminal.write(rendered.text)
        print(Array(report.diagnostics.dropFirst(rendered.count)), root: root)
    }

    static func summary(_ diagnostics: [Diagnostic], strict: Bool) {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        var line = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 || (strict && diagnostics.contains { $0.severity == .warning && !$0.isAdvisory }) {
            line += "; nothing was written"
        }
        Terminal.write(line + "\n")
    }
}

/// Standard error, and whether it gets colour.
enum Terminal {
    /// ANSI colour only when standard error is a terminal, and not when `NO_COLOR` is set to
    /// anything (https://no-color.org) or the terminal is `TERM=dumb`.
    static var colour: Bool {
        guard isatty(STDERR_FILENO) == 1 else { return false }
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `error: <subject>: <reason>`: how a failure that is not about the content (a folder that
    /// cannot be used, a file in the way) is reported; the command then exits 1. The subject is
    /// usually a path the user typed, so it is escaped like data in a diagnostic.
    static func failure(_ subject: String?, _ reason: String) {
        let label = colour ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        let text = subject.map { "\(Diagnostic.escaped($0)): \(reason)" } ?? reason
        write("\(label) \(text)\n")
    }
}

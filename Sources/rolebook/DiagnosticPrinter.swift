import Foundation
import RolebookCore

/// Prints diagnostics GCC-style on standard error, one per line plus its notes.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func summary(_ diagnostics: [Diagnostic], strict: Bool) {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        var line = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 || (strict && warnings > 0) { line += "; nothing was written" }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

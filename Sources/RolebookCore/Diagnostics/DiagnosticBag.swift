/// Collects every problem of a run so they can all be reported before anything is written.
package struct DiagnosticBag: Sendable {
    package private(set) var diagnostics: [Diagnostic] = []

    package init() {}

    package mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    package mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    package mutating func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        append(.error(message, at: location, notes: notes))
    }

    package mutating func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic.Note] = []) {
        append(.warning(message, at: location, notes: notes))
    }

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    package var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    package var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// Sorted by place, then message, so output is the same on every run whatever order the stages found them.
    package var sorted: [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            switch (lhs.location, rhs.location) {
            case (let l?, let r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return (lhs.severity.rawValue, lhs.message) < (rhs.severity.rawValue, rhs.message)
            }
        }
    }
}

/// One problem found in the content, with where it is and, optionally, related places.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad a problem is; `--strict` treats warnings as errors.
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
    }

    /// A related place that helps explain the problem ("first defined here").
    public struct Note: Hashable, Sendable, Codable {
        public var location: SourceLocation?
        public var message: String

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.location = location
            self.message = message
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    public var notes: [Note]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// The GCC-style text, one line per note: what `rolebook check` prints.
    public var description: String {
        var lines = ["\(location.map { "\($0): " } ?? "")\(severity.rawValue): \(message)"]
        for note in notes {
            lines.append("\(note.location.map { "\($0): " } ?? "")note: \(note.message)")
        }
        return lines.joined(separator: "\n")
    }
}

/// One problem found in the content, with where it is and, optionally, related places.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad a problem is; `--strict` treats warnings as errors.
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
        /// Information, never a failure, not even with `--strict`: an export column ignored, or
        /// an export column's older name (domain.md's V18 "info").
        case note
    }

    /// A related place that helps explain the problem ("first defined here").
    public struct Note: Hashable, Sendable, Codable {
        public var location: SourceLocation?
        public var message: String

        /// A note that points at a related place, printed under its diagnostic.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.location = location
            self.message = message
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    public var notes: [Note]
    /// A warning about the state of the data rather than a mistake in it (the data's `as_of` is
    /// old): shown, but never made fatal by `--strict`, so a strict build does not start failing
    /// as the calendar moves.
    public var isAdvisory = false

    // `isAdvisory` is worked out anew on every run, never stored with the build state.
    enum CodingKeys: String, CodingKey {
        case severity, location, message, notes
    }

    /// A diagnostic at a place, or at none (a problem of the whole site or of a folder).
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// An error: it stops `build` and fails `check`.
    public static func error(_ message: String, at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    /// A warning: it stops a run only with `--strict`.
    public static func warning(_ message: String, at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// The GCC-style text, one line per note: what `rolebook check` prints.
    ///
    /// Messages quote data (names, keys, file names), so anything that would act on a terminal or
    /// break the one-line-per-problem form is shown escaped, as `\u{1B}`. Only this text form
    /// escapes: ``message`` keeps the data as written, for JSON (which escapes on its own).
    public var description: String {
        var lines = [
            "\(location.map { "\(Self.escaped($0.description)): " } ?? "")\(severity.rawValue): \(Self.escaped(message))"
        ]
        for note in notes {
            lines.append(
                "\(note.location.map { "\(Self.escaped($0.description)): " } ?? "")note: \(Self.escaped(note.message))")
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with control characters (C0, DEL, C1), line and paragraph separators and the
    /// bidirectional controls (which reorder what a terminal shows) written as `\u{…}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}

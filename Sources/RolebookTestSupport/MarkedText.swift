import RolebookCore

/// A text with position markers in it, so that a test says where a diagnostic points by marking the
/// place in the text instead of counting lines and columns (after swift-format's `MarkedText`).
///
/// A marker is a keycap emoji, `0️⃣` to `9️⃣`, or `🔟`, written just before the character the
/// diagnostic should point at:
///
///     let company = MarkedText("""
///         contracts:
///           - 1️⃣id: k
///             assignments:
///               - {role: 2️⃣ownr, person: ann}
///         """)
///     company.text          // the same text without the markers, to write to a file
///     try company["1️⃣"]     // line 2, column 5
///     try company["2️⃣"]     // line 4, column 16
///
/// Positions are counted in the text without markers, the way ``SourceLocation`` counts them:
/// 1-based lines split at `\n`, and 1-based columns in Unicode scalars (so `é` written as
/// `e` + U+0301 is two columns, and `😀` one). A keycap is recognised with or without its
/// variation selector (U+FE0F), and either way is named with it: `1️⃣`.
///
/// Asking for a marker that is not in the text, or that is in it more than once, throws, so a
/// mistyped marker fails the test that asks for it instead of pointing somewhere plausible.
package struct MarkedText: Hashable, Sendable {
    /// A 1-based line and column in ``text``.
    package struct Position: Hashable, Sendable, CustomStringConvertible {
        package var line: Int
        package var column: Int

        package init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        package var description: String { "\(line):\(column)" }
    }

    /// Why a marker has no single position.
    package enum LookupError: Error, Equatable, CustomStringConvertible {
        case missing(String, known: [String])
        case repeated(String)

        package var description: String {
            switch self {
            case .missing(let marker, let known):
                "marker \(marker) is not in the text (it has \(known.isEmpty ? "none" : known.joined(separator: " ")))"
            case .repeated(let marker): "marker \(marker) is in the text more than once"
            }
        }
    }

    /// The text with every marker removed.
    package let text: String
    /// Where each marker was, in ``text``; a repeated marker keeps its first position.
    package let markers: [String: Position]
    /// Markers written more than once, which ``subscript(_:)`` refuses.
    package let repeated: Set<String>

    package init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var markers: [String: Position] = [:]
        var repeated: Set<String> = []
        var position = Position(line: 1, column: 1)
        let scalars = Array(marked.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let (name, length) = Self.marker(at: index, in: scalars) {
                if markers[name] == nil { markers[name] = position } else { repeated.insert(name) }
                index += length
                continue
            }
            let scalar = scalars[index]
            text.append(scalar)
            if scalar == "\n" {
                position = Position(line: position.line + 1, column: 1)
            } else {
                position.column += 1
            }
            index += 1
        }
        self.text = String(text)
        self.markers = markers
        self.repeated = repeated
    }

    /// The position of `marker` in ``text``; throws ``LookupError`` when it is missing or repeated.
    package subscript(_ marker: String) -> Position {
        get throws {
            let name = Self.canonical(marker)
            if repeated.contains(name) { throw LookupError.repeated(name) }
            guard let position = markers[name] else { throw LookupError.missing(name, known: markers.keys.sorted()) }
            return position
        }
    }

    /// The position of `marker` as a location in the file at `path` (relative to the site root).
    package func location(_ marker: String, in path: String) throws -> SourceLocation {
        let position = try self[marker]
        return SourceLocation(path: path, line: position.line, column: position.column)
    }

    private static let variationSelector: Unicode.Scalar = "\u{FE0F}"
    private static let keycap: Unicode.Scalar = "\u{20E3}"
    private static let keycapTen: Unicode.Scalar = "\u{1F51F}"

    /// The marker starting at `index`, named in its canonical form, and how many scalars it takes.
    private static func marker(at index: Int, in scalars: [Unicode.Scalar]) -> (name: String, length: Int)? {
        let first = scalars[index]
        if first == keycapTen { return ("🔟", 1) }
        guard ("0"..."9").contains(first) else { return nil }
        var next = index + 1
        if next < scalars.count, scalars[next] == variationSelector { next += 1 }
        guard next < scalars.count, scalars[next] == keycap else { return nil }
        return (String(first) + "\u{FE0F}\u{20E3}", next + 1 - index)
    }

    /// `marker` named as ``init(_:)`` names it, so `1⃣` and `1️⃣` ask for the same marker.
    private static func canonical(_ marker: String) -> String {
        let scalars = Array(marker.unicodeScalars)
        guard !scalars.isEmpty, let (name, length) = Self.marker(at: 0, in: scalars), length == scalars.count else {
            return marker
        }
        return name
    }
}

import RolebookCore

/// Value placeholders in guidance text: `{{contract-manager.email}}`.
///
/// In rendered HTML a placeholder travels as a hole between two private-use characters, which
/// cmark passes through untouched and no author types; ``parts(fromRendered:)`` turns the holes
/// back into ``GuideHTML/Part/value(_:)``.
public enum Placeholder {
    public enum Piece: Hashable, Sendable {
        case text(String)
        case value(String)
    }

    static let holeStart = "\u{E000}"
    static let holeEnd = "\u{E001}"

    /// Splits text at `{{ name }}`; a name is letters, digits, `-` and `.`. Anything else stays text.
    public static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: " ")
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else {
                pieces.append(.text(String(rest[..<open.upperBound])))
                rest = rest[open.upperBound...]
                continue
            }
            if open.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<open.lowerBound]))) }
            pieces.append(.value(name))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return merged(pieces)
    }

    static func parts(fromRendered html: String) -> GuideHTML {
        var parts: [GuideHTML.Part] = []
        var rest = Substring(html)
        while let start = rest.range(of: holeStart), let end = rest[start.upperBound...].range(of: holeEnd) {
            if start.lowerBound > rest.startIndex { parts.append(.html(String(rest[..<start.lowerBound]))) }
            parts.append(.value(String(rest[start.upperBound..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
        if !rest.isEmpty { parts.append(.html(String(rest))) }
        return GuideHTML(parts: parts)
    }

    private static func merged(_ pieces: [Piece]) -> [Piece] {
        var out: [Piece] = []
        for piece in pieces {
            if case let .text(b) = piece, case let .text(a)? = out.last {
                out[out.count - 1] = .text(a + b)
            } else {
                out.append(piece)
            }
        }
        return out
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}

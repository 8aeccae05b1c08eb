import Foundation
import RolebookCore

/// One `{{...}}` tag of a template, located where its `{{` starts: what both template checks
/// (names per view model, and unescaped values) read, so both locate a tag the same way.
struct MustacheTag {
    var location: SourceLocation
    /// Written `{{{name}}}`.
    var isTriple: Bool
    /// What stands between the braces, trimmed of spaces: `#pages`, `name`, `& name`, `=<% %>=`.
    var body: String

    /// The tags of a template in order. Tolerant: scanning stops at a tag that never closes, which
    /// the template compiler reports.
    static func scan(_ text: String, path: String) -> [MustacheTag] {
        var tags: [MustacheTag] = []
        var line = 1
        var column = 1
        var rest = Substring(text)
        // Lines and columns (in Unicode scalars, as SourceLocation counts them) up to `index`.
        func advance(to index: Substring.Index) {
            for scalar in rest.unicodeScalars[..<index] {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            rest = rest[index...]
        }
        while let start = rest.range(of: "{{") {
            advance(to: start.lowerBound)
            let location = SourceLocation(path: path, line: line, column: column)
            let triple = rest.dropFirst(2).hasPrefix("{")
            let inside = rest.dropFirst(triple ? 3 : 2)
            guard let end = inside.range(of: triple ? "}}}" : "}}") else { break }
            tags.append(
                MustacheTag(
                    location: location, isTriple: triple,
                    body: inside[..<end.lowerBound].trimmingCharacters(in: .whitespaces)))
            advance(to: end.upperBound)
        }
        return tags
    }
}

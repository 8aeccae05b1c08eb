import Foundation
import RolebookCore

/// The one rule that keeps data text, never markup, in any theme or site override: a template may
/// insert a value unescaped (`{{{name}}}` or `{{& name}}`) only when the field's name ends in
/// `HTML`, which view models give only to HTML that cmark or the renderer made. Changing the
/// delimiters (`{{=<% %>=}}`) would hide tags from this check, so it is not allowed either.
package enum TemplateSafety {
    /// Every breach in one template's text, located at its tag.
    package static func problems(in text: String, path: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var line = 1
        var column = 1
        var rest = Substring(text)
        func advance(to index: Substring.Index) {
            for character in rest[..<index] {
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            rest = rest[index...]
        }
        while let open = rest.range(of: "{{") {
            advance(to: open.lowerBound)
            let tag = rest.dropFirst(2)
            let location = SourceLocation(path: path, line: line, column: column)
            if tag.hasPrefix("=") {
                problems.append(.error("templates may not change the Mustache delimiters ({{=...=}})", at: location))
            } else if tag.hasPrefix("{") || tag.hasPrefix("&") {
                let body = tag.dropFirst().prefix { $0 != "}" }
                let name = body.trimmingCharacters(in: .whitespaces)
                let field = name.split(separator: ".").last.map(String.init) ?? name
                if !field.hasSuffix("HTML") {
                    problems.append(
                        .error(
                            "'\(name)' is inserted unescaped; only fields whose names end in HTML may be (use {{\(name)}} to insert it as text)",
                            at: location))
                }
            }
            advance(to: rest.index(rest.startIndex, offsetBy: 2))
        }
        return problems
    }
}

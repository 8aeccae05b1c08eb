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
        for tag in MustacheTag.scan(text, path: path) {
            if tag.body.hasPrefix("=") {
                problems.append(
                    .error("templates may not change the Mustache delimiters ({{=...=}})", at: tag.location))
            } else if tag.isTriple || tag.body.hasPrefix("&") {
                let name = tag.isTriple ? tag.body : tag.body.dropFirst().trimmingCharacters(in: .whitespaces)
                let field = name.split(separator: ".").last.map(String.init) ?? name
                if !field.hasSuffix("HTML") {
                    problems.append(
                        .error(
                            "'\(name)' is inserted unescaped; only fields whose names end in HTML may be (use {{\(name)}} to insert it as text)",
                            at: tag.location))
                }
            }
        }
        return problems
    }
}

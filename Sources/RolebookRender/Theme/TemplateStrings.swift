import Foundation
import RolebookCore

/// How templates say words: every key of the language's strings file is a partial named
/// `t.<key>`, so a template writes `{{>t.companies}}` for a label, and for a sentence with
/// arguments passes each argument's markup as a block of a parent partial (Mustache's template
/// inheritance), which the language's words place in their own order:
///
///     {{<t.contractOfCompany}}{{$number}}{{number}}{{/number}}{{$company}}<a href="{{root}}{{company.href}}">{{company.label}}</a>{{/company}}{{/t.contractOfCompany}}
///
/// Strings are partials, not a field of the view models, because swift-mustache looks a field up
/// through the whole context stack: a `t` field would climb to whichever model answers it, and
/// every view model would have to carry it. A partial is found in the library, never in the
/// context, so no view model knows about languages; and its arguments are ordinary template text,
/// whose names ``TemplateNames`` checks where the sentence is written. The words are HTML-escaped
/// when the partial is made: a translation is text, never markup.
package enum TemplateStrings {
    /// The prefix of every strings partial.
    package static let prefix = "t."

    /// The partials one language adds to the theme: one per key with a single text (a plural needs
    /// a count, so Swift chooses its form), and `t.lang` and `t.dir`.
    static func partials(_ strings: Strings) -> [String: String] {
        var partials: [String: String] = [:]
        for (key, value) in strings.values {
            guard case .text(let text) = value else { continue }
            partials[prefix + key] = template(text)
        }
        partials[prefix + "lang"] = escape(strings.code)
        partials[prefix + "dir"] = strings.direction.rawValue
        return partials
    }

    /// A text as template source: its words escaped (braces too, so no translation makes a tag),
    /// each `{name}` an empty block the caller fills.
    static func template(_ text: String) -> String {
        Strings.parts(of: text).map { part in
            switch part {
            case .literal(let literal):
                escape(literal)
            case .placeholder(let name): "{{$\(name)}}{{/\(name)}}"
            }
        }.joined()
    }

    /// `&`, `<`, `>` and `"`: what text and a double-quoted attribute need (templates quote their
    /// attributes with `"`), and the braces, so that no translation makes a tag. An apostrophe
    /// stays as written, as it does in a template's own text.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "{": out += "&#123;"
            case "}": out += "&#125;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Every use of a key the reference language (English) does not give, of a plural, or with
    /// arguments other than the text's own, located at its tag.
    package static func problems(in templates: [String: (text: String, path: String)], reference: Strings)
        -> [Diagnostic]
    {
        var problems: [Diagnostic] = []
        for (_, template) in templates.sorted(by: { $0.key < $1.key }) {
            // Open tags, with the blocks given so far when the tag is a strings parent.
            var open: [(name: String, sigil: Character, location: SourceLocation, arguments: [String])] = []
            for tag in MustacheTag.scan(template.text, path: template.path) where !tag.isTriple {
                guard let sigil = tag.body.first else { continue }
                let name = String(tag.body.dropFirst()).trimmingCharacters(in: .whitespaces)
                switch sigil {
                case "#", "^", "$", "<":
                    if sigil == "$", let parent = open.last, parent.sigil == "<", parent.name.hasPrefix(prefix) {
                        open[open.count - 1].arguments.append(name)
                    }
                    if sigil == "<", name.hasPrefix(prefix) {
                        problems += check(name, at: tag.location, reference: reference, withArguments: true)
                    }
                    open.append((name, sigil, tag.location, []))
                case "/":
                    guard let index = open.lastIndex(where: { $0.name == name }) else { continue }
                    let closed = open[index]
                    open.removeSubrange(index...)
                    if closed.sigil == "<", name.hasPrefix(prefix) {
                        problems += arguments(closed.arguments, of: name, at: closed.location, reference: reference)
                    }
                case ">":
                    if name.hasPrefix(prefix) {
                        problems += check(name, at: tag.location, reference: reference, withArguments: false)
                    }
                default: continue
                }
            }
        }
        return problems
    }

    private static func check(_ partial: String, at location: SourceLocation, reference: Strings, withArguments: Bool)
        -> [Diagnostic]
    {
        let key = String(partial.dropFirst(prefix.count))
        if Strings.reservedKeys.contains(key) { return [] }
        switch reference.values[key] {
        case nil:
            let hint = Spelling.closest(to: key, among: reference.values.keys.sorted()).map {
                "; did you mean 't.\($0)'?"
            }
            return [
                .error(
                    "unknown string '\(partial)': the strings file \(reference.code).yaml has no key '\(key)'\(hint ?? "")",
                    at: location)
            ]
        case .plural:
            return [
                .error(
                    "'\(key)' is shown with a count and has plural forms: a view model gives it, worded in Swift with the count",
                    at: location)
            ]
        case .text(let text):
            let names = Strings.placeholders(in: text)
            guard !withArguments, !names.isEmpty else { return [] }
            return [
                .error(
                    "'\(key)' takes arguments (\(names.map { "{\($0)}" }.joined(separator: ", "))): write {{<\(partial)}}\(names.map { "{{$\($0)}}…{{/\($0)}}" }.joined()){{/\(partial)}}",
                    at: location)
            ]
        }
    }

    private static func arguments(
        _ given: [String], of partial: String, at location: SourceLocation, reference: Strings
    )
        -> [Diagnostic]
    {
        let key = String(partial.dropFirst(prefix.count))
        guard case .text(let text)? = reference.values[key] else { return [] }
        let names = Strings.placeholders(in: text)
        var problems: [Diagnostic] = []
        for name in names where !given.contains(name) {
            problems.append(.error("'\(partial)' needs the argument {{$\(name)}}…{{/\(name)}}", at: location))
        }
        for name in given where !names.contains(name) {
            let known = names.isEmpty ? "none" : names.map { "{\($0)}" }.joined(separator: ", ")
            problems.append(
                .error("'\(partial)' has no argument '\(name)' (its text has \(known))", at: location))
        }
        return problems
    }
}

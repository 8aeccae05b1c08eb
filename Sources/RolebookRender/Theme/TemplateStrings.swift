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

    /// The template's source with every strings partial (`{{>t.key}}`, and `{{<t.key}}` with its
    /// blocks) replaced by the language's words, the blocks' source put where the words place
    /// them: what rendering the partials gives, made once per build instead of once per word per
    /// page (a page says a few hundred words). A tag stays as written where a partial would not
    /// draw exactly its words: one the language does not answer (a plural, an unknown key: errors
    /// the checks report), one that may stand alone on its line or be indented (Mustache then
    /// drops the line's whitespace or indents the partial), a parent over several lines (its
    /// blocks' indentation is adjusted) or whose blocks ask for a list position (`first()`, which a
    /// partial does not see).
    /// - Parameter midLine: the template is a parent's block, which starts and ends inside a line.
    package static func inlined(_ template: String, _ strings: Strings, midLine: Bool = false) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let triple = rest[open.upperBound...].hasPrefix("{")
            guard let close = rest[open.upperBound...].range(of: triple ? "}}}" : "}}") else { break }
            let tag = rest[open.lowerBound..<close.upperBound]
            let body = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard !triple, let sigil = body.first, sigil == ">" || sigil == "<",
                case let name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces),
                let parts = words(name, strings), !startsLine(template[..<open.lowerBound], midLine: midLine)
            else {
                out += tag
                continue
            }
            var blocks: [String: String] = [:]
            var after = rest
            if sigil == "<" {
                guard let parent = parentBlocks(name, in: rest),
                    !rest[..<parent.rest.startIndex].contains(where: \.isNewline),
                    !parent.blocks.values.contains(where: { $0.contains("()") })
                else {
                    out += tag
                    continue
                }
                blocks = parent.blocks.mapValues { inlined($0, strings, midLine: true) }
                after = parent.rest
            }
            guard !endsLine(after, midLine: midLine) else {
                out += tag
                continue
            }
            rest = after
            for part in parts {
                switch part {
                case .literal(let literal): out += escape(literal)
                case .placeholder(let name): out += blocks[name] ?? ""
                }
            }
        }
        return out + rest
    }

    /// Whether only spaces, tabs and tags that draw nothing (comments, pragmas, delimiters) stand
    /// between the line's start and a tag: Mustache may then treat the tag as standing alone or
    /// indent what it draws.
    private static func startsLine(_ before: Substring, midLine: Bool) -> Bool {
        guard let newline = before.utf8.lastIndex(of: UInt8(ascii: "\n")) else {
            return !midLine && startsLine(before)
        }
        return startsLine(before[before.utf8.index(after: newline)...])
    }

    private static func startsLine(_ line: Substring) -> Bool {
        var line = line
        while let open = line.range(of: "{{") {
            guard line[..<open.lowerBound].allSatisfy({ $0 == " " || $0 == "\t" }),
                let sigil = line[open.upperBound...].first, "!%=".contains(sigil),
                let close = line[open.upperBound...].range(of: "}}")
            else { return false }
            line = line[close.upperBound...]
        }
        return line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether only spaces and tabs stand between a tag and the end of its line.
    private static func endsLine(_ after: Substring, midLine: Bool) -> Bool {
        let rest = after.drop { $0 == " " || $0 == "\t" }
        return rest.isEmpty ? !midLine : rest.first!.isNewline
    }

    /// The words a strings partial stands for, as its partial makes them; nil when it is no
    /// strings partial or the language has no single text for it.
    private static func words(_ name: String, _ strings: Strings) -> [Strings.Part]? {
        guard name.hasPrefix(prefix) else { return nil }
        switch String(name.dropFirst(prefix.count)) {
        case "lang": return [.literal(strings.code)]
        case "dir": return [.literal(strings.direction.rawValue)]
        case let key:
            guard case .text(let text)? = strings.values[key] else { return nil }
            return Strings.parts(of: text)
        }
    }

    /// The blocks (`{{$name}}source{{/name}}`) of a parent tag whose `{{<name}}` was just read, and
    /// what follows its `{{/name}}`; text between blocks is ignored, as Mustache ignores it.
    private static func parentBlocks(_ parent: String, in text: Substring) -> (
        blocks: [String: String], rest: Substring
    )? {
        var blocks: [String: String] = [:]
        var rest = text
        // Open sections, blocks and parents, innermost last; the first is the block being read.
        var open: [(name: String, sigil: Character)] = []
        var blockStart = rest.startIndex
        while let start = rest.range(of: "{{") {
            let triple = rest[start.upperBound...].hasPrefix("{")
            guard let end = rest[start.upperBound...].range(of: triple ? "}}}" : "}}") else { return nil }
            let body = rest[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            let tagStart = start.lowerBound
            rest = rest[end.upperBound...]
            guard !triple, let sigil = body.first else { continue }
            let name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "#", "^", "$", "<":
                if open.isEmpty { blockStart = rest.startIndex }
                open.append((name, sigil))
            case "/":
                if open.isEmpty {
                    return name == parent ? (blocks, rest) : nil
                }
                let closed = open.removeLast()
                guard closed.name == name else { return nil }
                if open.isEmpty, closed.sigil == "$" { blocks[name] = String(text[blockStart..<tagStart]) }
            default: continue
            }
        }
        return nil
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

import RolebookCore

/// Value placeholders in guidance text: `{{contract-manager.email}}`.
///
/// Placeholders are found in the Markdown source, before cmark parses it: only the source knows
/// where each one is and whether its braces were escaped (cmark turns `\{` into a plain `{`, and
/// `\{\{name\}\}` must stay literal text). Each placeholder's name is then replaced by a token,
/// `mark`, its index, `mark`, where `mark` is a private-use character that occurs nowhere in the
/// source, not even as a character reference, so no author text can produce a token. Only the name
/// (and a fallback, `|your contract number`, with it) is replaced, never the braces or spaces
/// around it, so the Markdown parses as before, whatever the fallback says. cmark
/// passes tokens through untouched; afterwards a token in a text node is a placeholder to fill,
/// and a token anywhere else (code, a link address, a comment) is turned back into its name.
///
/// In rendered HTML a filled placeholder travels as a bare token; ``parts(fromRendered:)`` turns
/// tokens into ``GuideHTML/Part/value(_:)``. The mark never occurs in the source, so a private-use
/// character an author types comes out as itself.
package enum Placeholder {
    /// A placeholder in the source.
    package struct Use: Hashable, Sendable {
        package var name: String
        /// 1-based line and column (in Unicode scalars) of its first brace, in the text given.
        package var line: Int
        package var column: Int
        /// The source from its first brace on, for messages: `{{ contract.number }}`, `{{contract.nu`.
        package var written: String
        /// Nil for `{{name}}`; otherwise why this is not one, though it begins like one.
        package var malformation: String?
        /// The author's wording for where the value is not known: `your contract number` in
        /// `{{contract.number|your contract number}}`. Plain text, shown escaped.
        package var fallback: String?
        /// The block the placeholder is in, as an outline path; set by ``CommonMarkParser/analyze(_:)``.
        package var block: OutlinePath = []
        /// Whether it is in a heading; set by ``CommonMarkParser/analyze(_:)``.
        package var isInHeading = false
        /// The source text before and after the token (`{{ `, ` }}`) that belongs to the placeholder.
        var opening: String
        var closing: String
        /// The source text the token replaced: the name, and for a placeholder with a fallback the
        /// `|` and the fallback too, so that the Markdown around it parses the same whatever the
        /// fallback says (`*`, `&amp;`).
        var replaced: String
    }

    /// Source with every placeholder's name (and fallback) replaced by its token.
    struct Tokenized {
        var text: String
        var uses: [Use]
        /// Nil when every private-use character is taken; then nothing was replaced.
        var mark: Unicode.Scalar?

        enum Piece {
            case text(String)
            case use(Int)
        }

        /// Splits a text node's literal at the tokens of well-formed placeholders, dropping the braces
        /// and spaces around them. A malformed placeholder stays text, its name restored.
        func pieces(of literal: String) -> [Piece] {
            guard let mark, literal.unicodeScalars.contains(mark) else { return [.text(literal)] }
            var pieces: [Piece] = []
            var text = ""
            // The last run of text is held back: a hole after it cuts the placeholder's opening off its end.
            var pending = Substring().unicodeScalars
            var closing: String.UnicodeScalarView?
            forEachToken(in: literal) { segment in
                switch segment {
                case .text(var run):
                    if let closing, run.starts(with: closing) { run = run.dropFirst(closing.count) }
                    closing = nil
                    text += Substring(pending)
                    pending = run
                case .token(let index):
                    let use = uses[index]
                    let opening = use.opening.unicodeScalars
                    guard use.malformation == nil, pending.count >= opening.count,
                        pending.suffix(opening.count).elementsEqual(opening)
                    else {
                        text += Substring(pending) + use.replaced
                        pending = Substring().unicodeScalars
                        return
                    }
                    text += Substring(pending.dropLast(opening.count))
                    pending = Substring().unicodeScalars
                    if !text.isEmpty { pieces.append(.text(text)) }
                    text = ""
                    pieces.append(.use(index))
                    closing = use.closing.unicodeScalars
                }
            }
            text += Substring(pending)
            if !text.isEmpty { pieces.append(.text(text)) }
            return pieces
        }

        /// The indexes of the tokens in `literal`, in order.
        func indexes(in literal: String) -> [Int] {
            guard let mark, literal.unicodeScalars.contains(mark) else { return [] }
            var found: [Int] = []
            forEachToken(in: literal) { if case .token(let index) = $0 { found.append(index) } }
            return found
        }

        /// `literal` with every token turned back into the text it replaced.
        func restored(_ literal: String) -> String {
            guard let mark, literal.unicodeScalars.contains(mark) else { return literal }
            var out = ""
            forEachToken(in: literal) { segment in
                switch segment {
                case .text(let part): out.append(contentsOf: Substring(part))
                case .token(let index): out += uses[index].replaced
                }
            }
            return out
        }

        /// The token for a hole in rendered HTML.
        func hole(_ index: Int) -> String {
            guard let mark else { return "" }
            return String(Character(mark)) + String(index) + String(Character(mark))
        }

        enum Segment {
            case text(Substring.UnicodeScalarView)
            case token(Int)
        }

        /// Visits `text` as runs of text and tokens, in one pass.
        func forEachToken(in text: String, _ visit: (Segment) -> Void) {
            let scalars = Substring(text).unicodeScalars
            var start = scalars.startIndex
            var i = start
            while i < scalars.endIndex {
                guard scalars[i] == mark else {
                    i = scalars.index(after: i)
                    continue
                }
                var j = scalars.index(after: i)
                var index = 0
                var digits = 0
                while j < scalars.endIndex, let digit = scalars[j].digitValue(radix: 10), digits < 9 {
                    index = index * 10 + digit
                    digits += 1
                    j = scalars.index(after: j)
                }
                guard digits > 0, j < scalars.endIndex, scalars[j] == mark, index < uses.count else {
                    // Cannot happen (the mark is nowhere in the source); keep the text as it is.
                    i = scalars.index(after: i)
                    continue
                }
                if start < i { visit(.text(scalars[start..<i])) }
                visit(.token(index))
                i = scalars.index(after: j)
                start = i
            }
            if start < scalars.endIndex { visit(.text(scalars[start...])) }
        }
    }

    /// Finds the placeholders in `source` and replaces their names by tokens, in one pass.
    /// `others` are strings that will appear in the same rendered HTML (flag labels): the mark
    /// must not occur in them either.
    static func tokenize(_ source: String, avoiding others: [String] = []) -> Tokenized {
        guard let mark = freeMark(avoiding: [source] + others) else {
            return Tokenized(text: source, uses: [], mark: nil)
        }
        let s = Array(source.unicodeScalars)
        // UTF-8 bytes: appending to a String.UnicodeScalarView copies the whole string every time.
        var out: [UInt8] = []
        out.reserveCapacity(source.utf8.count + 64)
        func copy(_ range: Range<Int>) { for c in s[range] { out.append(contentsOf: c.utf8) } }
        func text(_ range: Range<Int>) -> String {
            var bytes: [UInt8] = []
            for c in s[range] { bytes.append(contentsOf: c.utf8) }
            return String(decoding: bytes, as: UTF8.self)
        }
        var uses: [Use] = []
        var line = 1
        var lineStart = 0
        var i = 0
        var copied = 0  // s[..<copied] is in `out`
        var afterEscapedBrace = -1

        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII {
                return c == "-" || c == "." || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
                    || ("0"..."9").contains(c)
            }
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }
        func skipSpaces(from j: Int) -> Int {
            var j = j
            while j < s.count, s[j] == " " { j += 1 }
            return j
        }

        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count, s[i + 1].isASCIIPunctuation {
                // An escaped character is literal text: an escaped brace opens or closes no
                // placeholder, nor does the brace after it begin a one-brace `{name}}`.
                if s[i + 1] == "{" { afterEscapedBrace = i + 2 }
                i += 2
                continue
            }
            if c == "\n" || (c == "\r" && (i + 1 == s.count || s[i + 1] != "\n")) {
                line += 1
                lineStart = i + 1
                i += 1
                continue
            }
            guard c == "{" else {
                i += 1
                continue
            }
            // A run of braces: the last two open the placeholder (`{{{x}}}` is `{` + `{{x}}` + `}`).
            var run = i
            while run < s.count, s[run] == "{" { run += 1 }
            let start = run - i >= 2 ? run - 2 : i
            let nameStart = skipSpaces(from: run)
            var nameEnd = nameStart
            while nameEnd < s.count, isNameScalar(s[nameEnd]) { nameEnd += 1 }
            let after = skipSpaces(from: nameEnd)
            // `{{name|fallback}}`: the fallback runs to the first `}}` on the same line.
            var fallbackEnd: Int?  // index of the closing `}}`
            var fallbackStop: Int?  // where an unclosed fallback's search stopped: a line end or `{{`
            if after < s.count, s[after] == "|" {
                var k = after + 1
                while k < s.count, s[k] != "\n", s[k] != "\r" {
                    if k + 1 < s.count, s[k] == "}", s[k + 1] == "}" {
                        fallbackEnd = k
                        break
                    }
                    if k + 1 < s.count, s[k] == "{", s[k + 1] == "{" { break }
                    k += 1
                }
                if fallbackEnd == nil { fallbackStop = k }
            }
            let fallbackUnclosed = fallbackStop != nil
            let closes =
                fallbackEnd != nil || (after + 1 < s.count && s[after] == "}" && s[after + 1] == "}")
            // `{x}` with one brace on each side is ordinary text; `{{}}` and `{{ ` name nothing.
            guard nameEnd > nameStart, run - start == 2 || (closes && i != afterEscapedBrace) else {
                i = run
                continue
            }
            let end = fallbackEnd.map { $0 + 2 } ?? (closes ? after + 2 : nameEnd)
            var shown = end
            if let fallbackStop {
                shown = min(fallbackStop, after + 40)
            } else if !closes, after < s.count, s[after] == "}" {
                shown = after + 1  // `{{name}`
            } else if !closes {
                // `{{name rest}}`: show up to the `}}` if it is near and no other brace comes first.
                var k = after
                while k + 1 < s.count, k < after + 40, s[k] != "\n", s[k] != "{" {
                    if s[k] == "}", s[k + 1] == "}" {
                        shown = k + 2
                        break
                    }
                    k += 1
                }
            }
            let name = text(nameStart..<nameEnd)
            let written = text(start..<shown)
            let fallback = fallbackEnd.map { text((after + 1)..<$0).trimmingSpaces() }
            var malformation: String?
            if run - start == 1 {
                let meant = fallback.map { "{{\(name)|\($0)}}" } ?? "{{\(name)}}"
                malformation = "'\(written)' has one opening brace: a placeholder is written '\(meant)'"
            } else if fallbackUnclosed {
                malformation =
                    "placeholder '\(written)' is not closed with '}}' on its line: a placeholder and its fallback are written on one line"
            } else if fallback?.isEmpty == true {
                malformation =
                    "placeholder '\(written)' has no fallback after '|': write how it reads where the value is not known, or leave out the '|'"
            } else if !closes {
                malformation =
                    shown > after + 1
                    ? "'\(written)' is not a placeholder: a placeholder name has only letters, digits, '-' and '.'; write '\\{{' for literal braces"
                    : "placeholder '\(written)' is not closed with '}}'; write '\\{{' for literal braces"
            }
            // A well-formed fallback goes into the token with the name; otherwise only the name does,
            // so the Markdown around a mistake parses as the author wrote it.
            let tokenEnd = malformation == nil ? (fallbackEnd ?? nameEnd) : nameEnd
            uses.append(
                Use(
                    name: name, line: line, column: start - lineStart + 1, written: written,
                    malformation: malformation, fallback: malformation == nil ? fallback : nil,
                    opening: text(start..<nameStart), closing: text(tokenEnd..<end),
                    replaced: text(nameStart..<tokenEnd)))
            copy(copied..<nameStart)
            out.append(contentsOf: mark.utf8)
            out.append(contentsOf: String(uses.count - 1).utf8)
            out.append(contentsOf: mark.utf8)
            copied = tokenEnd
            i = end
        }
        copy(copied..<s.count)
        return Tokenized(text: String(decoding: out, as: UTF8.self), uses: uses, mark: mark)
    }

    /// A private-use character that none of `texts` contains, neither as itself nor as a numeric
    /// character reference (`&#xE000;`), which cmark would decode into it.
    static func freeMark(avoiding texts: [String]) -> Unicode.Scalar? {
        func isPrivateUse(_ v: UInt32) -> Bool {
            (0xE000...0xF8FF).contains(v) || (0xF0000...0xFFFFD).contains(v) || (0x10_0000...0x10_FFFD).contains(v)
        }
        var taken = Set<UInt32>()
        for text in texts {
            let s = Array(text.unicodeScalars)
            for (i, c) in s.enumerated() {
                if isPrivateUse(c.value) { taken.insert(c.value) }
                guard c == "&", i + 2 < s.count, s[i + 1] == "#" else { continue }
                let hex = s[i + 2] == "x" || s[i + 2] == "X"
                var value = 0
                var j = hex ? i + 3 : i + 2
                while j < s.count, let digit = s[j].digitValue(radix: hex ? 16 : 10) {
                    value = min(value * (hex ? 16 : 10) + digit, 0x11_0000)
                    j += 1
                }
                if isPrivateUse(UInt32(value)) { taken.insert(UInt32(value)) }
            }
        }
        for range in [0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x10_0000...0x10_FFFD] as [ClosedRange<UInt32>] {
            if let free = range.first(where: { !taken.contains($0) }) { return Unicode.Scalar(free) }
        }
        return nil
    }

    /// Cuts rendered HTML at the holes that ``CommonMarkParser`` left for filled placeholders.
    static func parts(fromRendered html: String, _ tokens: Tokenized) -> GuideHTML {
        var parts: [GuideHTML.Part] = []
        tokens.forEachToken(in: html) { segment in
            switch segment {
            case .text(let part): parts.append(.html(String(Substring(part))))
            case .token(let index):
                let use = tokens.uses[index]
                parts.append(.value(use.name, fallback: use.fallback))
            }
        }
        return GuideHTML(parts: parts)
    }
}

extension String {
    /// Without the spaces at either end (a fallback's, written `{{name | fallback }}`).
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(Substring(scalars))
    }
}

extension Unicode.Scalar {
    /// CommonMark's escapable characters: `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`.
    var isASCIIPunctuation: Bool {
        (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value)
            || (123...126).contains(value)
    }

    /// The value of an ASCII digit in `radix` (10 or 16), or nil.
    func digitValue(radix: Int) -> Int? {
        switch value {
        case 48...57: Int(value - 48)
        case 65...70 where radix == 16: Int(value - 55)
        case 97...102 where radix == 16: Int(value - 87)
        default: nil
        }
    }
}

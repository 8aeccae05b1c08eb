/// The words of one language: every sentence and label a reader sees that is not content, read
/// from the theme's strings file (`themes/default/strings/<code>.yaml`, docs/languages.md). Swift
/// names a ``Phrase`` and its arguments, templates name a key (`{{>t.key}}`); the file holds the
/// words, so a language is a new file, never a hunt through code for English.
///
/// A value names its arguments in braces: `"{person}, {role}, has left the company."`. Month
/// names and plural rules come from the file too, never from the platform, so the output is the
/// same bytes on every machine and toolchain.
package struct Strings: Sendable, Hashable {
    /// A key's words: one text, or one text per plural category for a value shown with a count.
    package enum Value: Sendable, Hashable {
        case text(String)
        case plural([PluralRules.Category: String])
    }

    /// Which way the language is written: `dir` on every page follows it.
    package enum Direction: String, Sendable, Hashable, CaseIterable {
        case ltr, rtl
    }

    /// The language's code, its file name: `en`, `de`; the pages' `lang`.
    package var code: String
    /// The language's name in itself ("Deutsch"), for the language switcher.
    package var name: String
    package var direction: Direction
    /// January to December, as dates show them.
    package var months: [String]
    package var plurals: PluralRules
    package var values: [String: Value] {
        didSet { parsed = Self.parse(values) }
    }
    /// Every text of `values` (each plural form too) cut into its parts once: pages fill phrases
    /// thousands of times, and cutting a text walks it by `Character`, which is slow.
    private var parsed: [String: [Part]]

    package init(
        code: String, name: String, direction: Direction = .ltr, months: [String], plurals: PluralRules,
        values: [String: Value]
    ) {
        self.code = code
        self.name = name
        self.direction = direction
        self.months = months
        self.plurals = plurals
        self.values = values
        parsed = Self.parse(values)
    }

    private static func parse(_ values: [String: Value]) -> [String: [Part]] {
        var parsed: [String: [Part]] = [:]
        for value in values.values {
            switch value {
            case .text(let text): parsed[text] = parts(of: text)
            case .plural(let forms): for text in forms.values { parsed[text] = parts(of: text) }
            }
        }
        return parsed
    }

    /// Arguments by name, in a form code can build up.
    package typealias Arguments = [(key: String, value: String)]

    /// The phrase with each `{name}` replaced by its argument (verbatim: templates escape).
    package func callAsFunction(_ phrase: Phrase, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        text(phrase.rawValue, arguments: Array(arguments))
    }

    package func callAsFunction(_ phrase: Phrase, arguments: Arguments) -> String {
        text(phrase.rawValue, arguments: arguments)
    }

    /// The key's text with its arguments filled in. A key missing from the table shows itself, and
    /// an argument nobody gave stays `{name}`, so a wrong key is seen in review, never blank.
    package func text(_ key: String, arguments: Arguments = []) -> String {
        switch values[key] {
        case .text(let text): fill(text, arguments)
        case .plural(let forms): fill(forms[.other] ?? key, arguments)
        case nil: key
        }
    }

    /// The form of a plural phrase for `count`, chosen by the language's rules, with `{count}` and
    /// the other arguments filled in.
    package func plural(_ count: Int, _ phrase: Phrase, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        let filled = Array(arguments) + [(key: "count", value: String(count))]
        switch values[phrase.rawValue] {
        case .plural(let forms):
            return fill(forms[plurals.category(of: count)] ?? forms[.other] ?? phrase.rawValue, filled)
        case .text(let text): return fill(text, filled)
        case nil: return phrase.rawValue
        }
    }

    /// A date as pages show it: `23 Nov 2026` in English, unambiguous where 11/23/2026 is not.
    package func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        let monthName = months.indices.contains(month - 1) ? months[month - 1] : String(month)
        return self(.date, ["day": String(dayOfMonth), "month": monthName, "year": String(year)])
    }

    /// What a reseller contact is for: "Renewals", "Technical support"; `inSentence`, as it is
    /// written inside a sentence ("renewals" in English, "Verlängerungen" in German).
    package func purpose(_ purpose: ContactPurpose, inSentence: Bool = false) -> String {
        switch (purpose, inSentence) {
        case (.sales, false): self(.purposeSales)
        case (.training, false): self(.purposeTraining)
        case (.technicalSupport, false): self(.purposeTechnicalSupport)
        case (.renewals, false): self(.purposeRenewals)
        case (.billing, false): self(.purposeBilling)
        case (.sales, true): self(.purposeSalesInSentence)
        case (.training, true): self(.purposeTrainingInSentence)
        case (.technicalSupport, true): self(.purposeTechnicalSupportInSentence)
        case (.renewals, true): self(.purposeRenewalsInSentence)
        case (.billing, true): self(.purposeBillingInSentence)
        }
    }

    /// Keys a template may name that no file gives: `{{>t.lang}}` is the language's code and
    /// `{{>t.dir}}` its direction, for `<html lang dir>`.
    package static let reservedKeys: Set<String> = ["lang", "dir"]

    /// Two or three lower-case letters, then optional `-` parts of letters and digits (BCP 47's
    /// shape, in lower case so that a code is also a folder name on every file system).
    package static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count)
                && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// The names of the arguments a text uses, in order of first use.
    package static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        for part in parts(of: text) {
            if case .placeholder(let name) = part, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A text cut into its literal runs and its `{name}` placeholders; a brace that does not
    /// enclose a name is literal.
    package enum Part: Hashable, Sendable {
        case literal(String)
        case placeholder(String)
    }

    package static func parts(of text: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), isName(after[..<close]) {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.placeholder(String(after[..<close])))
                rest = after[after.index(after: close)...]
            } else {
                literal += "{"
                rest = after
            }
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    private func fill(_ text: String, _ arguments: Arguments) -> String {
        let parts = parsed[text] ?? Self.parts(of: text)
        if parts.count == 1, case .literal = parts[0] { return text }
        return parts.map { part in
            switch part {
            case .literal(let text): text
            case .placeholder(let name): arguments.first { $0.key == name }?.value ?? "{\(name)}"
            }
        }.joined()
    }
}

import RolebookCore

/// Every sentence and label a reader sees that Rolebook composes in code, as opposed to the
/// theme's templates and the site's content. Code names a ``Phrase`` and its arguments; the table
/// holds the words, so a language is a new table, never a hunt through Swift for English.
///
/// A value names its arguments in braces: `"{person}, {role}, has left the company."`. Month names
/// and plural choices come from the table too, so output is the same bytes on every toolchain.
package struct Strings: Sendable {
    let table: [Phrase: String]

    package init(_ table: [Phrase: String]) { self.table = table }

    /// Phrases missing from the table (every language must answer every phrase).
    package var missing: [Phrase] { Phrase.allCases.filter { table[$0] == nil } }

    /// The phrase with each `{name}` replaced by its argument (verbatim: templates escape).
    package func callAsFunction(_ phrase: Phrase, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        let text = table[phrase] ?? phrase.rawValue
        guard text.contains("{") else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            out += arguments.first { $0.key == name }?.value ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// `one` when the count is 1, else `other` (English and German agree on this rule).
    package func plural(
        _ count: Int, one: Phrase, other: Phrase, _ arguments: KeyValuePairs<String, String> = [:]
    ) -> String {
        self(count == 1 ? one : other, arguments)
    }

    /// A date as pages show it: `23 Nov 2026`, unambiguous where 11/23/2026 is not.
    package func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return self(.date, ["day": String(dayOfMonth), "month": self(Self.months[month - 1]), "year": String(year)])
    }

    /// What a reseller contact is for: "Renewals", "Technical support".
    package func purpose(_ purpose: ContactPurpose) -> String {
        switch purpose {
        case .sales: self(.purposeSales)
        case .training: self(.purposeTraining)
        case .technicalSupport: self(.purposeTechnicalSupport)
        case .renewals: self(.purposeRenewals)
        case .billing: self(.purposeBilling)
        }
    }

    private static let months: [Phrase] = [
        .monthJan, .monthFeb, .monthMar, .monthApr, .monthMay, .monthJun, .monthJul, .monthAug, .monthSep,
        .monthOct, .monthNov, .monthDec,
    ]
}

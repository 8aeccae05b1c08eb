/// One thing the search box finds: what the result list shows, the page it opens, and the text
/// it is found by.
package struct SearchRecord: Hashable, Sendable {
    /// The kinds, in the order results of equal relevance are listed.
    package enum Kind: Int, Hashable, Sendable, Comparable {
        case company, person, contract, serial

        package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    package var kind: Kind
    package var label: String
    package var detail: String
    /// Relative to the output root.
    package var href: String
    /// The fields it is found by (name, numbers, product, company), word by word.
    package var text: [String]
    /// Fields found only from their start, run together (an email address: its domain is not a word to search by).
    package var whole: [String]

    package init(kind: Kind, label: String, detail: String, href: String, text: [String], whole: [String] = []) {
        self.kind = kind
        self.label = label
        self.detail = detail
        self.href = href
        self.text = text
        self.whole = whole
    }
}

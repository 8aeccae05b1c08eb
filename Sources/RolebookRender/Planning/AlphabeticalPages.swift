import Foundation

/// A long list in A–Z order, split the way a printed directory is: by first letter, one page per
/// letter when the list is too long for one page, and a letter too long for one page in parts
/// whose first and last names are shown, never only numbered. The planner and the page builder
/// split the same sorted labels the same way, so both agree on every page's key.
package struct AlphabeticalPages: Sendable, Hashable {
    /// One page of the index: the letter it belongs to and the rows it shows (positions in the sorted list).
    package struct Page: Sendable, Hashable {
        /// The page's file name without `.html`: the letter (`m`), or the letter and part (`m-2`).
        package var key: String
        package var letter: String
        package var rows: Range<Int>
    }

    /// The letters present, in order, with the position of each letter's first row.
    package var letters: [(letter: String, first: Int)]
    /// The pages when the list needs more than one; empty when one page shows it all.
    package var pages: [Page]

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pages == rhs.pages && lhs.letters.map(\.letter) == rhs.letters.map(\.letter)
    }

    package func hash(into hasher: inout Hasher) { hasher.combine(pages) }

    /// - Parameters:
    ///   - labels: the rows' labels, already in ``order(_:)``'s order.
    ///   - limit: the most rows one page shows.
    package init(sortedLabels labels: [String], limit: Int) {
        var letters: [(letter: String, first: Int)] = []
        for (index, label) in labels.enumerated() {
            let letter = Self.letter(of: label)
            if letters.last?.letter != letter { letters.append((letter, index)) }
        }
        self.letters = letters
        guard labels.count > limit else {
            pages = []
            return
        }
        var pages: [Page] = []
        for (offset, entry) in letters.enumerated() {
            let end = offset + 1 < letters.count ? letters[offset + 1].first : labels.count
            let slug = Self.slug(entry.letter)
            let parts = (end - entry.first + limit - 1) / limit
            for part in 0..<parts {
                let start = entry.first + part * limit
                pages.append(
                    Page(
                        key: parts == 1 ? slug : "\(slug)-\(part + 1)", letter: entry.letter,
                        rows: start..<min(end, start + limit)))
            }
        }
        self.pages = pages
    }

    /// How labels sort: case and accents ignored, then the label itself, so the order is total.
    package static func sortKey(_ label: String) -> String {
        label.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Positions of `labels` in A–Z order: `#` (labels that start with no letter A–Z) first, so
    /// each letter's rows are together; ties broken by the label, then by position.
    package static func order(_ labels: [String]) -> [Int] {
        let keys = labels.map { (letter(of: $0) == "#" ? "0" : "1") + sortKey($0) }
        return labels.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : (labels[a] != labels[b] ? labels[a] < labels[b] : a < b)
        }
    }

    /// The letter a label is filed under: its first letter, A–Z without accents, or `#` for
    /// anything else (a digit, a symbol, a script without case).
    package static func letter(of label: String) -> String {
        guard let first = sortKey(label).unicodeScalars.first(where: { !CharacterSet.whitespaces.contains($0) })
        else { return "#" }
        let upper = String(first).uppercased()
        return upper.count == 1 && ("A"..."Z").contains(upper) ? upper : "#"
    }

    /// The letter as a file name and fragment id: `a`…`z`, or `other`.
    package static func slug(_ letter: String) -> String { letter == "#" ? "other" : letter.lowercased() }

    /// The key of the page that shows row `row`, or nil when one page shows the whole list.
    package func page(of row: Int) -> Page? { pages.first { $0.rows.contains(row) } }

    /// The rows the page with this key shows, of a list of `count` rows: all of them when one page
    /// shows the list, none on the index page of a split list (it shows the page list only).
    package func rows(on key: String, count: Int) -> Range<Int> {
        guard !pages.isEmpty else { return 0..<count }
        return pages.first { $0.key == key }?.rows ?? 0..<0
    }
}

/// A CSV file read by ``CSVReader``: its header and records, every cell with where it starts.
package struct CSVTable: Sendable {
    /// One field as written, unquoted, with the position of its first character (the opening
    /// quote of a quoted field), so that a bad value is reported where the reader can find it.
    package struct Cell: Hashable, Sendable {
        package var text: String
        package var line: Int
        package var column: Int

        package init(text: String, line: Int, column: Int) {
            self.text = text
            self.line = line
            self.column = column
        }

        /// The text without the spaces a spreadsheet may pad it with.
        package var trimmed: String { text.trimmingSpaces }
    }

    /// One row of the file; `line` is the physical line it starts on (a quoted field may span lines).
    package struct Record: Sendable {
        package var cells: [Cell]
        package var line: Int

        package init(cells: [Cell], line: Int) {
            self.cells = cells
            self.line = line
        }

        /// Whether every cell is empty: a spreadsheet's padding row, not data.
        package var isBlank: Bool { cells.allSatisfy { $0.text.trimmingSpaces.isEmpty } }
    }

    /// The separator the file uses: `,` or `;` (spreadsheets in many European locales write `;`).
    package var separator: Character
    package var header: [Cell]
    package var records: [Record]

    package init(separator: Character, header: [Cell], records: [Record]) {
        self.separator = separator
        self.header = header
        self.records = records
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (never inner ones).
    package var trimmingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(self[first...last])
    }
}

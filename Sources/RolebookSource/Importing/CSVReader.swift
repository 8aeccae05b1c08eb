import RolebookCore

/// A strict RFC 4180 reader that knows where every cell starts.
///
/// Written here rather than taken from the package list: yaslab/CSV.swift 2.5.2 and
/// swiftcsv/SwiftCSV 0.10.0 both give rows without line numbers, and both accept malformed
/// quoting silently (CSV.swift keeps a stray character after a closing quote, "// ERROR?" in its
/// `readField`, and ends an unclosed quote at the end of the file), where an export's diagnostics
/// must say `file.csv:line:column` and a broken file must be an error, never a shifted column.
///
/// Accepted: a byte order mark (already dropped by the scan), CRLF, LF or CR line ends, `,` or `;`
/// separators, quoted fields holding separators, doubled quotes and line breaks, and blank lines
/// (skipped). Errors: a quote inside an unquoted field, text after a closing quote, a quote never
/// closed. Columns count Unicode scalars, as every other diagnostic does.
package struct CSVReader {
    package let path: String

    package init(path: String) { self.path = path }

    /// The table, or nil when the file has no header row; every problem on the way, located.
    /// `separator`: as declared, or nil to take the one the header row uses more.
    package func read(_ text: String, separator declared: Character? = nil) -> (
        table: CSVTable?, diagnostics: [Diagnostic]
    ) {
        let bytes = Array(text.utf8)
        let separator = declared?.asciiValue ?? Self.detectSeparator(bytes)
        var scanner = Scanner(bytes: bytes, separator: separator, path: path)
        var records: [CSVTable.Record] = []
        while let record = scanner.nextRecord() {
            // A line with nothing on it is not a record: exports end with one, and editors add them.
            if record.cells.count == 1, record.cells[0].text.isEmpty, !scanner.lastFieldWasQuoted { continue }
            records.append(record)
        }
        guard let header = records.first else {
            return (
                nil,
                scanner.diagnostics + [
                    .error("the file is empty: an export starts with its header row", at: SourceLocation(path: path))
                ]
            )
        }
        let table = CSVTable(
            separator: Character(Unicode.Scalar(separator)), header: header.cells, records: Array(records.dropFirst()))
        return (table, scanner.diagnostics)
    }

    /// `;` when the first record has more semicolons than commas outside quotes, else `,`.
    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// The byte-level state machine: one pass, no backtracking, positions counted as it goes.
    private struct Scanner {
        let bytes: [UInt8]
        let separator: UInt8
        let path: String
        var index = 0
        var line = 1
        var column = 1
        var diagnostics: [Diagnostic] = []
        var lastFieldWasQuoted = false

        init(bytes: [UInt8], separator: UInt8, path: String) {
            self.bytes = bytes
            self.separator = separator
            self.path = path
        }

        static let quote = UInt8(ascii: "\"")
        static let cr = UInt8(ascii: "\r")
        static let lf = UInt8(ascii: "\n")

        mutating func nextRecord() -> CSVTable.Record? {
            guard index < bytes.count else { return nil }
            let startLine = line
            var cells: [CSVTable.Cell] = []
            while true {
                let (cell, ended) = nextField()
                cells.append(cell)
                if ended { break }
            }
            return CSVTable.Record(cells: cells, line: startLine)
        }

        /// One field, and whether it ended its record (a line break or the end of the file).
        private mutating func nextField() -> (CSVTable.Cell, Bool) {
            let startLine = line
            let startColumn = column
            var text: [UInt8] = []
            lastFieldWasQuoted = index < bytes.count && bytes[index] == Self.quote
            if lastFieldWasQuoted {
                advance()
                while true {
                    guard index < bytes.count else {
                        error(
                            "this quoted field is never closed: the file ends inside it (a quote in a value is written \"\")",
                            line: startLine, column: startColumn)
                        return (cell(text, startLine, startColumn), true)
                    }
                    let byte = bytes[index]
                    if byte == Self.quote {
                        if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                            text.append(Self.quote)
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        break
                    }
                    // A line break inside a value is kept as LF, whatever the file's line ends are.
                    if byte != Self.cr {
                        text.append(byte)
                    } else if index + 1 >= bytes.count || bytes[index + 1] != Self.lf {
                        text.append(Self.lf)
                    }
                    advanceOver(byte)
                }
                // After the closing quote only a separator or the end of the line may follow.
                if index < bytes.count, bytes[index] != separator, bytes[index] != Self.cr, bytes[index] != Self.lf {
                    error(
                        "text after the closing quote of a field: quote the whole field, and write a quote inside it as \"\"",
                        line: line, column: column)
                    while index < bytes.count, bytes[index] != separator, bytes[index] != Self.cr,
                        bytes[index] != Self.lf
                    {
                        text.append(bytes[index])
                        advance()
                    }
                }
            } else {
                var reported = false
                while index < bytes.count, bytes[index] != separator, bytes[index] != Self.cr, bytes[index] != Self.lf {
                    if bytes[index] == Self.quote, !reported {
                        error(
                            "a quote inside an unquoted field: quote the whole field, and write the quote as \"\"",
                            line: line, column: column)
                        reported = true
                    }
                    text.append(bytes[index])
                    advance()
                }
            }
            let made = cell(text, startLine, startColumn)
            guard index < bytes.count else { return (made, true) }
            if bytes[index] == separator {
                // At the very end of the file this still leaves one empty field to read.
                advance()
                return (made, false)
            }
            endLine()
            return (made, true)
        }

        private func cell(_ bytes: [UInt8], _ line: Int, _ column: Int) -> CSVTable.Cell {
            CSVTable.Cell(text: String(decoding: bytes, as: UTF8.self), line: line, column: column)
        }

        /// Steps over one byte of the current line: columns count scalars, so continuation bytes do not.
        private mutating func advance() {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }

        /// Steps over a byte inside a quoted field, where a line break starts a new physical line.
        private mutating func advanceOver(_ byte: UInt8) {
            if byte == Self.lf || (byte == Self.cr && (index + 1 >= bytes.count || bytes[index + 1] != Self.lf)) {
                index += 1
                line += 1
                column = 1
            } else if byte == Self.cr {
                index += 1
            } else {
                advance()
            }
        }

        /// Steps over CRLF, LF or CR.
        private mutating func endLine() {
            if bytes[index] == Self.cr, index + 1 < bytes.count, bytes[index + 1] == Self.lf { index += 1 }
            index += 1
            line += 1
            column = 1
        }

        private mutating func error(_ message: String, line: Int, column: Int) {
            diagnostics.append(.error(message, at: SourceLocation(path: path, line: line, column: column)))
        }
    }
}

import RolebookCore

/// Reads the dates of one export file, remembering which order its unambiguous dates showed so
/// that a file whose dates contradict each other is reported, not half read one way.
package struct ExportDateReader {
    package let path: String
    package let declared: ExportDateFormat?
    /// Where the sidecar is, for the fix the ambiguity error names.
    package let sidecarPath: String
    /// The first date that showed the order (day first or not), and where it was.
    private var seen: (dayFirst: Bool, text: String, line: Int)?
    package private(set) var diagnostics: [Diagnostic] = []

    package init(path: String, declared: ExportDateFormat?, sidecarPath: String) {
        self.path = path
        self.declared = declared
        self.sidecarPath = sidecarPath
    }

    /// The day in `cell` (named `column` in messages), or nil with an error when it is none.
    package mutating func day(_ cell: CSVTable.Cell, column: String) -> Day? {
        let text = cell.trimmed
        let location = SourceLocation(path: path, line: cell.line, column: cell.column)
        if let day = Day(iso: text) { return inRange(day, text, column, location) }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." }
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        else {
            diagnostics.append(
                .error(
                    "\(column) '\(text)' is not a date: write it as YYYY-MM-DD, or as \(declared?.rawValue ?? "MM/DD/YYYY") as the portal does",
                    at: location))
            return nil
        }
        let dayFirst: Bool
        if let declaredOrder = declared?.dayComesFirst {
            dayFirst = declaredOrder
        } else if first > 12, second <= 12 {
            dayFirst = true
        } else if second > 12, first <= 12 {
            dayFirst = false
        } else if first == second {
            dayFirst = false
        } else if first <= 12, second <= 12 {
            diagnostics.append(
                .error(
                    "\(column) '\(text)' could be day \(second) of month \(first) (MM/DD/YYYY) or day \(first) of month \(second) (DD/MM/YYYY): add 'date_format: MM/DD/YYYY' or 'date_format: DD/MM/YYYY' to \(sidecarPath)",
                    at: location))
            return nil
        } else {
            diagnostics.append(.error("\(column) '\(text)' is not a date: neither part is a month", at: location))
            return nil
        }
        if declared == nil, first != second, first <= 12 || second <= 12 {
            if let seen, seen.dayFirst != dayFirst {
                diagnostics.append(
                    .error(
                        "\(column) '\(text)' puts the \(dayFirst ? "day" : "month") first, but '\(seen.text)' on line \(seen.line) puts the \(seen.dayFirst ? "day" : "month") first: add date_format to \(sidecarPath)",
                        at: location))
                return nil
            }
            if seen == nil { seen = (dayFirst, text, cell.line) }
        }
        let (month, dayOfMonth) = dayFirst ? (second, first) : (first, second)
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        guard let day = Day(iso: "\(year)-\(two(month))-\(two(dayOfMonth))") else {
            let format = declared?.rawValue ?? (dayFirst ? "DD/MM/YYYY" : "MM/DD/YYYY")
            diagnostics.append(.error("\(column) '\(text)' is not a valid \(format) date", at: location))
            return nil
        }
        return inRange(day, text, column, location)
    }

    private mutating func inRange(_ day: Day, _ text: String, _ column: String, _ location: SourceLocation) -> Day? {
        guard Day.supported.contains(day) else {
            diagnostics.append(
                .error(
                    "\(column) '\(text)' is out of range: dates run from \(Day.supported.lowerBound) to \(Day.supported.upperBound)",
                    at: location))
            return nil
        }
        return day
    }
}

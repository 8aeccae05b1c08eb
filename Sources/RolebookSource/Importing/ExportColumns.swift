import RolebookCore

/// Which cell of a row holds each field: the header row read through the format's aliases.
struct ExportColumns {
    private(set) var index: [ExportField: Int] = [:]
    /// Header cells that name a column, the trailing empty ones a spreadsheet pads with left out.
    private(set) var width = 0
    /// Every required group has a column; without one the rows are not read.
    private(set) var complete = true

    /// Maps `header` through `format`, reporting a missing required column (error), columns two
    /// headers give (error), deprecated names (one note each) and unknown columns (one note).
    init(
        header: [CSVTable.Cell], format: ExportFormat, path: String, aliasPath: String,
        into diagnostics: inout [Diagnostic]
    ) {
        var lastNamed = header.count
        while lastNamed > 0, header[lastNamed - 1].trimmed.isEmpty { lastNamed -= 1 }
        width = lastNamed
        var unknown: [String] = []
        var firstUnknown: CSVTable.Cell?
        var firstOf: [ExportField: CSVTable.Cell] = [:]
        for (position, cell) in header.prefix(lastNamed).enumerated() {
            let location = SourceLocation(path: path, line: cell.line, column: cell.column)
            guard let column = format.column(named: cell.text) else {
                let name = cell.trimmed
                let hint = Suggestion.closest(to: name, among: format.allNames).map { " (did you mean '\($0)'?)" } ?? ""
                unknown.append(name.isEmpty ? "column \(position + 1) (no name)" : "'\(name)'\(hint)")
                if firstUnknown == nil { firstUnknown = cell }
                continue
            }
            if let deprecated = column.deprecated {
                diagnostics.append(
                    Diagnostic(
                        .note, "column '\(cell.trimmed)' is from an older export format: \(deprecated)",
                        at: location))
            }
            guard column.field != .ignored else { continue }
            if let first = firstOf[column.field] {
                diagnostics.append(
                    .error(
                        "columns '\(first.trimmed)' and '\(cell.trimmed)' both give \(column.field.label): remove one of them",
                        at: location,
                        notes: [
                            .init(
                                "'\(first.trimmed)' is here",
                                at: SourceLocation(path: path, line: first.line, column: first.column))
                        ]
                    ))
                continue
            }
            firstOf[column.field] = cell
            index[column.field] = position
        }
        if let firstUnknown {
            diagnostics.append(
                Diagnostic(
                    .note,
                    "unknown column\(unknown.count == 1 ? "" : "s") ignored: \(unknown.joined(separator: ", ")) (no name of format '\(format.id)'); add a name to \(aliasPath) when a column means one of Rolebook's fields",
                    at: SourceLocation(path: path, line: firstUnknown.line, column: firstUnknown.column)))
        }
        for group in format.records.requiredColumns where !group.contains(where: { index[$0] != nil }) {
            complete = false
            let names = format.columns.filter { group.contains($0.field) }.flatMap(\.names)
            let fields = group.map(\.label).joined(separator: " or ")
            diagnostics.append(
                .error(
                    "missing required column: a \(format.records.rawValue) export needs \(fields)"
                        + (names.isEmpty
                            ? ", and \(aliasPath) names no column for it"
                            : " (a column named \(names.map { "'\($0)'" }.joined(separator: ", ")))"),
                    at: SourceLocation(path: path, line: header.first?.line ?? 1, column: 1)))
        }
    }

    /// Whether the file has a column for `field`.
    func has(_ field: ExportField) -> Bool { index[field] != nil }

    /// The cell of `field` in `record`, when the file has that column and the row reaches it.
    func cell(_ field: ExportField, in record: CSVTable.Record) -> CSVTable.Cell? {
        guard let position = index[field], position < record.cells.count else { return nil }
        return record.cells[position]
    }

    /// The cell of `field` when it holds something besides spaces.
    func value(_ field: ExportField, in record: CSVTable.Record) -> CSVTable.Cell? {
        guard let cell = cell(field, in: record), !cell.trimmed.isEmpty else { return nil }
        return cell
    }
}

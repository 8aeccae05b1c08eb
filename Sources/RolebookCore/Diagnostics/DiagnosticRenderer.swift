import Foundation

/// Diagnostics as a person reads them: each GCC-style line (``Diagnostic/description``, unchanged,
/// so editors and scripts still parse it), then the source line it points at with a caret under
/// the column, as swiftc and rustc print them; notes the same way.
///
/// ```
/// content/site.yaml:2:8: error: '2026-13-01' is not a valid date: use YYYY-MM-DD
///  2 | as_of: 2026-13-01
///    |        ^
/// ```
///
/// The shown line is data, so it is escaped like a message (``Diagnostic/escaped(_:)``: a tab shows
/// as `\u{9}`), and a long line is cut to a window around the column. With ``colour`` the first
/// line, the gutter and the caret get ANSI colours; the text is otherwise the same.
public struct DiagnosticRenderer {
    /// Display columns an excerpt line may take before it is cut around the caret.
    public static let maximumWidth = 120

    public var colour: Bool
    /// The text of the file at a diagnostic's path, or nil when it cannot be shown (gone,
    /// unreadable, not a regular file): the diagnostic is then printed without an excerpt.
    public var source: (String) -> String?
    private var lines: [String: [Substring]?] = [:]
    /// `colour`: ANSI colours (for a terminal); `source`: a file's text by path, for the quoted line and caret.
    public init(colour: Bool = false, source: @escaping (String) -> String?) {
        self.colour = colour
        self.source = source
    }

    /// Every diagnostic, one after another, each ending in a newline; "" for none.
    public mutating func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) + "\n" }.joined()
    }

    /// One diagnostic and its notes, without a final newline.
    public mutating func render(_ diagnostic: Diagnostic) -> String {
        let tint = diagnostic.severity == .error ? Self.red : diagnostic.severity == .note ? Self.cyan : Self.yellow
        // One gutter width for a diagnostic and its notes, so that their bars line up.
        let gutter =
            ([diagnostic.location] + diagnostic.notes.map(\.location)).compactMap { $0.map { String($0.line).count } }
            .max() ?? 1
        var out = [
            headline(diagnostic.location, diagnostic.severity.rawValue, diagnostic.message, tint: tint, bold: true)
        ]
        out += excerpt(diagnostic.location, gutter: gutter, tint: tint)
        for note in diagnostic.notes {
            out.append(headline(note.location, "note", note.message, tint: Self.cyan, bold: false))
            out += excerpt(note.location, gutter: gutter, tint: Self.cyan)
        }
        return out.joined(separator: "\n")
    }

    // MARK: - Lines

    private static let bold = "\u{1B}[1m"
    private static let red = "\u{1B}[1;31m"
    private static let yellow = "\u{1B}[1;33m"
    private static let cyan = "\u{1B}[1;36m"
    private static let blue = "\u{1B}[1;34m"
    private static let reset = "\u{1B}[0m"

    /// Without colour, exactly the line ``Diagnostic/description`` prints.
    private func headline(_ location: SourceLocation?, _ label: String, _ message: String, tint: String, bold: Bool)
        -> String
    {
        let place = location.map { "\(Diagnostic.escaped($0.description)): " } ?? ""
        let text = Diagnostic.escaped(message)
        guard colour else { return "\(place)\(label): \(text)" }
        let shownPlace = place.isEmpty ? "" : Self.bold + place + Self.reset
        let shownText = bold ? Self.bold + text + Self.reset : text
        return "\(shownPlace)\(tint)\(label):\(Self.reset) \(shownText)"
    }

    private mutating func excerpt(_ location: SourceLocation?, gutter: Int, tint: String) -> [String] {
        guard let location, location.line >= 1, let file = fileLines(location.path), location.line <= file.count else {
            return []
        }
        let stretch = Self.stretch(of: file[location.line - 1], column: location.column)
        let scalars = stretch.scalars
        var columns = [0]
        columns.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            columns.append(columns.last! + ((0x20...0x7E).contains(scalar.value) ? 1 : Self.cell(scalar).width))
        }
        let caret = min(stretch.caret, scalars.count)
        let window = Self.window(
            columns: columns, caret: caret, cutBefore: stretch.cutBefore, cutAfter: stretch.cutAfter)
        var shown = window.leading ? "…" : ""
        // Only the shown stretch is escaped.
        for scalar in scalars[window.range] { shown += Self.cell(scalar).text }
        if window.trailing { shown += "…" }
        let padding = (window.leading ? 1 : 0) + max(0, columns[caret] - columns[window.range.lowerBound])
        let number = String(repeating: " ", count: max(0, gutter - String(location.line).count)) + String(location.line)
        let blank = String(repeating: " ", count: number.count)
        let pad = String(repeating: " ", count: padding)
        guard colour else {
            return [shown.isEmpty ? " \(number) |" : " \(number) | \(shown)", " \(blank) | \(pad)^"]
        }
        return [
            "\(Self.blue) \(number) |\(Self.reset)" + (shown.isEmpty ? "" : " \(shown)"),
            "\(Self.blue) \(blank) |\(Self.reset) \(pad)\(tint)^\(Self.reset)",
        ]
    }

    /// The file's lines, read once: a line ends at LF, CRLF or a lone CR, as libyaml and the guide
    /// loader count them.
    private mutating func fileLines(_ path: String) -> [Substring]? {
        if let known = lines[path] { return known }
        let split = source(path).map(Self.lines)
        lines[path] = .some(split)
        return split
    }

    /// Scalars an excerpt may show on each side of the caret: enough for any window of
    /// ``maximumWidth`` columns, few enough that a caret deep in a 10 KB JSON line costs what one
    /// near the start of a short line does.
    static let reach = 4 * maximumWidth

    /// The stretch of a line around the caret (`column`, 1-based, in scalars), and whether it was
    /// cut short of the line's start or end.
    static func stretch(of line: Substring, column: Int)
        -> (scalars: [Unicode.Scalar], caret: Int, cutBefore: Bool, cutAfter: Bool)
    {
        let view = line.unicodeScalars
        let target = max(column, 1) - 1
        let lead = max(0, target - reach)
        guard let start = view.index(view.startIndex, offsetBy: lead, limitedBy: view.endIndex) else {
            // A column past the line's end points just after it.
            return stretch(of: line, column: view.count + 1)
        }
        var scalars: [Unicode.Scalar] = []
        var index = start
        while index != view.endIndex, scalars.count < target - lead + reach {
            scalars.append(view[index])
            index = view.index(after: index)
        }
        return (scalars, target - lead, lead > 0, index != view.endIndex)
    }

    /// A text's lines, over its bytes: CR and LF always end a character, so this cuts where a
    /// split over characters at LF, CRLF and CR would, without walking a 10 KB JSON line by grapheme.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(after: index)
            if byte == UInt8(ascii: "\r"), index != utf8.endIndex, utf8[index] == UInt8(ascii: "\n") {
                index = utf8.index(after: index)
            }
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    // MARK: - Columns

    struct Cell {
        var text: String
        var width: Int
    }

    /// How one scalar is shown and how many terminal columns it takes.
    static func cell(_ scalar: Unicode.Scalar) -> Cell {
        // Printable ASCII, most of every line, shows as itself in one column.
        if (0x20...0x7E).contains(scalar.value) { return Cell(text: String(scalar), width: 1) }
        let text = Diagnostic.escaped(String(scalar))
        if text.unicodeScalars.count > 1 { return Cell(text: text, width: text.unicodeScalars.count) }
        return Cell(text: text, width: width(of: scalar))
    }

    /// 0 for combining marks and joiners, 2 for East Asian wide characters and emoji, else 1: close
    /// enough for the caret to land under the right character in the usual cases.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(scalar.value) { return 0 }
        if properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// The cells to show: all of a line that fits, else a stretch that keeps some context before the caret.
    /// `columns[i]` is the width of the cells before cell `i` (one entry more than there are
    /// cells), so a caret deep in a line is placed without walking it from its start. `cutBefore`
    /// and `cutAfter` say the cells are a stretch of a longer line (``stretch(of:column:)``).
    static func window(columns: [Int], caret: Int, cutBefore: Bool = false, cutAfter: Bool = false)
        -> (range: Range<Int>, leading: Bool, trailing: Bool)
    {
        let count = columns.count - 1
        guard cutBefore || cutAfter || columns[count] > maximumWidth else { return (0..<count, false, false) }
        var start = 0
        if columns[caret] > maximumWidth / 2 {
            // The first cell from which at most a third of the width is left before the caret.
            var low = 0
            var high = caret
            while low < high {
                let middle = (low + high) / 2
                if columns[caret] - columns[middle] > maximumWidth / 3 { low = middle + 1 } else { high = middle }
            }
            start = low
        }
        let leading = start > 0 || cutBefore
        // One column each for the "…" that mark a cut.
        let budget = maximumWidth - (leading ? 1 : 0)
        var end = start
        while end < count, columns[end + 1] - columns[start] <= budget { end += 1 }
        if end < count || cutAfter {
            while end > start, columns[end] - columns[start] + 1 > budget { end -= 1 }
        }
        return (start..<end, leading, end < count || cutAfter)
    }
}

extension DiagnosticRenderer {
    /// Files bigger than this are not read again just to show one line.
    public static let maximumFileSize = 64 << 20

    /// Reads diagnostic paths relative to `root` (absolute ones as they are). Only regular files,
    /// through links: a pipe in the content folder would block the read, and a folder has no lines.
    public static func files(under root: URL) -> (String) -> String? {
        { path in
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
            let resolved = url.resolvingSymlinksInPath().path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
                attributes[.type] as? FileAttributeType == .typeRegular,
                (attributes[.size] as? NSNumber)?.intValue ?? 0 <= maximumFileSize,
                let data = FileManager.default.contents(atPath: resolved)
            else { return nil }
            var text = String(decoding: data, as: UTF8.self)
            // The loaders drop a byte order mark before counting columns.
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            return text
        }
    }
}

/// Splits a guidance file into its YAML front matter and its Markdown body.
package struct FrontMatter: Hashable, Sendable {
    /// The YAML between the `---` lines, or nil when the file has none.
    package var yaml: String?
    /// 1-based line of the first YAML line, so YAML positions map back to the file.
    package var yamlFirstLine: Int
    package var body: String
    /// 1-based line of the body's first line in the file.
    package var bodyFirstLine: Int
    /// The file starts with a `---` line but no other `---` line closes the front matter.
    package var isUnclosed: Bool

    package init(splitting text: String) {
        let lines = Self.normalized(text).split(separator: "\n", omittingEmptySubsequences: false)
        let opens = lines.first.map { $0.trimmingTrailingSpace() == "---" } == true
        guard opens, let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpace() == "---" }) else {
            yaml = nil
            yamlFirstLine = 1
            body = lines.joined(separator: "\n")
            bodyFirstLine = 1
            isUnclosed = opens
            return
        }
        yaml = lines[1..<close].joined(separator: "\n")
        yamlFirstLine = 2
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyFirstLine = close + 2
        isUnclosed = false
    }

    /// `text` with Windows (CRLF) and old Mac (CR) line ends as LF, and without a leading byte order
    /// mark, as editors on Windows write it. Line and column numbers stay those an editor shows, and
    /// the body renders exactly as its LF twin. (Swift reads CRLF as one Character, not a "\n".)
    package static func normalized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\u{FEFF}" }) else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            defer { previous = scalar }
            if offset == 0, scalar == "\u{FEFF}" { continue }
            if scalar == "\n", previous == "\r" { continue }
            out.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(out)
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpace() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}

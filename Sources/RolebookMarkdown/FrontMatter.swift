/// Splits a guidance file into its YAML front matter and its Markdown body.
public struct FrontMatter: Hashable, Sendable {
    /// The YAML between the `---` lines, or nil when the file has none.
    public var yaml: String?
    /// 1-based line of the first YAML line, so YAML positions map back to the file.
    public var yamlFirstLine: Int
    public var body: String
    /// 1-based line of the body's first line in the file.
    public var bodyFirstLine: Int

    public init(splitting text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingTrailingSpace() == "---" }) == true,
            let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpace() == "---" })
        else {
            yaml = nil
            yamlFirstLine = 1
            body = text
            bodyFirstLine = 1
            return
        }
        yaml = lines[1..<close].joined(separator: "\n")
        yamlFirstLine = 2
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyFirstLine = close + 2
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpace() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return s
    }
}

/// One file under `content/`, read whole: the loaders' only input.
public struct SourceFile: Hashable, Sendable {
    /// Relative to the site root, e.g. `content/companies/acme.yaml`.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The folder under `content/` the file is in (`companies`), or "" at the top.
    public var section: String {
        let parts = path.split(separator: "/")
        return parts.count > 2 ? String(parts[1]) : ""
    }

    public var fileName: String { String(path.split(separator: "/").last ?? "") }

    public var fileExtension: String {
        guard let dot = fileName.lastIndex(of: ".") else { return "" }
        return String(fileName[fileName.index(after: dot)...]).lowercased()
    }
}

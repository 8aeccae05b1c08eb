import RolebookCore

/// One file under `content/`, read whole: the loaders' only input.
package struct SourceFile: Hashable, Sendable {
    /// Relative to the site root, e.g. `content/companies/acme.yaml`.
    package var path: String
    package var text: String
    /// Why the file cannot be read as text (unreadable, not UTF-8), located; the loader reports it
    /// and reads nothing else from the file. `text` then holds what could be decoded, so that the
    /// build's file hashes still change when the file does.
    package var problem: Diagnostic?
    /// The file's signature when it was read, when it had settled by then
    /// (``FileSignature/isSettled(before:)``): a later build that finds the same signature need
    /// not read the file to know it is unchanged.
    package var signature: FileSignature?

    package init(path: String, text: String, problem: Diagnostic? = nil, signature: FileSignature? = nil) {
        self.path = path
        self.text = text
        self.problem = problem
        self.signature = signature
    }

    /// The folder under `content/` the file is in (`companies`), or "" at the top.
    package var section: String {
        let parts = path.split(separator: "/")
        return parts.count > 2 ? String(parts[1]) : ""
    }

    package var fileName: String { String(path.split(separator: "/").last ?? "") }

    package var fileExtension: String {
        guard let dot = fileName.lastIndex(of: ".") else { return "" }
        return String(fileName[fileName.index(after: dot)...]).lowercased()
    }
}

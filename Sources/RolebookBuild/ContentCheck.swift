import RolebookCore
import RolebookSource

/// The loader and resolver over files given as text, without a folder or a theme: what `rolebook
/// check` reports about content, for fuzzing and for tools that hold files in memory.
public enum ContentCheck {
    /// One file of a site, by its path relative to the site folder (`content/companies/acme.yaml`).
    public struct File: Sendable {
        public var path: String
        public var text: String

        /// `path` relative to the site folder, `text` the whole file.
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Every diagnostic of loading and resolving `files`, in the order the pipeline finds them.
    public static func diagnostics(of files: [File]) -> [Diagnostic] {
        ModelResolver().resolve(ContentLoader().load(files.map { SourceFile(path: $0.path, text: $0.text) }))
            .diagnostics
    }
}

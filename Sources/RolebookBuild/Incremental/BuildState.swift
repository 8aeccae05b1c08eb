import RolebookCore

/// What a build leaves in the output folder for the next one: the inputs it saw, what it reported,
/// and fingerprints of the search index. The fingerprint of the data behind every page is kept
/// apart, in ``pagesFileName``: an unchanged rebuild, which renders nothing, does not read it.
struct BuildState: Codable {
    /// Bumped whenever rendering, fingerprinting or the search index's files change, so an older
    /// state is never trusted.
    static let format = "rolebook-state-3"
    /// In the owned folder's `.rolebook/` control folder.
    static let fileName = "state.json"
    /// Every page's fingerprint, as `hash path` lines (``HashLines``), beside the state.
    static let pagesFileName = "pages"
    /// The content's diagnostics as printed, beside the state.
    static let diagnosticsFileName = "diagnostics.txt"

    var format: String
    var strict: Bool
    /// Build options that change page bytes, e.g. "reports=true;paper=a4".
    var options: String
    var themeHash: UInt64
    var fileHashes: [String: UInt64]
    /// The settled signatures of the content files (``FileSignature``), by path: an unchanged
    /// rebuild compares these instead of reading every file.
    var fileSignatures: [String: String]
    var diagnostics: [Diagnostic]
    var pageCount: Int
    /// Every file the build left in the output: pages, assets, the search index, exports, PDFs.
    var fileCount: Int
    /// Every folder of the output with its settled signature, or "" (``OwnedFolder/folderSignatures(of:)``).
    var folders: [String: String]
    /// The fingerprint of the records each search index was made from, by the folder of its
    /// language ("" for the default): the same records make the same files, which are then kept.
    var searchIndexes: [String: UInt64]
}

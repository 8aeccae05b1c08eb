import RolebookCore

/// What a build leaves in the output folder for the next one: the inputs it saw, what it reported,
/// and a fingerprint of the data behind every page.
struct BuildState: Codable {
    /// Bumped whenever rendering or fingerprinting changes, so an older state is never trusted.
    static let format = "rolebook-state-2"
    /// In the owned folder's `.rolebook/` control folder.
    static let fileName = "state.json"

    var format: String
    var strict: Bool
    /// Build options that change page bytes, e.g. "reports=true;paper=a4".
    var options: String
    var themeHash: UInt64
    var fileHashes: [String: UInt64]
    var diagnostics: [Diagnostic]
    var pageFingerprints: [String: UInt64]
}

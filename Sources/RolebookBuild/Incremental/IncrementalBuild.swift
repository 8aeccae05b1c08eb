import Foundation
import RolebookCore
import RolebookRender
import RolebookSource

/// What the last build into the output folder left, and what this build must therefore redo.
///
/// The state is read under the folder's lock, and only when the last build finished (an
/// interrupted build leaves a journal, and then nothing of its state is trusted).
struct IncrementalBuild {
    let fileHashes: [String: UInt64]
    let themeHash: UInt64
    /// Build options that change page bytes, e.g. "reports=true;paper=a4".
    let optionsKey: String
    let strict: Bool
    let previous: BuildState?

    init(files: [SourceFile], theme: Theme?, options: BuildOptions, output: OwnedFolder?) {
        fileHashes = Dictionary(uniqueKeysWithValues: files.map { ($0.path, StableHasher.hash($0.text)) })
        themeHash = theme.map(Self.fingerprint) ?? 0
        // Everything that changes page bytes besides the files: a changed one re-renders every page.
        optionsKey =
            "reports=\(options.reports || options.pdf != nil);paper=\(options.paper.rawValue);as-of=\(options.asOf ?? "")"
            + ";since=\(options.since ?? "")"
        strict = options.strict
        previous = options.force ? nil : output.flatMap(Self.readState)
    }

    /// The last build's state when nothing that shapes the site changed and every page it wrote is
    /// still there: then nothing is parsed or rendered.
    func unchangedSite(in output: OwnedFolder?, options: BuildOptions) -> BuildState? {
        guard let output, let previous, previous.fileHashes == fileHashes, previous.themeHash == themeHash,
            previous.strict == strict, previous.options == optionsKey, options.pdf == nil, options.fragments == nil,
            // The earlier data lives outside content/, so its hashes are not in the state: compare again.
            options.bundles == nil, options.since == nil, previous.pageFingerprints.keys.allSatisfy(output.hasFile)
        else { return nil }
        return previous
    }

    /// A fingerprint of the data behind every page.
    /// `changes`, the comparison with the earlier data: pages link to the change pages, so all of
    /// them depend on it (it changes once a month, when the earlier data does).
    func fingerprints(of pages: [PlannedPage], index: SiteIndex, changes: SiteChanges? = nil) -> [String: UInt64] {
        let changesKey = changes.map { ";changes=\(StableHasher.hash($0.json))" } ?? ""
        let fingerprinter = PageFingerprinter(
            index: index, themeHash: themeHash, fileHashes: fileHashes, options: optionsKey + changesKey)
        var fingerprints: [String: UInt64] = [:]
        for page in pages { fingerprints[page.path] = fingerprinter.fingerprint(of: page) }
        return fingerprints
    }

    /// The pages to render: those whose data changed, and those whose file is not the one this
    /// tool recorded; every page when there is no trusted state.
    /// `fingerprints` are by page path, and `prefix` is the folder the pages are written in
    /// (a language's, or "").
    func stale(_ batches: [[PlannedPage]], fingerprints: [String: UInt64], prefix: String = "", output: OwnedFolder?)
        -> [[PlannedPage]]
    {
        batches.map { batch in
            batch.filter { page in
                let path = prefix + page.path
                guard let output, let previous, previous.pageFingerprints[path] == fingerprints[page.path] else {
                    return true
                }
                return output.recordedFile(path) == nil
            }
        }
    }

    /// Records this build for the next one; written after the manifest, before the journal goes.
    func save(fingerprints: [String: UInt64], diagnostics: [Diagnostic], to folder: OwnedFolder) throws {
        let state = BuildState(
            format: BuildState.format, strict: strict, options: optionsKey, themeHash: themeHash,
            fileHashes: fileHashes,
            diagnostics: diagnostics, pageFingerprints: fingerprints)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try folder.writeControl(BuildState.fileName, Array(try encoder.encode(state)))
    }

    private static func readState(_ folder: OwnedFolder) -> BuildState? {
        guard !folder.wasInterrupted, let bytes = folder.readControl(BuildState.fileName),
            let state = try? JSONDecoder().decode(BuildState.self, from: Data(bytes)), state.format == BuildState.format
        else { return nil }
        return state
    }

    /// Every template and asset of the theme, so a theme edit re-renders every page.
    private static func fingerprint(_ theme: Theme) -> UInt64 {
        var hasher = StableHasher()
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(template.text)
        }
        for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(String(decoding: bytes, as: UTF8.self))
        }
        // The words: the theme's strings files and the site's own.
        for (path, text) in theme.stringsSources {
            hasher.combine(path)
            hasher.combine(text)
        }
        return hasher.value
    }
}

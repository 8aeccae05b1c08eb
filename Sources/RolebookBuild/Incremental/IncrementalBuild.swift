import Foundation
import RolebookCore
import RolebookRender
import RolebookSource

/// What the last build into the output folder left, and what this build must therefore redo.
///
/// The state is read under the folder's lock, and only when the last build finished (an
/// interrupted build leaves a journal, and then nothing of its state is trusted).
struct IncrementalBuild {
    /// Every content file's hash, once the files are read (``read(_:)``).
    private(set) var fileHashes: [String: UInt64] = [:]
    /// The settled signatures of the files read, by path (``SourceFile/signature``).
    private(set) var fileSignatures: [String: String] = [:]
    let themeHash: UInt64
    /// Build options that change page bytes, e.g. "reports=true;paper=a4".
    let optionsKey: String
    let strict: Bool
    let previous: BuildState?

    init(theme: Theme?, options: BuildOptions, output: OwnedFolder?) {
        themeHash = theme.map(Self.fingerprint) ?? 0
        // Everything that changes page bytes besides the files: a changed one re-renders every page.
        optionsKey =
            "reports=\(options.reports || options.pdf != nil);paper=\(options.paper.rawValue);as-of=\(options.asOf ?? "")"
            + ";since=\(options.since ?? "")"
        strict = options.strict
        previous = options.force ? nil : output.flatMap(Self.readState)
    }

    /// Records the content files this build read.
    mutating func read(_ files: [SourceFile]) {
        fileHashes = Dictionary(uniqueKeysWithValues: files.map { ($0.path, StableHasher.hash($0.text)) })
        fileSignatures = Dictionary(
            uniqueKeysWithValues: files.compactMap { file in file.signature.map { (file.path, $0.text) } })
    }

    /// The last build's state when nothing that shapes the site changed and every file it wrote is
    /// still there, judged before any content file is read: the same files, each with the settled
    /// signature the last build recorded. Nil when that cannot be told without reading.
    func unchangedSite(signatures: [String: FileSignature?], in output: OwnedFolder?, options: BuildOptions)
        -> BuildState?
    {
        guard let previous, signatures.count == previous.fileHashes.count,
            signatures.allSatisfy({ path, signature in
                signature.map { previous.fileSignatures[path] == $0.text } ?? false
            })
        else { return nil }
        return unchangedSite(contentUnchanged: true, in: output, options: options)
    }

    /// The last build's state when the files read hash as the last build's did, nothing else that
    /// shapes the site changed and every file it wrote is still there: then nothing is parsed or rendered.
    func unchangedSite(in output: OwnedFolder?, options: BuildOptions) -> BuildState? {
        unchangedSite(contentUnchanged: previous?.fileHashes == fileHashes, in: output, options: options)
    }

    private func unchangedSite(contentUnchanged: Bool, in output: OwnedFolder?, options: BuildOptions) -> BuildState? {
        guard contentUnchanged, let output, let previous, previous.themeHash == themeHash,
            previous.strict == strict, previous.options == optionsKey, options.pdf == nil, options.fragments == nil,
            // The earlier data lives outside content/, so its hashes are not in the state: compare again.
            options.bundles == nil, options.since == nil, output.holdsClaimedFiles(folders: previous.folders)
        else { return nil }
        return previous
    }

    /// The fingerprint of every page the last build wrote, by its path in the output; empty when
    /// its state is not trusted.
    func recordedFingerprints(in output: OwnedFolder?) -> [String: UInt64] {
        guard previous != nil, let bytes = output?.readControl(BuildState.pagesFileName) else { return [:] }
        var recorded: [String: UInt64] = [:]
        HashLines.parse(bytes, header: BuildState.format) { path, hash in recorded[path] = hash }
        return recorded
    }

    /// The search index files the last build wrote for a language (`prefix`), with their hashes,
    /// when they were made from records with this fingerprint and are all still as recorded: they
    /// are kept rather than made again. Nil when they must be made.
    func searchIndex(prefix: String, fingerprint: UInt64, in output: OwnedFolder?) -> [String: UInt64]? {
        guard let output, previous?.searchIndexes[prefix] == fingerprint else { return nil }
        let claimed = output.claims.keys.filter { $0.hasPrefix(prefix + Route.searchFolder) }
        let recorded = output.recordedFiles(among: claimed)
        guard !claimed.isEmpty, recorded.count == claimed.count else { return nil }
        return Dictionary(uniqueKeysWithValues: recorded.map { (String($0.key.dropFirst(prefix.count)), $0.value) })
    }

    /// What the search index of a site is made from, fingerprinted in the order the index sorts it.
    static func fingerprint(of records: [SearchRecord]) -> UInt64 {
        var hasher = StableHasher()
        for record in records.sorted(by: { ($0.kind, $0.href, $0.label) < ($1.kind, $1.href, $1.label) }) {
            hasher.combine(UInt64(record.kind.rawValue))
            for field in [record.label, record.detail, record.href] { hasher.combine(field) }
            hasher.combine(UInt64(record.text.count))
            for field in record.text + record.whole { hasher.combine(field) }
        }
        return hasher.value
    }

    /// A fingerprint of the data behind every page.
    /// `changes`, the comparison with the earlier data: pages link to the change pages, so all of
    /// them depend on it (it changes once a month, when the earlier data does).
    func fingerprints(of pages: [PlannedPage], index: SiteIndex, order: IndexOrder, changes: SiteChanges? = nil)
        -> [String: UInt64]
    {
        let changesKey = changes.map { ";changes=\(StableHasher.hash($0.json))" } ?? ""
        let fingerprinter = PageFingerprinter(
            index: index, order: order, themeHash: themeHash, fileHashes: fileHashes, options: optionsKey + changesKey)
        var fingerprints: [String: UInt64] = [:]
        for page in pages { fingerprints[page.path] = fingerprinter.fingerprint(of: page) }
        return fingerprints
    }

    /// The pages to render: those whose data changed, and those whose file is not the one this
    /// tool recorded; every page when there is no trusted state.
    /// `fingerprints` are by page path, `recorded` (``recordedFingerprints(in:)``) by path in the
    /// output, and `prefix` is the folder the pages are written in (a language's, or "").
    func stale(
        _ batches: [[PlannedPage]], fingerprints: [String: UInt64], recorded: [String: UInt64], prefix: String = "",
        output: OwnedFolder?
    ) -> [[PlannedPage]] {
        let unchanged = batches.joined().filter { page in
            recorded[prefix + page.path].map { $0 == fingerprints[page.path] } ?? false
        }.map { prefix + $0.path }
        let kept = output?.recordedFiles(among: unchanged) ?? [:]
        return batches.map { batch in batch.filter { kept[prefix + $0.path] == nil } }
    }

    /// Records this build for the next one; written after the manifest, before the journal goes.
    func save(
        fingerprints: [String: UInt64], searchIndexes: [String: UInt64], files: [String], diagnostics: [Diagnostic],
        to folder: OwnedFolder
    ) throws {
        let lines = fingerprints.keys.sorted().map { HashLines.line($0, fingerprints[$0]!) }
        try folder.writeControl(BuildState.pagesFileName, Array((BuildState.format + "\n" + lines.joined()).utf8))
        let state = BuildState(
            format: BuildState.format, strict: strict, options: optionsKey, themeHash: themeHash,
            fileHashes: fileHashes, fileSignatures: fileSignatures, diagnostics: diagnostics,
            pageCount: fingerprints.count, fileCount: files.count, folders: folder.folderSignatures(of: files),
            searchIndexes: searchIndexes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try folder.writeControl(BuildState.fileName, Array(try encoder.encode(state)))
    }

    /// Keeps the content's diagnostics as printed (``BuildReport/renderedDiagnostics``); written
    /// before the state, so a state is never newer than the text beside it.
    func save(rendered: String, to folder: OwnedFolder) throws {
        try folder.writeControl(BuildState.diagnosticsFileName, Array(rendered.utf8))
    }

    /// The content's diagnostics as the last build printed them, when its state is trusted.
    func renderedDiagnostics(in output: OwnedFolder?) -> String? {
        guard previous != nil, let bytes = output?.readControl(BuildState.diagnosticsFileName) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
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

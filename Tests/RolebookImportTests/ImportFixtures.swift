import Foundation
import RolebookCore
import RolebookSource
import RolebookTestSupport

/// Sites for the import tests: `Fixtures/Base/content` (a small copy of the sample's role sets and
/// one reseller), the default alias table `rolebook init` writes, then a case's own files on top.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The alias table `rolebook init` writes: the fixtures use the real one, not a copy.
    static let aliases = TestPaths.packageRoot.appendingPathComponent("Starter/content/exports/aliases.yaml")

    /// A new site root with Base, the alias table and every file under `Fixtures/<case>/content`.
    static func site(_ relative: String) throws -> URL {
        let root = try TestPaths.temporaryFolder("import")
        try copy(folder.appendingPathComponent("Base/content"), into: root.appendingPathComponent("content"))
        let exports = root.appendingPathComponent("content/exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: aliases, to: exports.appendingPathComponent("aliases.yaml"))
        let own = folder.appendingPathComponent(relative).appendingPathComponent("content")
        if FileManager.default.fileExists(atPath: own.path) {
            try copy(own, into: root.appendingPathComponent("content"))
        }
        return root
    }

    /// Copies every file under `source` to the same place under `target`; a case's file replaces
    /// Base's of the same name (the pair's `site.yaml`).
    static func copy(_ source: URL, into target: URL) throws {
        for file in TestPaths.files(under: source) {
            let to = target.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: to)
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: to)
        }
    }

    /// The real scan, loader and resolver, as `rolebook check` runs them (without the theme).
    static func resolve(_ root: URL) throws -> (content: LoadedContent, model: SiteModel?, diagnostics: [Diagnostic]) {
        let content = ContentLoader().load(try SourceTree(root: root).scan())
        let (model, diagnostics) = ModelResolver().resolve(content)
        return (content, model, diagnostics)
    }

    /// Compares `actual` with the golden text file at `path` under Fixtures; with
    /// `RECORD_GOLDEN=1` rewrites it and fails, so that a recording is reviewed with git diff.
    static func differences(_ actual: String, golden path: String) throws -> String? {
        let url = folder.appendingPathComponent(path)
        if Golden.isRecording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
            return "recorded \(path); review it with git diff, then run the tests again"
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<\(path) is missing>"
        let trimmed = expected.hasSuffix("\n") ? String(expected.dropLast()) : expected
        guard trimmed != actual else { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = trimmed.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        return "\(path):\(first + 1) differs\n  expected: \(first < e.count ? String(e[first]) : "<end>")\n"
            + "  actual:   \(first < a.count ? String(a[first]) : "<end>")\n--- actual ---\n\(actual)"
    }
}

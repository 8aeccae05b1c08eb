import Foundation
import RolebookBuild
import RolebookCore

/// What each fuzz target does with one input, shared by the libFuzzer executables in `Fuzz/` and by
/// `Tests/RolebookSourceTests/FuzzRegressionTests.swift` (which compiles this same file through a
/// symlink), so a saved input is replayed through exactly the code path that found it.
///
/// Each target returns the violated properties (empty when all hold); a crash or hang is the
/// other kind of finding. To add a target: a function here, a case in ``run(_:_:)``, a folder
/// `Fuzz/Sources/fuzz-<name>/` with the entry point, and one line in `Scripts/fuzz.sh`.
public enum FuzzHarness {
    /// The targets ``run(_:_:)`` knows, in the order `Scripts/fuzz.sh` runs them.
    public static let targets = ["loader", "guidance"]

    public static func run(_ target: String, _ bytes: some Collection<UInt8>) -> [String] {
        switch target {
        case "loader": loader(bytes)
        case "guidance": guidance(bytes)
        default: ["unknown fuzz target '\(target)'"]
        }
    }

    /// Traps when a property is violated, so libFuzzer records the input as a crash.
    public static func check(_ violations: [String]) {
        guard !violations.isEmpty else { return }
        FileHandle.standardError.write(Data(("property violated:\n" + violations.joined(separator: "\n") + "\n").utf8))
        fatalError("fuzz property violated: \(violations[0])")
    }

    // MARK: - Targets

    /// The content loader (YAML and JSON) and the model resolver.
    ///
    /// The input is one or more files: a line `#@ content/<section>/<name>.<ext>` starts a file at
    /// that path (it replaces a base file of the same path); text before the first such line is
    /// loaded twice, as `content/companies/fuzz.yaml` and as `content/companies/fuzz.json`. The
    /// base is a valid site.yaml and the sample role sets, so references can resolve.
    public static func loader(_ bytes: some Collection<UInt8>) -> [String] {
        guard let text = String(validating: bytes, as: UTF8.self) else { return [] }  // SourceTree rejects it too
        var files: [String: String] = [:]
        var order: [String] = []
        func add(_ path: String, _ text: String) {
            if files[path] == nil { order.append(path) }
            files[path] = text
        }
        for file in base { add(file.path, file.text) }
        for (path, text) in segments(of: text) {
            if let path {
                add(path, text)
            } else {
                add("content/companies/fuzz.yaml", text)
                add("content/companies/fuzz.json", text)
            }
        }
        return loadAndResolve(order.map { ContentCheck.File(path: $0, text: files[$0]!) })
    }

    /// The guidance compiler: front matter, audience markers, placeholders, cmark. The input is
    /// `content/guides/g.md`, loaded with a valid site.yaml and the sample role sets.
    public static func guidance(_ bytes: some Collection<UInt8>) -> [String] {
        guard let text = String(validating: bytes, as: UTF8.self) else { return [] }
        return loadAndResolve(base + [ContentCheck.File(path: "content/guides/g.md", text: text)])
    }

    // MARK: - Shared

    static func loadAndResolve(_ files: [ContentCheck.File]) -> [String] {
        violations(in: ContentCheck.diagnostics(of: files))
    }

    /// Every location a diagnostic or note carries must be 1-based.
    static func violations(in diagnostics: [Diagnostic]) -> [String] {
        var found: [String] = []
        for diagnostic in diagnostics {
            let located =
                [(diagnostic.location, diagnostic.message)] + diagnostic.notes.map { ($0.location, $0.message) }
            for case (let location?, let message) in located where location.line < 1 || location.column < 1 {
                found.append("location \(location) is not 1-based: \(message)")
            }
        }
        return found
    }

    /// The input split at `#@ path` lines; nil path for the text before the first one. A path the
    /// source scanner could not produce falls back to nil. At most 8 files.
    static func segments(of text: String) -> [(path: String?, text: String)] {
        var result: [(path: String?, text: String)] = []
        var path: String?
        var lines: [Substring] = []
        var started = false
        func flush() {
            if started || !lines.isEmpty { result.append((path, lines.joined(separator: "\n"))) }
            lines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#@ "), result.count < 7 {
                flush()
                started = true
                path = scannablePath(line.dropFirst(3).trimmingCharacters(in: .whitespaces))
            } else {
                lines.append(line)
            }
        }
        flush()
        return result
    }

    /// `content/name.ext` or `content/section/name.ext` with plain characters, else nil.
    static func scannablePath(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.first == "content", (2...3).contains(parts.count) else { return nil }
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        for part in parts.dropFirst() where part.isEmpty || part.hasPrefix(".") || !part.allSatisfy(plain.contains) {
            return nil
        }
        return path
    }

    // MARK: - The files every input is loaded with

    static let site = ContentCheck.File(
        path: "content/site.yaml", text: "title: Fuzz\nas_of: 2026-11-23\nrenewal_window_days: 90\n")

    /// Read once from the package root (`ROLEBOOK_ROOT`, else the folder above this file with
    /// `content/site.yaml`): the sample role sets without their prose, which the loader and the
    /// guide compiler only store, so each execution spends its time on the input.
    static let base: [ContentCheck.File] = {
        let folder = packageRoot().appendingPathComponent("content/roles")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let roles = names.compactMap { name -> ContentCheck.File? in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                return nil
            }
            return ContentCheck.File(path: "content/roles/\(name)", text: withoutProse(text))
        }
        precondition(!roles.isEmpty, "fuzz harness: no role sets under \(folder.path); set ROLEBOOK_ROOT")
        let problems = ContentCheck.diagnostics(of: [site] + roles)
        precondition(problems.isEmpty, "fuzz harness: the base files do not load cleanly: \(problems)")
        return [site] + roles
    }()

    /// Drops the keys whose values are only prose, with the lines indented under them.
    static func withoutProse(_ yaml: String) -> String {
        let prose: Set<Substring> = ["description", "capabilities", "notifications", "duties", "when_holder_leaves"]
        var kept: [Substring] = []
        var droppingBelow: Int?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if let limit = droppingBelow, content.isEmpty || indent > limit { continue }
            droppingBelow = nil
            if let colon = content.firstIndex(of: ":"), prose.contains(content[..<colon]) {
                droppingBelow = indent
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    static func packageRoot() -> URL {
        if let root = ProcessInfo.processInfo.environment["ROLEBOOK_ROOT"], !root.isEmpty {
            return URL(fileURLWithPath: root)
        }
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("content/site.yaml").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}

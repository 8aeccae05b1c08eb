import Foundation
import RolebookCore

/// The folders one build writes into, checked against each other and against the site's sources
/// before anything is read or written: no owned folder is the site root, none holds or lies inside
/// `content/`, `themes/` or `templates/`, and no two overlap (each has its own manifest and lock,
/// so a folder inside another would have its files deleted as the other's leftovers).
struct OutputLayout {
    struct Folder {
        /// The option that named it, for messages: "--output".
        var option: String
        var url: URL
    }

    var root: URL
    var folders: [Folder]

    /// Every way the folders break the rules, as errors; empty when the layout is sound.
    func problems() -> [Diagnostic] {
        let rootPath = Self.resolved(root)
        let sources = ["content", "themes", "templates"].map {
            ($0 + "/", Self.resolved(root.appendingPathComponent($0)))
        }
        var problems: [Diagnostic] = []
        let resolved = folders.map { ($0, Self.resolved($0.url)) }
        for (folder, path) in resolved {
            if path == rootPath {
                problems.append(
                    .error("\(folder.option) is the site root: choose a folder of its own, such as output/", at: nil))
                continue
            }
            if Self.contains(path, rootPath) {
                problems.append(
                    .error(
                        "\(folder.option) \(SiteBuilder.displayName(folder.url)) holds the site root: choose a folder of its own",
                        at: nil))
                continue
            }
            for (name, source) in sources
            where Self.contains(path, source) || Self.contains(source, path) || path == source {
                problems.append(
                    .error(
                        "\(folder.option) \(SiteBuilder.displayName(folder.url)) overlaps the site's \(name): Rolebook never writes among its sources",
                        at: nil))
            }
        }
        for (i, (a, pathA)) in resolved.enumerated() {
            for (b, pathB) in resolved[(i + 1)...]
            where pathA == pathB || Self.contains(pathA, pathB) || Self.contains(pathB, pathA) {
                problems.append(
                    .error(
                        "\(a.option) and \(b.option) overlap: each needs a folder of its own, outside the other",
                        at: nil))
            }
        }
        return problems
    }

    /// Whether `inner` lies strictly inside `outer`.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// The path with every link in its existing part resolved, so two names for one folder compare
    /// equal; the part that does not exist yet is appended as written.
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while true {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                return ([String(cString: real)] + missing.reversed()).joined(separator: "/")
                    .replacingOccurrences(of: "//", with: "/")
            }
            guard existing.path != "/" else { return url.standardizedFileURL.path }
            missing.append(existing.lastPathComponent)
            existing = existing.deletingLastPathComponent()
        }
    }
}

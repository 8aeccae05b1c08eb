import Foundation

/// Everything under a folder, read without following any link: each entry's kind and bytes (a
/// link's target). Two snapshots compare equal only when nothing under the folder changed, so a test
/// can show that a build left a surrounding tree exactly as it was.
package struct TreeSnapshot: Equatable, CustomStringConvertible {
    package var entries: [String: String]

    package init(of folder: URL) {
        entries = [:]
        Self.walk(folder.path, relative: "", into: &entries)
    }

    private static func walk(_ path: String, relative: String, into entries: inout [String: String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names.sorted() {
            let full = path + "/" + name
            let key = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                entries[key] = "link -> " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
            case S_IFDIR:
                entries[key] = "folder"
                walk(full, relative: key, into: &entries)
            default:
                let bytes = FileManager.default.contents(atPath: full) ?? Data()
                entries[key] = "file " + bytes.base64EncodedString()
            }
        }
    }

    /// The entries that differ, for a readable failure.
    package func changes(since before: TreeSnapshot) -> [String] {
        Set(entries.keys).union(before.entries.keys).sorted().compactMap { key in
            entries[key] == before.entries[key]
                ? nil : "\(key): \(before.entries[key] ?? "absent") → \(entries[key] ?? "absent")"
        }
    }

    package var description: String { entries.keys.sorted().map { "\($0): \(entries[$0]!)" }.joined(separator: "\n") }
}

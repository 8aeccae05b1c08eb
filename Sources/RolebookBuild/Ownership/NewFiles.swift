import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a set of files into the user's own tree (`generate-sample` today; `init` and `import`
/// later), where Rolebook owns nothing: it only creates new files, and refuses, before writing any,
/// when one already exists, unless the user passed `--force`. Even then it never writes through a
/// link at a file's name and never deletes anything.
package struct NewFiles {
    package var root: URL
    package var force: Bool

    package init(root: URL, force: Bool) {
        self.root = root
        self.force = force
    }

    /// Every file that is already there, by its path under the root, when not forced; else empty.
    package func conflicts(_ paths: some Sequence<String>) -> [String] {
        guard !force else { return [] }
        return paths.filter { path in
            var info = stat()
            return lstat(root.appendingPathComponent(path).path, &info) == 0
        }
    }

    /// Writes every file, after checking none is in the way.
    package func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        let existing = conflicts(files.map(\.path))
        guard existing.isEmpty else { throw NewFilesError.exist(root: root.path, paths: existing) }
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (force ? O_TRUNC : O_EXCL)
            let fd = open(url.path, flags, 0o644)
            guard fd >= 0 else {
                throw NewFilesError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
            defer { close(fd) }
            guard bytes.withUnsafeBytes({ OwnedFolder.writeAll($0, to: fd) }) else {
                throw NewFilesError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        }
    }
}

/// Why new files were not written.
package enum NewFilesError: Error, CustomStringConvertible {
    case exist(root: String, paths: [String])
    case cannotWrite(path: String, reason: String)

    package var description: String {
        switch self {
        case .exist(let root, let paths):
            let shown = paths.prefix(10).map { "  \(root)/\($0)" }.joined(separator: "\n")
            let more = paths.count > 10 ? "\n  and \(paths.count - 10) more" : ""
            return
                "\(paths.count) file\(paths.count == 1 ? "" : "s") already exist, and Rolebook writes only new files into your folders (nothing was written); pass --force to overwrite them:\n\(shown)\(more)"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}

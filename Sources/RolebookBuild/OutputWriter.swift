import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files into the output folder safely: whole files only (temporary name, then rename),
/// unchanged bytes left alone, and at the end the previous build's leftovers removed. Files this
/// tool did not write (not in its manifest) are never touched.
public struct OutputWriter: Sendable {
    public static let manifestName = ".rolebook-manifest"

    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    public enum Outcome: Sendable {
        case written
        case unchanged
    }

    /// Creates every folder the given paths need, once, before pages are written concurrently.
    public func prepare(paths: some Sequence<String>) throws {
        var folders: Set<String> = [""]
        for path in paths {
            var end = path.endIndex
            while let slash = path[..<end].lastIndex(of: "/") {
                guard folders.insert(String(path[..<slash])).inserted else { break }
                end = slash
            }
        }
        // Sorted, so a parent is made before its children; plain mkdir, because FileManager's
        // createDirectory took seconds for a few thousand folders.
        for relative in folders.sorted() {
            let path = relative.isEmpty ? folder.path : folder.appendingPathComponent(relative).path
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                if relative.isEmpty {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                } else {
                    throw OutputError.cannotWrite(path: relative, reason: String(cString: strerror(errno)))
                }
            }
        }
    }

    /// Writes one file unless it already has exactly these bytes.
    public func write(_ bytes: some Collection<UInt8>, to path: String) throws -> Outcome {
        let target = folder.appendingPathComponent(path).path
        let bytes = Array(bytes)
        if let existing = FileManager.default.contents(atPath: target), existing.count == bytes.count,
            existing.elementsEqual(bytes)
        {
            return .unchanged
        }
        // POSIX calls, not Data.write: on Linux Foundation syncs every file, which costs minutes on big sites.
        let temporary = target + ".rolebook-tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var offset = 0
        let failed: Bool = bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return true }
                offset += n
            }
            return false
        }
        close(fd)
        guard !failed, rename(temporary, target) == 0 else {
            unlink(temporary)
            throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        return .written
    }

    /// Whether every path exists in the output folder.
    public func allExist(_ paths: some Sequence<String>) -> Bool {
        paths.allSatisfy { access(folder.appendingPathComponent($0).path, F_OK) == 0 }
    }

    /// The previous build's state, or nil when there is none or it is from another format.
    func readState() -> BuildState? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(BuildState.fileName).path),
            let state = try? JSONDecoder().decode(BuildState.self, from: data), state.format == BuildState.format
        else { return nil }
        return state
    }

    func writeState(_ state: BuildState) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        _ = try write(Array(try encoder.encode(state)), to: BuildState.fileName)
    }

    /// Paths the previous build wrote, from its manifest.
    public func previousManifest() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.manifestName).path),
            let text = String(data: data, encoding: .utf8)
        else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    /// Removes what the previous build wrote and this one did not, then records this build's files.
    public func finish(produced: Set<String>) throws -> Int {
        var removed = 0
        for stale in previousManifest().subtracting(produced).sorted() {
            // The manifest is ours, but never follow it out of the output folder.
            guard !stale.contains(".."), !stale.hasPrefix("/") else { continue }
            if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(stale))) != nil { removed += 1 }
        }
        let manifest = produced.sorted().joined(separator: "\n") + "\n"
        _ = try write(Array(manifest.utf8), to: Self.manifestName)
        return removed
    }
}

/// Why the output could not be written.
public enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
        }
    }
}

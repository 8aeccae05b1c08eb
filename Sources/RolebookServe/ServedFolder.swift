import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The build folder as the preview server reads it. A request path is opened one segment at a
/// time with `openat` and `O_NOFOLLOW`, from a descriptor of the folder itself, so neither `..`
/// (written or percent-encoded) nor a link planted in the folder leads outside it: the rule
/// `OwnedFolder` keeps when it writes, kept when serving too. The folder named may itself be a
/// link, as an output folder may.
package struct ServedFolder: Sendable {
    /// What a request path names.
    package enum Lookup: Equatable, Sendable {
        /// A regular file: its name (for its content type) and bytes.
        case file(name: String, bytes: [UInt8])
        /// A folder asked for without its trailing slash: the client is sent to `path/`, so that
        /// the page's relative links resolve inside the folder.
        case folderWithoutSlash
        case notFound
    }

    package var root: URL

    package init(root: URL) { self.root = root }

    /// Looks up a request's path as sent (percent-encoded, without the query).
    package func lookup(_ percentEncodedPath: String) -> Lookup {
        guard let segments = Self.segments(of: percentEncodedPath) else { return .notFound }
        var folder = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return .notFound }
        defer { close(folder) }
        for (index, segment) in segments.enumerated() {
            let last = index == segments.count - 1
            // O_NONBLOCK: a pipe planted in the folder must not hold the request open.
            let flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (last ? 0 : O_DIRECTORY)
            let next = openat(folder, segment, flags)
            guard next >= 0 else { return .notFound }
            close(folder)
            folder = next
        }
        var status = stat()
        guard fstat(folder, &status) == 0 else { return .notFound }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            if !segments.isEmpty, !percentEncodedPath.hasSuffix("/") { return .folderWithoutSlash }
            let index = openat(folder, "index.html", O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            guard index >= 0 else { return .notFound }
            defer { close(index) }
            return Self.contents(of: index).map { .file(name: "index.html", bytes: $0) } ?? .notFound
        case S_IFREG:
            return Self.contents(of: folder).map { .file(name: segments.last!, bytes: $0) } ?? .notFound
        default:
            return .notFound
        }
    }

    /// The path's segments, decoded; nil when one of them may not be served. Empty segments
    /// (`//`) are skipped. Refused: a path that does not start with `/`, a segment that is not valid
    /// percent-encoding, one that decodes to a name with `/`, `\` or NUL in it, and one that starts
    /// with a dot: `.` and `..` in any spelling, Rolebook's control folder `.rolebook/` (manifest,
    /// build state, lock) and any other hidden file.
    package static func segments(of percentEncodedPath: String) -> [String]? {
        guard percentEncodedPath.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in percentEncodedPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let name = raw.removingPercentEncoding, !name.isEmpty, !name.hasPrefix("."),
                !name.contains("/"), !name.contains("\\"), !name.contains("\0")
            else { return nil }
            segments.append(name)
        }
        return segments
    }

    /// The whole of an open regular file; nil when it is not one or cannot be read.
    private static func contents(of descriptor: Int32) -> [UInt8]? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}

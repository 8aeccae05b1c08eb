import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `stat` says of a file (through a link, as the content is read): its size, its inode and
/// device, and its modification and change times to the nanosecond. Two equal signatures taken
/// apart in time mean the file was not written in between, as git's index and make's timestamps
/// assume; the change time cannot be set back by hand, so `touch -d` does not hide an edit.
package struct FileSignature: Hashable, Sendable {
    /// The signature as one line of text: how the build state keeps it.
    package var text: String
    /// The later of the modification and change times, in nanoseconds since 1970.
    package var changed: Int64

    /// The signature of what `stat` or `fstat` found (a folder's too).
    package init(_ info: stat) {
        func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }
        let modified = nanoseconds(info.st_mtim)
        let changed = nanoseconds(info.st_ctim)
        text = "\(info.st_size) \(info.st_ino) \(info.st_dev) \(modified) \(changed)"
        self.changed = max(modified, changed)
    }

    /// The file's signature, or nil when it cannot be read by `stat`.
    package static func of(_ path: String) -> FileSignature? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileSignature(info)
    }

    /// The current time in the file system's terms, in nanoseconds since 1970.
    package static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether the file last changed at least `margin` nanoseconds before `instant`, so that a
    /// later write cannot carry the same times: file systems stamp times from a clock that advances
    /// in ticks (up to 10 ms on Linux), so a file written twice within one tick keeps its times.
    /// Only settled signatures are kept.
    package func isSettled(before instant: Int64, margin: Int64 = Self.margin) -> Bool { changed < instant - margin }

    /// Two seconds for content: far above any tick, and above the coarsest (FAT's two-second)
    /// times, since a content edit missed would publish stale pages.
    package static let margin: Int64 = 2_000_000_000
}

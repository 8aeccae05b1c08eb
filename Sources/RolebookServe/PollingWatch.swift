import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The watcher without inotify: once per interval it lists the watched folders and compares each
/// file's modification time and size with the last listing. Used where inotify is missing, and
/// with `serve --poll` on file systems whose changes inotify does not see (network mounts, some
/// container volumes). One listing of the 5,000-company sample costs a few milliseconds (see
/// docs/serve.md), so a second's interval keeps it well under one per cent of a core.
struct PollingWatch: Sendable {
    /// A file as last seen: its modification time (nanoseconds) and size.
    struct Stamp: Equatable, Sendable {
        var modified: Int64
        var size: Int64
    }

    let root: String
    let folders: [String]
    private var last: [String: Stamp] = [:]

    init(root: String, folders: [String]) {
        self.root = root
        self.folders = folders
        last = listing()
    }

    /// Lists until `stop` is readable (or closed), and reports the paths that appeared, went or
    /// changed since the listing before.
    mutating func run(stop: Int32, interval: Duration, report: (SourceChange) -> Void) {
        let milliseconds = Int32(interval.components.seconds * 1000)
        while true {
            var descriptors = [pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 1, milliseconds)
            if ready < 0, errno == EINTR { continue }
            guard ready == 0 else { return }
            let now = listing()
            let changed = Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }
            last = now
            if !changed.isEmpty { report(SourceChange(paths: changed.sorted())) }
        }
    }

    /// Every file under the watched folders (names starting with a dot skipped, as `SourceTree`
    /// skips them), by path relative to the root.
    func listing() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        var pending = folders
        while let relative = pending.popLast() {
            guard let listing = opendir(root + "/" + relative) else { continue }
            defer { closedir(listing) }
            while let entry = readdir(listing) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = relative + "/" + name
                var status = stat()
                // stat, not lstat: a linked file is read through by the build, so its target's time counts.
                guard stat(root + "/" + path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    if lstat(root + "/" + path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                        pending.append(path)
                    }
                    continue
                }
                #if canImport(Darwin)
                    let time = status.st_mtimespec
                #else
                    let time = status.st_mtim
                #endif
                stamps[path] = Stamp(
                    modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
                    size: Int64(status.st_size))
            }
        }
        return stamps
    }
}

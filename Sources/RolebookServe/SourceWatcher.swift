import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Watches the site's sources (`content/`, `themes/`, `templates/`) and reports each burst of
/// changes once it has been quiet for a moment, so that one save rebuilds once.
///
/// On Linux it uses inotify (``InotifyWatch``): one watch per folder, not per file, and the thread
/// sleeps in `poll` until the kernel has news, so 5,000 companies in one folder cost nothing while
/// nothing changes. Elsewhere, or with `polling` (file systems whose changes inotify does not see,
/// such as network mounts), it compares modification times once a second (``PollingWatch``).
///
/// The watching runs on a thread of its own rather than in a task: it blocks in `poll`, and a
/// blocked task would hold one of the few threads the builds render on.
package final class SourceWatcher: Sendable {
    /// One element per burst of changes; it ends when the watcher stops.
    package let changes: AsyncStream<SourceChange>
    /// This side of a socket pair whose other side the thread polls beside its events: a byte, or
    /// closing it, stops the thread.
    private let wake: Int32

    /// Starts watching `folders` (relative to `root`, which need not exist yet) at once: a change
    /// made from now on is reported, even while the first build runs.
    package init(root: URL, folders: [String], polling: Bool = false, quietPeriod: Duration = .milliseconds(60))
        throws
    {
        // A socket pair rather than a pipe: `stop()` after the thread has gone then fails quietly
        // (MSG_NOSIGNAL) instead of raising SIGPIPE.
        var ends: [Int32] = [-1, -1]
        #if canImport(Glibc)
            let made = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends)
        #else
            let made = socketpair(AF_UNIX, SOCK_STREAM, 0, &ends)
            if made == 0 {
                var yes: Int32 = 1
                setsockopt(ends[1], SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
                for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            }
        #endif
        guard made == 0 else { throw SourceWatcherError.cannotWatch(reason: String(cString: strerror(errno))) }
        let (stream, continuation) = AsyncStream.makeStream(of: SourceChange.self)
        changes = stream
        wake = ends[1]
        let stop = ends[0]
        let rootPath = root.standardizedFileURL.path
        #if os(Linux)
            let inotify = polling ? nil : try InotifyWatch(root: rootPath, folders: folders)
        #endif
        let polled = PollingWatch(root: rootPath, folders: folders)
        let thread = Thread {
            defer {
                close(stop)
                continuation.finish()
            }
            #if os(Linux)
                if var watch = inotify {
                    watch.run(stop: stop, quietPeriod: quietPeriod) { continuation.yield($0) }
                    watch.close()
                    return
                }
            #endif
            var watch = polled
            watch.run(stop: stop, interval: .seconds(1)) { continuation.yield($0) }
        }
        thread.name = "rolebook-watch"
        thread.start()
    }

    /// Stops watching: ``changes`` ends once the thread has seen it; a burst it was still gathering
    /// is dropped, since nothing will build it.
    package func stop() {
        var byte: UInt8 = 1
        #if canImport(Glibc)
            _ = send(wake, &byte, 1, Int32(MSG_NOSIGNAL))
        #else
            _ = send(wake, &byte, 1, 0)
        #endif
    }

    deinit { close(wake) }
}

/// Why the sources cannot be watched.
package enum SourceWatcherError: Error, CustomStringConvertible {
    case cannotWatch(reason: String)

    package var description: String {
        switch self {
        case .cannotWatch(let reason): "cannot watch the sources for changes: \(reason)"
        }
    }
}

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
    /// The write end of a pipe the thread polls beside its events: a byte, or closing it, stops the thread.
    private let wake: Int32

    /// Starts watching `folders` (relative to `root`, which need not exist yet) at once: a change
    /// made from now on is reported, even while the first build runs.
    package init(root: URL, folders: [String], polling: Bool = false, quietPeriod: Duration = .milliseconds(60))
        throws
    {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw SourceWatcherError.cannotWatch(reason: String(cString: strerror(errno))) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
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

    /// Stops watching: ``changes`` ends once the thread has seen it, after any burst it was gathering.
    package func stop() {
        var byte: UInt8 = 1
        _ = write(wake, &byte, 1)
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

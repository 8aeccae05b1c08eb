import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGINT (Ctrl-C) and SIGTERM as a stream, so that `serve` stops cleanly: the server closed, the
/// watcher stopped, a build under way finished, exit status 0. Their default action (ending the
/// process at once) is off from ``init()`` until ``restore()``.
///
/// Not `Sendable`: the owner keeps it (and so its dispatch sources) for as long as it listens,
/// and hands on only ``numbers``.
package struct StopSignals {
    /// Each signal's number as it arrives.
    package let numbers: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    package init() {
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        numbers = stream
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    /// Gives the signals their default action back.
    package func restore() {
        for source in sources { source.cancel() }
        for number in [SIGINT, SIGTERM] { signal(number, SIG_DFL) }
    }
}

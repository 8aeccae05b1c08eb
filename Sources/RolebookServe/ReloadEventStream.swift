import FlyingFox
import FlyingSocks

/// One open page's event stream as a response body: a first message, then each signal as it
/// comes. FlyingFox sends a body of unknown length chunked and writes each chunk as it is
/// produced, which is what server-sent events need; the body ends when the signals end (the server
/// is stopping), so the connection closes cleanly.
struct ReloadEventStream: AsyncBufferedSequence {
    typealias Element = UInt8

    /// Sent on connection: the reconnection delay, and a reload at once when the page is behind.
    var opening: [UInt8]
    var signals: AsyncStream<ReloadSignal>

    func makeAsyncIterator() -> Iterator {
        Iterator(pending: opening[...], signals: signals.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var pending: ArraySlice<UInt8>
        var signals: AsyncStream<ReloadSignal>.Iterator

        mutating func next() async throws -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if pending.isEmpty {
                guard let signal = await signals.next() else { return nil }
                pending = Array(signal.eventText.utf8)[...]
            }
            let buffer = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}

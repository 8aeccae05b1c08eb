import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// This side of Chromium's `--remote-debugging-pipe`: DevTools protocol commands out, their replies
/// and the browser's events back, each message a JSON object ended by a NUL byte.
///
/// Chromium reads its fd 3 and writes its fd 4; ``ChromiumBrowser`` makes both one end of a Unix
/// socket pair, whose other end this is. A socket rather than two pipes because a send to a
/// browser that died then fails as an error (`MSG_NOSIGNAL`) instead of killing this process
/// with SIGPIPE. Every wait is bounded by `poll`, so a hung browser is a timeout, never a hang.
///
/// Commands are sent one at a time and each waits for its reply; events that arrive meanwhile
/// are read and dropped, except the one saying the page's renderer crashed.
///
/// A value, so that a browser can be handed from one printing thread to the next without a lock;
/// whoever holds the last copy closes it, once (``ChromiumBrowser/close()``).
struct DevToolsPipe: Sendable {
    /// Why a command got no result.
    enum Failure: Error, Equatable {
        /// The browser closed its end: it exited or crashed.
        case closed
        /// No reply within the time allowed.
        case timedOut(method: String)
        /// The renderer of the page the command was for crashed: its reply will never come.
        case pageCrashed
        /// Chromium answered with a protocol error.
        case refused(method: String, message: String)
    }

    private let socket: Int32
    private var received: [UInt8] = []
    /// How far `received` has been searched for a NUL without finding one: a reply of several
    /// megabytes (a PDF in base64) arrives in many reads and is scanned once.
    private var scanned = 0
    private var lastID = 0
    private static let readSize = 1 << 16

    /// Takes over `socket`, which ``close()`` closes.
    init(socket: Int32) {
        self.socket = socket
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
    }

    /// Closes this end: Chromium reads the end of its pipe and quits.
    func close() {
        #if canImport(Glibc)
            _ = Glibc.close(socket)
        #else
            _ = Darwin.close(socket)
        #endif
    }

    /// Sends one command and waits for its reply; returns the reply's `result`.
    ///
    /// - Parameter session: the session of the page the command is for (a flat session from
    ///   `Target.attachToTarget`); nil for the browser itself.
    mutating func call(
        _ method: String, _ parameters: [String: Any] = [:], session: String? = nil, timeout: Duration
    ) throws(Failure) -> [String: Any] {
        let deadline = ContinuousClock.now + timeout
        lastID += 1
        let id = lastID
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        guard let json = try? JSONSerialization.data(withJSONObject: message) else {
            throw .refused(method: method, message: "the command's parameters are not JSON")
        }
        try send([UInt8](json) + [0], method: method, until: deadline)
        while true {
            let reply = try nextMessage(method: method, until: deadline)
            if reply["id"] as? Int == id {
                if let error = reply["error"] as? [String: Any] {
                    throw .refused(method: method, message: error["message"] as? String ?? "\(error)")
                }
                return reply["result"] as? [String: Any] ?? [:]
            }
            // Chromium says a page's renderer died with an event on that page's session (and, for
            // targets it was told to watch, on the browser's).
            if let session, reply["sessionId"] as? String == session,
                ["Inspector.targetCrashed", "Inspector.detached"].contains(reply["method"] as? String)
            {
                throw .pageCrashed
            }
        }
    }

    private mutating func send(_ bytes: [UInt8], method: String, until deadline: ContinuousClock.Instant)
        throws(Failure)
    {
        var offset = 0
        while offset < bytes.count {
            let (sent, failure) = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                    let sent = Glibc.send(
                        socket, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                #else
                    let sent = Darwin.send(socket, buffer.baseAddress! + offset, buffer.count - offset, 0)
                #endif
                return (sent, errno)
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0, [EAGAIN, EWOULDBLOCK, EINTR].contains(failure) {
                try wait(for: Int16(POLLOUT), method: method, until: deadline)
            } else {
                throw .closed
            }
        }
    }

    /// The next whole message, reading more as needed.
    private mutating func nextMessage(method: String, until deadline: ContinuousClock.Instant) throws(Failure)
        -> [String:
        Any]
    {
        while true {
            if let end = endOfMessage() {
                let json = received[..<end]
                defer {
                    received.removeSubrange(...end)
                    scanned = 0
                }
                guard
                    let message = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
                else { throw .refused(method: method, message: "Chromium sent a message that is not JSON") }
                return message
            }
            scanned = received.count
            try wait(for: Int16(POLLIN), method: method, until: deadline)
            let (count, failure) = withUnsafeTemporaryAllocation(byteCount: Self.readSize, alignment: 1) { buffer in
                let count = recv(socket, buffer.baseAddress, buffer.count, 0)
                let failure = errno
                if count > 0 { received.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[..<count])) }
                return (count, failure)
            }
            if count == 0 || (count < 0 && ![EAGAIN, EWOULDBLOCK, EINTR].contains(failure)) { throw .closed }
        }
    }

    /// Where the first whole message in `received` ends (its NUL), searching only what is new.
    private func endOfMessage() -> Int? {
        received.withUnsafeBytes { bytes in
            guard scanned < bytes.count, let found = memchr(bytes.baseAddress! + scanned, 0, bytes.count - scanned)
            else { return nil }
            return bytes.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Waits until the socket is ready for `events`, or throws when the deadline passes first.
    private func wait(for events: Int16, method: String, until deadline: ContinuousClock.Instant) throws(Failure) {
        while true {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { throw .timedOut(method: method) }
            let (seconds, attoseconds) = left.components
            let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            var descriptor = pollfd(fd: socket, events: events, revents: 0)
            let ready = poll(&descriptor, 1, milliseconds)
            if ready > 0 {
                // A hang-up or an error with the data still to read is read first; recv then says so.
                return
            }
            if ready < 0, errno != EINTR { throw .closed }
        }
    }
}

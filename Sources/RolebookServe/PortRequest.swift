import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which port on 127.0.0.1 the preview listens on.
///
/// The default port moves on to the next free one, as `hugo server` does, since a second site's
/// preview (or another tool) often has it; a port the user named is that port or an error, since
/// something else may be expecting it there; 0 takes any free port (scripts and tests read the
/// URL that `serve` prints).
package enum PortRequest: Equatable, Sendable {
    /// The port `serve` listens on unless told otherwise.
    package static let defaultPort: UInt16 = 1414

    case preferred(UInt16)
    case exactly(UInt16)
    case any

    /// How many ports after a preferred one are tried.
    static let tries = 20

    /// The port to give the server: a free one as far as binding a socket to it tells; nil
    /// when there is none, and the reason.
    package func choose() -> Result<UInt16, PortError> {
        switch self {
        case .any: return .success(0)
        case .exactly(let port):
            return Self.isFree(port) ? .success(port) : .failure(.inUse(port: port, tried: 1))
        case .preferred(let port):
            for candidate in port..<UInt16(min(Int(port) + Self.tries, Int(UInt16.max))) where Self.isFree(candidate) {
                return .success(candidate)
            }
            return .failure(.inUse(port: port, tried: Self.tries))
        }
    }

    /// Whether a listening socket could be bound to 127.0.0.1:`port` now, with the same address
    /// reuse the server sets (so a port whose last connections linger in TIME_WAIT counts as free).
    package static func isFree(_ port: UInt16) -> Bool {
        #if canImport(Glibc)
            let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let probe = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard probe >= 0 else { return false }
        defer { close(probe) }
        var yes: Int32 = 1
        setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return bound == 0
    }
}

/// Why the preview could not listen.
package enum PortError: Error, Equatable, CustomStringConvertible {
    /// `tried` ports from `port` on are all taken.
    case inUse(port: UInt16, tried: Int)

    package var description: String {
        switch self {
        case .inUse(let port, 1):
            "127.0.0.1:\(port) is already in use: choose another --port, or --port 0 for any free one"
        case .inUse(let port, let tried):
            "127.0.0.1:\(port) and the \(tried - 1) ports after it are in use: choose a --port, or --port 0 for any free one"
        }
    }
}

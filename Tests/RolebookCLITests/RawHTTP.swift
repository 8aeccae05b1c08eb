import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One HTTP/1.1 request sent byte for byte as written, over a plain socket: URLSession would
/// normalise `..` and `%2e%2e` away before they reach the server, which is what a traversal test
/// must not let happen.
struct RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    enum Failure: Error {
        case cannotConnect(port: UInt16)
        case noResponse(target: String)
    }

    /// `GET target` (or `method`) on 127.0.0.1:`port`, with `host` as the Host header.
    static func request(
        _ target: String, port: UInt16, method: String = "GET", host: String? = nil, timeout: TimeInterval = 10
    ) throws -> Response {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        guard connect(socket, port: port) else { throw Failure.cannotConnect(port: port) }
        let request =
            "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n"
        _ = Array(request.utf8).withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var ready = [pollfd(fd: socket, events: Int16(POLLIN), revents: 0)]
            guard poll(&ready, 1, 100) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += chunk[..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure.noResponse(target: target) }
        let head = text[..<split.lowerBound].split(separator: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ")[1]) } ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// Whether anything accepts connections on 127.0.0.1:`port`.
    static func isListening(_ port: UInt16) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        return connect(socket, port: port)
    }

    private static func connect(_ socket: Int32, port: UInt16) -> Bool {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        } == 0
    }
}

extension RawHTTP {
    /// A socket listening on a free port of 127.0.0.1, to hold that port taken.
    static func listener() throws -> (socket: Int32, port: UInt16) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && listen(socket, 1) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw Failure.cannotConnect(port: 0) }
        return (socket, UInt16(bigEndian: address.sin_port))
    }
}

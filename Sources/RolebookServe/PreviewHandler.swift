import FlyingFox
import Foundation

/// Answers the preview server's requests: files from the build folder (`index.html` for a
/// folder), the live-reload script added to every HTML response, the event stream that tells open
/// pages to reload, and, while the last build failed, the failure page in place of every page.
package struct PreviewHandler: HTTPHandler {
    var folder: ServedFolder
    var state: PreviewState

    package func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard Self.isLocal(request.headers[.host]) else {
            // A page on another site can reach 127.0.0.1 through a DNS name it controls; the Host
            // header still names that site, and the preview is for this machine's browser only.
            return Self.response(.forbidden, type: "text/plain; charset=utf-8", Array("Forbidden\n".utf8), for: request)
        }
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.response(
                .methodNotAllowed, type: "text/plain; charset=utf-8", Array("Method not allowed\n".utf8), for: request)
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        let path = request.target.path()
        if path == LiveReload.eventsPath { return await events(since: request.query["generation"].flatMap(Int.init)) }
        let (generation, failure) = await (state.generation, state.failure)
        switch folder.lookup(path) {
        case .folderWithoutSlash:
            let query = request.target.query()
            var response = HTTPResponse(statusCode: .movedPermanently)
            response.headers[.location] = path + "/" + (query.isEmpty ? "" : "?" + query)
            return response
        case .file(let name, let bytes):
            let type = ContentType.of(name)
            guard type == ContentType.html else { return Self.response(.ok, type: type, bytes, for: request) }
            if let failure {
                return Self.response(
                    .internalServerError, type: type, failure.html(generation: generation), for: request)
            }
            return Self.response(
                .ok, type: type, LiveReload.inject(into: bytes, generation: generation), for: request)
        case .notFound:
            if let failure, Self.namesPage(path) {
                return Self.response(
                    .internalServerError, type: ContentType.html, failure.html(generation: generation), for: request)
            }
            return Self.response(
                .notFound, type: ContentType.html, Self.notFoundPage(generation: generation), for: request)
        }
    }

    /// The event stream of one open page; `since` is the generation the page was served at.
    private func events(since: Int?) async -> HTTPResponse {
        let signals = await state.subscribe()
        let current = await state.generation
        var opening = "retry: 1000\n\n"
        if let since, since != current { opening += ReloadSignal.reload(generation: current).eventText }
        var response = HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: HTTPBodySequence(from: ReloadEventStream(opening: Array(opening.utf8), signals: signals)))
        response.headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return response
    }

    /// A response that is never cached (every reload must fetch the new build) and whose type
    /// the browser takes as sent; a HEAD request gets the headers alone.
    private static func response(_ status: HTTPStatusCode, type: String, _ body: [UInt8], for request: HTTPRequest)
        -> HTTPResponse
    {
        var response = HTTPResponse(
            statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"],
            body: request.method == .HEAD ? Data() : Data(body))
        response.headers[.contentLength] = String(body.count)
        response.headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return response
    }

    private static func notFoundPage(generation: Int) -> [UInt8] {
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Not found · Rolebook</title></head>
            <body>
            <h1>Not found</h1>
            <p>The site has no page here. <a href="/">Go to the home page</a>.</p>
            \(LiveReload.script(generation: generation))</body>
            </html>

            """
        return Array(page.utf8)
    }

    /// Whether a path asks for a page (a folder, an `.html` file, a name without an extension),
    /// which the failure page replaces, rather than an asset, which gets a plain 404.
    package static func namesPage(_ path: String) -> Bool {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        return path.hasSuffix("/") || !last.contains(".") || ContentType.of(last) == ContentType.html
    }

    /// Whether a Host header names this machine's loopback (any port), or is absent (HTTP/1.0).
    package static func isLocal(_ host: String?) -> Bool {
        guard let host = host?.lowercased() else { return true }
        var name = Substring(host)
        if name.hasPrefix("[") {
            guard let end = name.firstIndex(of: "]") else { return false }
            name = name[name.index(after: name.startIndex)..<end]
        } else if let colon = name.lastIndex(of: ":") {
            name = name[..<colon]
        }
        return name == "127.0.0.1" || name == "localhost" || name == "::1"
    }
}

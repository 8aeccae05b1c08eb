import Foundation
import RolebookCore
import RolebookServe
import RolebookTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The preview server's parts that decide what a browser gets: the reload script's place, the
/// failure page's text, which request paths may be opened, which hosts are answered, and when
/// open pages are told to reload.
@Suite struct PreviewPartsTests {
    @Test func theScriptGoesBeforeTheLastClosingBodyTagInAnyCase() {
        let page = Array("<html><body><p>&lt;/body&gt; in text</p></BODY></html>".utf8)
        let served = String(decoding: LiveReload.inject(into: page, generation: 7), as: UTF8.self)
        #expect(served.hasSuffix("</script>\n</BODY></html>"))
        #expect(served.contains(#"EventSource("/__rolebook/events?generation=7")"#))
        let fragment = String(decoding: LiveReload.inject(into: Array("<p>x</p>".utf8), generation: 1), as: UTF8.self)
        #expect(fragment.hasPrefix("<p>x</p><script"))
    }

    @Test func theFailurePageEscapesWhatItQuotesAndShowsErrorsFirst() throws {
        let root = try FixtureTree.write(
            """
            -- content/site.yaml --
            title: <script>alert(1)</script>
            """, to: try TestPaths.temporaryFolder("failure-page"))
        let warnings = (1...60).map {
            Diagnostic.warning("warning \($0)", at: SourceLocation(path: "content/site.yaml", line: 1, column: 1))
        }
        let error = Diagnostic.error(
            "title '<b>' is wrong", at: SourceLocation(path: "content/site.yaml", line: 1, column: 8))
        let page = BuildFailurePage(diagnostics: warnings + [error], root: root)
        #expect(page.summary == "1 error, 60 warnings")
        #expect(page.text.hasPrefix("content/site.yaml:1:8: error: title '<b>' is wrong\n 1 | title: <script>"))
        #expect(page.text.hasSuffix("… and 11 more: the terminal lists them all.\n"))
        let html = String(decoding: page.html(generation: 3), as: UTF8.self)
        #expect(html.contains("error: title &#39;&lt;b&gt;&#39; is wrong"))
        #expect(html.contains("title: &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("generation=3"))
    }

    @Test(arguments: [
        ("/", [String]()), ("/people/", ["people"]), ("//people//nora.html", ["people", "nora.html"]),
        ("/a%20b.html", ["a b.html"]),
    ])
    func pathsInsideTheFolderAreOpenedByName(path: String, segments: [String]) {
        #expect(ServedFolder.segments(of: path) == segments)
    }

    @Test(arguments: [
        "/..", "/../x", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/a/%2e%2e%2f%2e%2e%2fx", "/a%2fb", "/a%5cb",
        "/a%00b", "/.rolebook/manifest", "/assets/.hidden", "/%zz", "x", "http://127.0.0.1/",
    ])
    func pathsThatCouldLeaveTheFolderAreRefused(path: String) {
        #expect(ServedFolder.segments(of: path) == nil)
    }

    @Test(arguments: [
        ("127.0.0.1:1414", true), ("localhost:1414", true), ("LOCALHOST", true), ("[::1]:1414", true),
        ("attacker.example:1414", false), ("127.0.0.1.attacker.example", false), ("[::1", false),
    ])
    func onlyLoopbackHostsAreAnswered(host: String, answered: Bool) {
        #expect(PreviewHandler.isLocal(host) == answered)
    }

    @Test func openPagesReloadOnlyWhenWhatTheyShowChanged() async {
        let state = PreviewState()
        let signals = await state.subscribe()
        await state.publish(failure: nil, changedFiles: false)
        #expect(await state.generation == 0, "an unchanged rebuild reloads nothing")
        await state.publish(failure: nil, changedFiles: true)
        let failure = BuildFailurePage(failure: "no space left")
        await state.publish(failure: failure, changedFiles: false)
        await state.publish(failure: failure, changedFiles: false)
        #expect(await state.generation == 2, "the same failure again reloads nothing")
        await state.close()
        var received: [ReloadSignal] = []
        for await signal in signals { received.append(signal) }
        #expect(received == [.reload(generation: 1), .reload(generation: 2)])
    }
}

/// The port rules, against a port really held by another socket.
@Suite struct PortRequestTests {
    /// A socket listening on a free port of 127.0.0.1, and that port.
    func holdAPort() -> (socket: Int32, port: UInt16) {
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(holder, $0, length) == 0 && listen(holder, 1) == 0 && getsockname(holder, $0, &length) == 0
            }
        }
        return (holder, UInt16(bigEndian: address.sin_port))
    }

    @Test func thePreferredPortMovesOnAndANamedOneDoesNot() throws {
        let held = holdAPort()
        defer { close(held.socket) }
        #expect(!PortRequest.isFree(held.port))
        let moved = try PortRequest.preferred(held.port).choose().get()
        #expect(moved > held.port && moved < held.port + 20)
        #expect(PortRequest.exactly(held.port).choose() == .failure(.inUse(port: held.port, tried: 1)))
        #expect(try PortRequest.any.choose().get() == 0, "the server binds port 0 and reports the one it got")
    }
}

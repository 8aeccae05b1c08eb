import Foundation
import RolebookTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `rolebook serve` as an author uses it: the real binary on a copy of a one-company site, a page
/// open in real headless Chromium, files edited on disk. Each test takes a few seconds.
@Suite struct ServeTests {
    /// A copy of the smallest whole site (one company, two people), with the built-in theme.
    func site() throws -> URL {
        let root = try TestPaths.temporaryFolder("serve")
        try FileManager.default.copyItem(
            at: TestPaths.packageRoot.appendingPathComponent("Tests/RolebookBuildTests/Fixtures/MinimalPerson/content"),
            to: root.appendingPathComponent("content"))
        return root
    }

    func edit(_ file: URL, _ replace: String, with replacement: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(replace), "the fixture has \(replace)")
        try text.replacingOccurrences(of: replace, with: replacement).write(
            to: file, atomically: false, encoding: .utf8)
    }

    @Test func anOpenPageFollowsEditsAndShowsTheLocatedErrorUntilTheFix() throws {
        let root = try site()
        let serve = try ServeProcess(root: root)
        let browser = try HeadlessBrowser()
        defer { browser.close() }
        try browser.open(serve.url.appendingPathComponent("companies/acme.html"))
        #expect(try eventually { try browser.text().contains("Nora Quist") }, "the page shows the served site")
        // Gone after any reload: proof that the page reloaded itself, the test never does.
        _ = try browser.evaluate("window.openedByTheTest = 'still here'")

        let company = root.appendingPathComponent("content/companies/acme.yaml")
        try edit(company, "name: Nora Quist", with: "name: Nora Lindqvist")
        #expect(try eventually { try browser.text().contains("Nora Lindqvist") }, "the edit reaches the open page")
        #expect(try browser.evaluate("String(window.openedByTheTest)") == "undefined")

        try edit(company, "name: Nora Lindqvist", with: "name: Nora: Lindqvist")
        let located =
            "content/companies/acme.yaml:6:15: error: YAML does not parse: mapping values are not allowed in this context"
        #expect(try eventually { try browser.text().contains(located) }, "the error page replaces the page")
        #expect(try browser.text().contains("^"), "with the quoted line and its caret")
        #expect(!(try browser.text().contains("Acme Works")))
        #expect(serve.stderr.contains(located), "the terminal prints the diagnostic too")

        try edit(company, "name: Nora: Lindqvist", with: "name: Nora Lindqvist")
        // The fix is written in place, so the watcher may first see the file half written and the
        // page show that build's error: what matters is that the page settles on the site.
        #expect(
            try eventually {
                let text = try browser.text()
                return text.contains("Nora Lindqvist") && !text.contains("did not build")
            }, "the page returns after the fix")

        // The open page holds an event stream: stopping must not wait for it.
        let stopped = serve.stop(with: SIGINT)
        #expect(stopped?.status == 0 && stopped?.exited == true, "Ctrl-C with a page open exits 0")
        // The served folder is what `build` writes: the script lives only in the server's answers.
        let built = try String(
            contentsOf: root.appendingPathComponent(".rolebook-serve/companies/acme.html"), encoding: .utf8)
        #expect(built.contains("Nora Lindqvist") && !built.contains("EventSource"))
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aStopSignalClosesTheServerAndExitsZero(_ signal: Int32) throws {
        let serve = try ServeProcess(root: try site())
        #expect(RawHTTP.isListening(serve.port))
        let stopped = serve.stop(with: signal)
        #expect(stopped?.status == 0 && stopped?.exited == true, "exit 0, not death by signal \(signal)")
        #expect(!RawHTTP.isListening(serve.port), "the port is closed")
        #expect(serve.stderr.hasSuffix("Stopping...\nStopped.\n"))
    }

    @Test func requestsNeverLeaveTheBuildFolder() throws {
        let root = try site()
        let serve = try ServeProcess(root: root)
        defer { _ = serve.stop() }
        let secret = "the-secret-beside-the-site"
        try secret.write(to: root.appendingPathComponent("secret.txt"), atomically: false, encoding: .utf8)
        // Links planted in the served folder, to a file and to a folder outside it.
        let folder = root.appendingPathComponent(".rolebook-serve")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("leak.html").path, withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("outside").path, withDestinationPath: root.path)

        for target in [
            "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
            "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt",
            "/%252e%252e/secret.txt", "/..\\secret.txt", "/leak.html", "/outside/secret.txt", "/outside/",
            "/.rolebook/manifest", "/.rolebook/", "/secret.txt",
        ] {
            let response = try RawHTTP.request(target, port: serve.port)
            #expect(response.status == 404, "\(target) is not served")
            #expect(!response.body.contains(secret), "\(target) leaks nothing")
        }

        // What is served, and how.
        let home = try RawHTTP.request("/", port: serve.port)
        #expect(home.status == 200 && home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("EventSource") && home.body.contains("Minimal person"))
        let style = try RawHTTP.request("/assets/style.css", port: serve.port)
        #expect(style.status == 200 && style.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!style.body.contains("EventSource"), "only HTML gets the script")
        let folderWithoutSlash = try RawHTTP.request("/people", port: serve.port)
        #expect(folderWithoutSlash.status == 301 && folderWithoutSlash.headers["location"] == "/people/")
        #expect(try RawHTTP.request("/people/", port: serve.port).body.contains("Nora Quist"))
        let missing = try RawHTTP.request("/nope.html", port: serve.port)
        #expect(missing.status == 404 && missing.body.contains("Not found"))
        #expect(try RawHTTP.request("/", port: serve.port, method: "POST").status == 405)
        // A page elsewhere reaching 127.0.0.1 through a DNS name of its own is refused.
        #expect(try RawHTTP.request("/", port: serve.port, host: "attacker.example:\(serve.port)").status == 403)
    }

    @Test func pollingNoticesAnEdit() throws {
        let root = try site()
        let serve = try ServeProcess(root: root, arguments: ["--poll"])
        defer { _ = serve.stop() }
        #expect(try RawHTTP.request("/people/", port: serve.port).body.contains("Nora Quist"))
        try edit(root.appendingPathComponent("content/companies/acme.yaml"), "Nora Quist", with: "Nora Lindqvist")
        #expect(try eventually { try RawHTTP.request("/people/", port: serve.port).body.contains("Nora Lindqvist") })
    }

    @Test func aPortNamedThatIsInUseIsAnError() throws {
        let holder = try RawHTTP.listener()
        defer { close(holder.socket) }
        let result = try CommandLineTests().run([
            "serve", "--root", try site().path, "--port", String(holder.port),
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: 127.0.0.1:\(holder.port) is already in use"))
    }
}

import Foundation
import RolebookTestSupport
import Testing

/// The header's search box as a reader uses it: real headless Chromium with default settings (no
/// `--allow-file-access-from-files`, no web-security switch, which would let a fetch-based index
/// pass here and fail for readers), the sample site opened from disk and unzipped from a bundle,
/// keyboard only. One build of the sample, with bundles, serves every test of the suite.
@Suite struct SearchTests {
    /// The sample site and its bundles, built once by the real binary.
    static let built: Result<(site: URL, bundles: URL), any Error> = Result {
        let output = try TestPaths.temporaryFolder("search-site")
        let bundles = try TestPaths.temporaryFolder("search-bundles")
        let result = try CommandLineTests.run(
            CommandLineTests.binary,
            ["build", "--root", TestPaths.packageRoot.path, "--output", output.path, "--bundles", bundles.path],
            environment: nil, directory: nil)
        guard result.status == 0 else { throw BuildFailure(stderr: result.stderr) }
        return (output, bundles)
    }

    struct BuildFailure: Error { var stderr: String }

    static let serial = "399-56781234"
    static let coordinatorPage = "contracts/keystone-bim/software-coordinator.html"

    /// Tabs from the top of the page to the search box, types `query`, waits for the result list,
    /// and chooses the first result with the arrow key and Enter.
    func searchAndOpen(_ page: URL, _ query: String, in browser: HeadlessBrowser) throws {
        try browser.open(page)
        #expect(
            try eventually { try browser.evaluate("document.readyState") == "complete" }, "the page loads from disk")
        #expect(
            try eventually { try browser.evaluate("String(document.querySelector('.site-search').hidden)") == "false" },
            "the search box shows once its script runs")
        var tabs = 0
        while try browser.evaluate("document.activeElement.id") != "site-search-input", tabs < 20 {
            try browser.press("Tab")
            tabs += 1
        }
        #expect(try browser.evaluate("document.activeElement.id") == "site-search-input", "Tab reaches the box")
        try browser.type(query)
        let appeared = try eventually {
            try browser.evaluate("document.querySelectorAll('[role=option]').length") != "0"
        }
        let status = try browser.evaluate("document.querySelector('[role=status]').textContent")
        #expect(appeared, "results appear: \(status)")
        #expect(
            try browser.evaluate("document.getElementById('site-search-input').getAttribute('aria-expanded')") == "true"
        )
        try browser.press("ArrowDown")
        #expect(
            try browser.evaluate("document.getElementById('site-search-input').getAttribute('aria-activedescendant')")
                == "site-search-option-0")
        #expect(
            try browser.evaluate("document.getElementById('site-search-option-0').getAttribute('aria-selected')")
                == "true")
        try browser.press("Enter")
    }

    func landsOnTheCoordinatorPage(_ browser: HeadlessBrowser) throws {
        let landed = try eventually {
            try browser.evaluate("location.href").hasSuffix(Self.coordinatorPage)
                && browser.evaluate("document.readyState") == "complete"
        }
        let location = try browser.evaluate("location.href")
        #expect(landed, "Enter opens the serial number's coordinator page: \(location)")
        let text = try browser.text()
        #expect(
            text.contains("Revit, serial \(Self.serial):") && text.contains("Renata Vogel"), "it names the coordinator")
    }

    @Test func aSerialTypedFromDiskReachesItsSoftwareCoordinator() throws {
        let (site, _) = try Self.built.get()
        let browser = try HeadlessBrowser()
        defer { browser.close() }
        try searchAndOpen(site.appendingPathComponent("people/index.html"), Self.serial, in: browser)
        try landsOnTheCoordinatorPage(browser)
    }

    @Test func aSerialTypedInAnUnzippedBundleReachesItsSoftwareCoordinator() throws {
        let (_, bundles) = try Self.built.get()
        let unzipped = try TestPaths.temporaryFolder("search-unzipped")
        let unzip = try Tools.tool("unzip", install: "apt-get install -y unzip")
        let result = try CommandLineTests.run(
            unzip, ["-q", bundles.appendingPathComponent("keystone-architects.zip").path, "-d", unzipped.path],
            environment: nil, directory: nil)
        #expect(result.status == 0, "\(result.stderr)")
        let browser = try HeadlessBrowser()
        defer { browser.close() }
        try searchAndOpen(unzipped.appendingPathComponent("index.html"), Self.serial, in: browser)
        try landsOnTheCoordinatorPage(browser)
    }

    @Test func aNameFindsThePersonAndEscapeClosesTheList() throws {
        let (site, _) = try Self.built.get()
        let browser = try HeadlessBrowser()
        defer { browser.close() }
        try browser.open(site.appendingPathComponent("index.html"))
        #expect(
            try eventually { try browser.evaluate("String(document.querySelector('.site-search').hidden)") == "false" })
        _ = try browser.evaluate("document.getElementById('site-search-input').focus()")
        try browser.type("renata vog")
        #expect(
            try eventually {
                try browser.evaluate(
                    "document.querySelector('[role=option]') ? document.querySelector('[role=option]').textContent : ''"
                )
                .contains("Renata Vogel")
            }, "a first name and the start of the surname find the person")
        #expect(try browser.evaluate("document.querySelector('[role=status]').textContent").hasSuffix("match."))
        try browser.press("Escape")
        #expect(try browser.evaluate("String(document.getElementById('site-search-list').hidden)") == "true")
        #expect(
            try browser.evaluate("document.getElementById('site-search-input').getAttribute('aria-expanded')")
                == "false")
        try browser.press("Escape")
        #expect(
            try browser.evaluate("document.getElementById('site-search-input').value") == "", "a second Escape clears")
    }

    @Test func aBundlesSearchIndexHoldsOnlyItsCompany() throws {
        let (site, bundles) = try Self.built.get()
        let index = bundles.appendingPathComponent("keystone-architects/assets/search")
        let files = try FileManager.default.contentsOfDirectory(atPath: index.path).sorted()
        #expect(!files.isEmpty)
        let text = try files.map { try String(contentsOf: index.appendingPathComponent($0), encoding: .utf8) }
            .joined()
        #expect(text.contains(Self.serial) && text.contains("Renata Vogel"))
        for other in ["Harbor", "harbor-civil", "Larkspur", "larkspur", "Daniel Reyes", "399-12345678"] {
            #expect(!text.contains(other), "the Keystone bundle's index names \(other)")
        }
        let whole = try FileManager.default.contentsOfDirectory(
            atPath: site.appendingPathComponent("assets/search").path)
        #expect(!whole.isEmpty)
    }
}

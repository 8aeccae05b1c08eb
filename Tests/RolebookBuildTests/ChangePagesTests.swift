import Foundation
import RolebookBuild
import RolebookCore
import RolebookTestSupport
import Testing

/// `build --since`: the site gains a change page, and one per company that changed, from the same
/// comparison as `rolebook diff`, linked to the pages that show each change today.
@Suite struct ChangePagesTests {
    /// Last month's data: the sample a month earlier, when Sofia Marquez held Larkspur's
    /// Contract Manager role, with someone since gone whose name is markup and a company that has since gone.
    static func lastMonth() throws -> URL {
        let root = try TestPaths.temporaryFolder("last-month")
        try FixtureTree.copy("content", into: root)
        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(path)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
        }
        try edit("content/site.yaml") { $0.replacingOccurrences(of: "as_of: 2026-11-23", with: "as_of: 2026-10-23") }
        try edit("content/companies/larkspur-studio.yaml") {
            $0.replacingOccurrences(
                of: "{role: contract-manager, person: ben-adler}",
                with: "{role: contract-manager, person: sofia-marquez}"
            )
            .replacingOccurrences(
                of: "people:\n",
                with: "people:\n  - {id: old-timer, name: '<b>Old</b> *Timer*', email: old@example.com}\n")
        }
        try FixtureTree.write(
            """
            -- content/companies/gone.yaml --
            id: gone-gmbh
            name: Gone GmbH
            contracts: []
            """, to: root)
        return root
    }

    func build(since: URL?, into output: URL) async throws -> BuildReport {
        var options = BuildOptions(root: TestPaths.packageRoot, output: output)
        options.since = since?.path
        return try await SiteBuilder(options: options).build()
    }

    @Test func aBuildSinceLastMonthHasChangePagesLinkedToTodaysPages() async throws {
        let output = try TestPaths.temporaryFolder("changes").appendingPathComponent("output")
        let report = try await build(since: try Self.lastMonth(), into: output)
        #expect(report.succeeded, "\(report.diagnostics)")

        let site = try String(contentsOf: output.appendingPathComponent("changes/index.html"), encoding: .utf8)
        #expect(site.contains("between the data of 23 Oct 2026 and the data of 23 Nov 2026"))
        #expect(site.contains(#"<a href="../companies/larkspur-studio/changes.html">Larkspur Product Studio</a>"#))
        #expect(site.contains("Gone GmbH <span class=\"badge\">No longer in the data</span>"))
        #expect(
            !FileManager.default.fileExists(
                atPath: output.appendingPathComponent("companies/gone-gmbh/changes.html").path))

        let larkspur = try String(
            contentsOf: output.appendingPathComponent("companies/larkspur-studio/changes.html"), encoding: .utf8)
        // Data is text: the name of someone who has gone, written in markup, is shown as written.
        #expect(larkspur.contains("&lt;b&gt;Old&lt;/b&gt; *Timer*"), "\(larkspur)")
        #expect(
            larkspur.contains(
                "Contract Manager moved from Sofia Marquez to Ben Adler · "
                    + #"<a href="../../contracts/larkspur-design.html">Contract 110003456789</a> · "#
                    + #"<a href="../../people/ben-adler.html">Ben Adler</a>"#))
        // Every page names the change page; the company page its own.
        let person = try String(contentsOf: output.appendingPathComponent("people/ben-adler.html"), encoding: .utf8)
        #expect(person.contains(#"<a href="../changes/index.html">What changed since 23 Oct 2026</a>"#))
        let company = try String(
            contentsOf: output.appendingPathComponent("companies/larkspur-studio.html"), encoding: .utf8)
        #expect(company.contains(#"<a href="../companies/larkspur-studio/changes.html">What changed at "#))
        let links = try SiteLinks.check(output)
        #expect(links.broken.isEmpty, "\(links.broken)")
        #expect(links.unreachable.isEmpty, "\(links.unreachable)")

        // Without --since the change pages are stale, and go like any page Rolebook wrote.
        let again = try await build(since: nil, into: output)
        #expect(again.succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("changes").path))
        #expect(
            !FileManager.default.fileExists(
                atPath: output.appendingPathComponent("companies/larkspur-studio/changes.html").path))
    }

    @Test func earlierDataWithErrorsStopsTheBuildAndNamesIt() async throws {
        let broken = try Self.lastMonth()
        try "title: [unclosed".write(
            to: broken.appendingPathComponent("content/site.yaml"), atomically: false, encoding: .utf8)
        let output = try TestPaths.temporaryFolder("changes-broken").appendingPathComponent("output")
        let report = try await build(since: broken, into: output)
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.hasPrefix("error: the earlier data given to --since (\(broken.path)) has ")
                    && $0.hasSuffix("so there is nothing to compare with (rolebook check shows them)")
            }, "\(report.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let missing = try await build(since: broken.appendingPathComponent("nowhere"), into: output)
        #expect(!missing.succeeded)
        #expect(missing.diagnostics.contains { $0.message.contains("cannot be read") }, "\(missing.diagnostics)")
    }

    @Test func siteYAMLMayNameTheEarlierData() throws {
        let root = try TestPaths.temporaryFolder("since-setting")
        try FixtureTree.write(
            """
            -- content/site.yaml --
            title: T
            as_of: 2026-11-23
            build:
              since: ../last-month
            """, to: root)
        #expect(SiteBuilder.outputs(root: root).since == "../last-month")
    }
}

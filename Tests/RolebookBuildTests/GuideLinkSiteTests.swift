import Foundation
import RolebookBuild
import RolebookCore
import RolebookTestSupport
import Testing

/// `Fixtures/GuideLinks`: two guides that link to each other and to their own headings, each
/// link written once and given its address per page: the guide's page for everyone, its page for
/// each role, a contract's page for a role (where the procedure is embedded), the review page.
@Suite struct GuideLinkSiteTests {
    struct BuildFailed: Error {}

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/GuideLinks")

    /// One build for the whole suite.
    static let site = Task { () throws -> URL in
        let root = try TestPaths.temporaryFolder("guide-links")
        try FileManager.default.copyItem(
            at: fixture.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        let output = root.appendingPathComponent("output")
        var options = BuildOptions(root: root, output: output)
        options.reports = true
        let report = try await SiteBuilder(options: options).build()
        guard report.succeeded else { throw BuildFailed() }
        return output
    }

    func links(on page: String) async throws -> [String] {
        let html = try String(contentsOf: try await Self.site.value.appendingPathComponent(page), encoding: .utf8)
        return html.matches(of: /href="([^"]*(?:about|change-manager)[^"]*|#[^"]*)"/).map { String($0.1) }
            .filter { !$0.hasPrefix("#main") }
    }

    @Test func theGuidesPageForEveryoneLinksThePagesForEveryone() async throws {
        let links = try await links(on: "guides/about.html")
        #expect(links.contains("../guides/change-manager.html#steps"))
        #expect(links.contains("../guides/change-manager.html#ask"))
        #expect(links.contains("../guides/change-manager.html"))
        #expect(links.contains("#intro"), "a heading of the guide itself is on the same page")
    }

    /// A role's page links the other guide's page for the same role, unless the heading is not on
    /// it (the steps are for the Contract Manager only): then the page for everyone, which has it.
    @Test(arguments: [
        ("contract-manager", "change-manager/classic/contract-manager.html#steps", "change-manager.html#ask"),
        ("user", "change-manager.html#steps", "change-manager/classic/user.html#ask"),
    ])
    func aGuidesPageForOneRoleLinksThatRolesPages(_ role: String, _ steps: String, _ ask: String) async throws {
        let links = try await links(on: "guides/about/classic/\(role).html")
        #expect(links.contains("../../../guides/" + steps))
        #expect(links.contains("../../../guides/" + ask))
        #expect(links.contains("#intro"))
    }

    @Test func aContractsPageForOneRoleLinksThatRolesPage() async throws {
        let links = try await links(on: "contracts/acme-main/contract-manager.html")
        #expect(links.contains("../../guides/about/classic/contract-manager.html#intro"))
    }

    @Test func theReviewPageLinksThePagesForEveryoneAndHasNoHeadingIDs() async throws {
        let links = try await links(on: "authors/about.html")
        #expect(links.contains("../guides/about.html#intro"))
        #expect(links.contains("../guides/change-manager.html#steps"))
        let html = try String(
            contentsOf: try await Self.site.value.appendingPathComponent("authors/change-manager.html"),
            encoding: .utf8)
        #expect(!html.contains("<h2 id=\"steps\""), "the review page shows each version: an id would repeat")
    }

    /// A report without `base_url` links nowhere: the procedure's link is its text.
    @Test func aReportThatLinksNowhereKeepsTheLinksText() async throws {
        let html = try String(
            contentsOf: try await Self.site.value.appendingPathComponent("reports/acme.html"), encoding: .utf8)
        #expect(html.contains("(what the roles do)"))
        #expect(!html.contains("rolebook-guide:") && !html.contains("rolebook-anchor:"))
    }

    /// Every link lands, no token is left, and no page has an id twice.
    @Test func everyLinkLandsAndNoIDRepeats() async throws {
        let output = try await Self.site.value
        let links = try SiteLinks.check(output)
        #expect(links.broken == [])
        for page in TestPaths.files(under: output) where page.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            #expect(!html.contains("rolebook-guide:") && !html.contains("rolebook-anchor:"), "\(page)")
            let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
            #expect(Set(ids).count == ids.count, "\(page) has an id twice")
        }
    }

    /// A heading never takes an id the guide page's template uses: the slugger numbers it instead.
    @Test func reservedIDsAreTheGuideTemplatesIDs() throws {
        let templates = TestPaths.packageRoot.appendingPathComponent("themes/default/templates")
        var ids: Set<String> = []
        for name in ["guide", "header", "footer"] {
            let text = try String(
                contentsOf: templates.appendingPathComponent("\(name).mustache"), encoding: .utf8)
            ids.formUnion(text.matches(of: /\sid="([^"{]+)"/).map { String($0.1) })
        }
        #expect(ids == GuideAnchor.reserved)
    }
}

import Foundation
import RolebookBuild
import RolebookSampleData
import RolebookTestSupport
import Testing

/// The sample site built from the repository's own content/ and theme, pinned byte for byte.
@Suite struct SampleSiteTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/SampleSite")

    /// One build of the sample, shared by the tests that only read it.
    static let shared = Task { () async throws -> (URL, BuildReport) in
        let output = try TestPaths.temporaryFolder("sample")
        let report = try await SiteBuilder(options: BuildOptions(root: TestPaths.packageRoot, output: output)).build()
        return (output, report)
    }

    func buildSample() async throws -> (URL, BuildReport) { try await Self.shared.value }

    @Test func matchesTheGoldenSite() async throws {
        let (output, report) = try await buildSample()
        #expect(report.succeeded)
        let problems = try Golden.differences(actual: output, golden: Self.golden)
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func showsOnlyTheIntendedWarnings() async throws {
        let (_, report) = try await buildSample()
        let messages = report.diagnostics.map(\.message)
        #expect(report.warningCount == 3)
        #expect(messages.contains { $0.contains("Walter Hughes has left but still holds Contract Manager") })
        #expect(
            messages.contains { $0.contains("has no Software Coordinator; the Contract Manager (Ben Adler) stands in") }
        )
        #expect(messages.contains { $0.contains("does not renew automatically") })
    }

    @Test func buildingTwiceGivesIdenticalBytesAndRewritesNothing() async throws {
        let output = try TestPaths.temporaryFolder("twice")
        let builder = SiteBuilder(options: BuildOptions(root: TestPaths.packageRoot, output: output))
        let first = try await builder.build()
        let before = TestPaths.files(under: output).map { try? Data(contentsOf: output.appendingPathComponent($0)) }
        let second = try await builder.build()
        let after = TestPaths.files(under: output).map { try? Data(contentsOf: output.appendingPathComponent($0)) }
        #expect(first.written > 100)
        #expect(second.written == 0)
        #expect(second.unchanged == first.written)
        #expect(before == after)
    }

    @Test func everyPageIsReachableFromHomeByRelativeLinks() async throws {
        let (output, _) = try await buildSample()
        let links = try SiteLinks.check(output)
        #expect(links.broken.isEmpty, "\(links.broken.prefix(10))")
        #expect(links.unreachable.isEmpty, "\(links.unreachable.prefix(10))")
    }

    /// Generated data builds with warnings only, and its lists split where `lists:` says: a few
    /// companies with short limits reach the same splits as a reseller's thousands with the defaults.
    @Test func generatedSampleDataPassesWithWarningsOnlyAndPaginatesPeople() async throws {
        let root = try TestPaths.temporaryFolder("generated")
        let template = TestPaths.packageRoot.appendingPathComponent("content")
        try SampleDataGenerator(companies: 4, seed: 7, template: template).write(to: root)
        try FixtureTree.copy("themes", into: root)
        let settings = root.appendingPathComponent("content/site.yaml")
        try (String(contentsOf: settings, encoding: .utf8) + "lists:\n  people_per_page: 5\n  contract_links: 5\n")
            .write(to: settings, atomically: true, encoding: .utf8)
        let report = try await SiteBuilder(options: BuildOptions(root: root)).build()
        #expect(report.succeeded)
        #expect(!report.diagnostics.contains { $0.severity == .error })
        let output = root.appendingPathComponent("output")
        let letters = TestPaths.files(under: output.appendingPathComponent("people/index"))
        #expect(letters.contains("a.html"), "more people than a page holds get a page per letter")
        #expect(letters.contains("m-1.html") && letters.contains("m-2.html"), "a long letter is split in parts")
        let people = try String(contentsOf: output.appendingPathComponent("people/index.html"), encoding: .utf8)
        #expect(people.contains(#"<a href="../people/index/"#), "the A–Z index links each letter's pages")
        #expect(
            people.contains(" – ") && !people.contains(" title=\""), "pages are named by their first and last names")
        let guide = try String(
            contentsOf: output.appendingPathComponent("guides/give-user-access/autodesk-classic/user.html"),
            encoding: .utf8)
        #expect(
            guide.contains(/This applies to \d+ contracts\. Open yours from/),
            "past the limit the list gives way to a pointer")
        let links = try SiteLinks.check(output)
        #expect(links.broken.isEmpty, "\(links.broken.prefix(10))")
        #expect(links.unreachable.isEmpty, "\(links.unreachable.prefix(10))")
        // Same seed, same bytes.
        let again = try TestPaths.temporaryFolder("generated-again")
        try SampleDataGenerator(companies: 4, seed: 7, template: template).write(to: again)
        for file in TestPaths.files(under: again.appendingPathComponent("content")) where file != "site.yaml" {
            #expect(
                FileManager.default.contents(atPath: root.appendingPathComponent("content/\(file)").path)
                    == FileManager.default.contents(atPath: again.appendingPathComponent("content/\(file)").path),
                "\(file)")
        }
    }

    /// The site's audit list is split by company letter like the contracts index, past
    /// `companies_per_page` companies that have something to do.
    @Test func aLongAuditListIsSplitByCompanyLetter() async throws {
        let root = try TestPaths.temporaryFolder("audit-split")
        for folder in ["content", "themes"] { try FixtureTree.copy(folder, into: root) }
        let settings = root.appendingPathComponent("content/site.yaml")
        try (String(contentsOf: settings, encoding: .utf8) + "lists:\n  companies_per_page: 1\n")
            .write(to: settings, atomically: true, encoding: .utf8)
        let report = try await SiteBuilder(options: BuildOptions(root: root)).build()
        #expect(report.succeeded)
        let output = root.appendingPathComponent("output")
        let index = try String(contentsOf: output.appendingPathComponent("actions/index.html"), encoding: .utf8)
        #expect(index.contains("3 things need someone&#39;s action."), "the total is on every page")
        for (letter, company, others) in [
            ("h", "Harbor Civil Engineering", ["Keystone", "Larkspur"]),
            ("k", "Keystone Architects", ["Harbor", "Larkspur"]),
            ("l", "Larkspur Product Studio", ["Harbor", "Keystone"]),
        ] {
            #expect(index.contains("href=\"../actions/\(letter).html\""), "the list links the page of \(letter)")
            let page = try String(contentsOf: output.appendingPathComponent("actions/\(letter).html"), encoding: .utf8)
            #expect(page.contains("<h2><a href=\"../companies/"), "\(letter)")
            #expect(
                page.contains(company)
                    && others.allSatisfy { !page.contains("<h2><a href=\"../companies/\($0.lowercased())") })
        }
        let links = try SiteLinks.check(output)
        #expect(links.broken.isEmpty, "\(links.broken.prefix(10))")
        #expect(links.unreachable.isEmpty, "\(links.unreachable.prefix(10))")
    }

    @Test func contractManagerSeesTheNineStepsAndTheUserIsSentToTheContractManager() async throws {
        let (output, _) = try await buildSample()
        let manager = try String(
            contentsOf: output.appendingPathComponent("contracts/larkspur-design/contract-manager.html"),
            encoding: .utf8)
        let user = try String(
            contentsOf: output.appendingPathComponent("contracts/larkspur-design/user.html"), encoding: .utf8)
        for step in ["Manage Software Coordinators", "Products", "Apply to All", "starting with"] {
            #expect(manager.contains(step), "Contract Manager page lacks step text '\(step)'")
            #expect(!user.contains(step), "User page shows step text '\(step)'")
        }
        #expect(manager.contains("Choose the contract, 110003456789."))
        #expect(user.contains("Ben Adler"))
        #expect(user.contains("ben.adler@larkspur-studio.example.com"))
    }

    @Test func everyRolePageOfTheContractWhoseManagerLeftShowsTheTakeover() async throws {
        let (output, _) = try await buildSample()
        let folder = output.appendingPathComponent("contracts/keystone-bim")
        let pages = TestPaths.files(under: folder)
        #expect(pages.count == 3)
        for page in pages {
            let html = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            #expect(
                html.contains("Walter Hughes, the Contract Manager (purchaser) of this contract, has left."), "\(page)")
            // The takeover is told in full on the vacant role's page, and linked from the others.
            #expect(
                html.contains(
                    page == "contract-manager.html" ? "How the role is taken over:" : "How the role is taken over</a>"),
                "\(page)")
            #expect(
                html.contains("renewals@summit-design-partners.example.com"), "\(page) lacks the reseller's contacts")
        }
    }

    @Test func contactChainSkipsDepartedAndMissingHoldersWithANote() async throws {
        let (output, _) = try await buildSample()
        let larkspur = try String(
            contentsOf: output.appendingPathComponent("contracts/larkspur-design.html"), encoding: .utf8)
        #expect(larkspur.contains("No Software Coordinator is assigned for AutoCAD"))
        let keystone = try String(
            contentsOf: output.appendingPathComponent("contracts/keystone-bim.html"), encoding: .utf8)
        #expect(keystone.contains("Walter Hughes, Contract Manager, has left the company."))
    }
}

import Foundation
import RolebookBuild
import RolebookTestSupport
import Testing

/// A person with only the required keys (no title, no phone) and a reseller contact with no name.
/// swift-mustache used to print an enclosing model's field for each nil one: the procedure's title
/// as her job title on a role page, the report's title in the report, the packet's title in a
/// packet, the reseller's name as the contact's.
@Suite struct MinimalPersonTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/MinimalPerson")

    /// The site, reports, packets and fragments of the fixture: every HTML file, by path.
    func build() async throws -> [String: String] {
        let root = try TestPaths.temporaryFolder("minimal-person")
        try FileManager.default.copyItem(
            at: Self.fixture.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        try FixtureTree.copy("themes", into: root)
        var options = BuildOptions(root: root)
        options.reports = true
        options.fragments = root.appendingPathComponent("fragments")
        let report = try await SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        var pages: [String: String] = [:]
        for folder in ["output", "fragments"] {
            let base = root.appendingPathComponent(folder)
            for file in TestPaths.files(under: base) where file.hasSuffix(".html") {
                pages["\(folder)/\(file)"] = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
            }
        }
        return pages
    }

    /// What each page shows between `pattern`'s fixed parts, by page: must be nothing at all.
    func between(_ pattern: String, in pages: [String: String]) throws -> [String: [String]] {
        let regex = try Regex(pattern)
        var found: [String: [String]] = [:]
        for (path, html) in pages {
            for match in html.matches(of: regex) {
                found[path, default: []].append(
                    (1..<match.output.count).map { match.output[$0].substring.map(String.init) ?? "" }.joined())
            }
        }
        return found
    }

    @Test func nothingInheritedShowsWhereHerTitleAndPhoneWouldBe() async throws {
        let pages = try await build()
        // The site's person card: title between the name and the contact, phone after the email.
        let cards = try between(
            #"class="person__name" href="[^"]*">Nora Quist</a>(.*?)<span class="person__contact"> <a href="mailto:nora@acme\.example\.com">nora@acme\.example\.com</a>(.*?)</span>"#,
            in: pages)
        // The card in reports, packets and fragments.
        let reportCards = try between(
            #"<span class="rb-person__name">Nora Quist</span>(?:</a>)?(.*?) <a href="mailto:nora@acme\.example\.com">nora@acme\.example\.com</a>(.*?)</span>"#,
            in: pages)
        for (path, shown) in cards.merging(reportCards, uniquingKeysWith: +) {
            #expect(shown.filter { !$0.isEmpty } == [], "\(path)")
        }
        // Where the inherited values used to appear: she is the one to ask, and holds a role.
        #expect(Set(cards.keys).isSuperset(of: ["output/contracts/acme-main/owner.html", "output/people/nora.html"]))
        #expect(
            Set(reportCards.keys).isSuperset(of: [
                "output/reports/acme.html", "output/packets/nora.html", "output/packets/olga.html",
            ]))
        // Whole-page guard, whatever the markup around it: nothing follows her name as a title.
        let borrowing = pages.filter {
            $0.value.contains("Nora Quist</a><span class=\"person__title\">")
                || $0.value.contains("Nora Quist</span>, ")
        }
        #expect(borrowing.keys.sorted() == [])
    }

    @Test func aContactWithoutANameDoesNotShowTheResellers() async throws {
        let pages = try await build()
        let contacts = try between(
            #"<span class="contact__purpose">Sales</span>(.*?) <a href="mailto:sales@plain-reseller\.example\.com">"#,
            in: pages)
        #expect(
            Set(contacts.keys).isSuperset(of: [
                "output/companies/acme.html", "output/contracts/acme-main.html", "output/reports/acme.html",
            ]))
        for (path, shown) in contacts {
            #expect(shown.filter { !$0.isEmpty } == [], "\(path)")
        }
    }
}

import Foundation
import RolebookBuild
import RolebookTestSupport
import Testing

/// Incremental builds: nothing changed renders nothing; one edited contract renders exactly the
/// pages that show it, and the result is byte for byte what a clean build writes.
@Suite struct IncrementalBuildTests {
    /// A copy of the sample site that a test may edit.
    func sampleCopy() throws -> URL {
        let root = try TestPaths.temporaryFolder("incremental")
        for folder in ["content", "themes"] { try FixtureTree.copy(folder, into: root) }
        return root
    }

    func contents(of folder: URL) -> [String: Data] {
        Dictionary(
            uniqueKeysWithValues: TestPaths.files(under: folder).filter { !$0.hasPrefix(".rolebook") }.map {
                ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) ?? Data())
            })
    }

    @Test func aRebuildWithNothingChangedRendersNothing() async throws {
        let root = try sampleCopy()
        let builder = SiteBuilder(options: BuildOptions(root: root))
        let first = try await builder.build()
        let second = try await builder.build()
        #expect(first.rendered == first.pages)
        #expect(second.succeeded)
        #expect(second.rendered == 0 && second.written == 0)
        #expect(second.pages == first.pages)
        #expect(second.diagnostics == first.diagnostics, "warnings are reported again without parsing")
    }

    @Test func editingOneContractRendersExactlyThePagesThatShowIt() async throws {
        let root = try sampleCopy()
        let builder = SiteBuilder(options: BuildOptions(root: root))
        _ = try await builder.build()
        let before = contents(of: root.appendingPathComponent("output"))

        // larkspur-design: move its end date.
        let file = root.appendingPathComponent("content/companies/larkspur-studio.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "end: 2027-03-14", with: "end: 2027-04-14")
        #expect(edited != text)
        try edited.write(to: file, atomically: false, encoding: .utf8)
        let report = try await builder.build()
        #expect(report.succeeded)

        // The contract's own pages, its company's pages, the people who hold roles on it, and the
        // pages that summarise every contract (home, role pages, guide × role pages).
        let holders = ["ben-adler", "jonas-weber", "lucas-moreau", "sofia-marquez", "amara-diallo"]
        let summaries = try TestPaths.files(under: root.appendingPathComponent("output"))
            .filter { $0.hasPrefix("roles/") && $0 != "roles/index.html" || $0.split(separator: "/").count == 4 }
        var expected = Set([
            "index.html", "contracts/larkspur-design.html", "companies/larkspur-studio.html",
            "companies/larkspur-studio/contacts.html", "people/index.html", "actions/index.html",
            "companies/larkspur-studio/actions.html", "contracts/index.html",
        ])
        expected.formUnion(
            ["contract-manager", "software-coordinator", "user"].map { "contracts/larkspur-design/\($0).html" })
        expected.formUnion(holders.map { "people/\($0).html" })
        expected.formUnion(summaries)
        let rendered = Set(report.renderedPaths)
        #expect(rendered.isSuperset(of: ["contracts/larkspur-design.html", "contracts/larkspur-design/user.html"]))
        #expect(!rendered.contains("contracts/larkspur-online.html"), "a sibling contract's page does not show it")
        #expect(!rendered.contains("contracts/keystone-bim.html"))
        #expect(
            rendered.subtracting(expected).isEmpty,
            "rendered more than needed: \(rendered.subtracting(expected).sorted())")
        #expect(expected.subtracting(rendered).isEmpty, "not rendered: \(expected.subtracting(rendered).sorted())")

        // Every page that changed was rendered, and only changed bytes were written.
        let incremental = contents(of: root.appendingPathComponent("output"))
        let changed = Set(incremental.keys.filter { incremental[$0] != before[$0] })
        #expect(changed.isSubset(of: rendered), "changed but not rendered: \(changed.subtracting(rendered).sorted())")
        #expect(report.written == changed.count + 0)

        // And the result is exactly what a clean build writes.
        let clean = try TestPaths.temporaryFolder("clean")
        _ = try await SiteBuilder(options: BuildOptions(root: root, output: clean)).build()
        #expect(contents(of: clean) == incremental)
    }

    @Test func aThemeEditRendersEveryPage() async throws {
        let root = try sampleCopy()
        let builder = SiteBuilder(options: BuildOptions(root: root))
        let first = try await builder.build()
        let footer = root.appendingPathComponent("themes/default/templates/footer.mustache")
        try (try String(contentsOf: footer, encoding: .utf8)).replacingOccurrences(
            of: "site-footer", with: "site-footer footer"
        )
        .write(to: footer, atomically: false, encoding: .utf8)
        let second = try await builder.build()
        #expect(second.rendered == first.pages)
        // The words are the theme's too: a site's own strings file changes every page.
        let strings = root.appendingPathComponent("strings")
        try FileManager.default.createDirectory(at: strings, withIntermediateDirectories: true)
        try "strings:\n  dataAsOf: Facts as of {date}.\n".write(
            to: strings.appendingPathComponent("en.yaml"), atomically: false, encoding: .utf8)
        let third = try await builder.build()
        #expect(third.rendered == first.pages)
        let home = try String(contentsOf: root.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(home.contains("Facts as of 23 Nov 2026."))
    }
}

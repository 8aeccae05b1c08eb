import Foundation
import RolebookBuild
import RolebookCore
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
        // And printed as the renderer prints them from the files, without reading them again.
        let kept = try #require(second.renderedDiagnostics)
        var renderer = DiagnosticRenderer(source: DiagnosticRenderer.files(under: root))
        #expect(kept.count == first.diagnostics.count && !kept.text.isEmpty)
        #expect(kept.text == renderer.render(first.diagnostics))
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

        // The contract's own pages, its company's pages, the people who hold roles on it, the home
        // page, and the index rows that show the company (contracts, people, role holders, the
        // audit list). Guide × role pages list contracts by number and company, not by date.
        let holders = ["ben-adler", "jonas-weber", "lucas-moreau", "sofia-marquez", "amara-diallo"]
        let summaries = before.keys.filter { path in
            (path.hasPrefix("roles/") && path != "roles/index.html" || path == "actions/index.html")
                && String(decoding: before[path]!, as: UTF8.self).contains("companies/larkspur-studio.html")
        }
        #expect(!summaries.isEmpty)
        var expected = Set([
            "index.html", "contracts/larkspur-design.html", "companies/larkspur-studio.html",
            "companies/larkspur-studio/contacts.html", "people/index.html",
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

    @Test func editsToSplitIndexesMatchACleanBuild() async throws {
        let root = try sampleCopy()
        // Every A–Z list split into pages of one or two rows, so each index page shows a range.
        let settings = root.appendingPathComponent("content/site.yaml")
        try
            (try String(contentsOf: settings, encoding: .utf8)
            + "lists:\n  companies_per_page: 1\n  people_per_page: 2\n")
            .write(to: settings, atomically: false, encoding: .utf8)
        let builder = SiteBuilder(options: BuildOptions(root: root))
        let first = try await builder.build()
        let file = root.appendingPathComponent("content/companies/larkspur-studio.yaml")
        // A date the indexes do not show; a person who moves to another page of the people index;
        // a company that moves to another letter of the contracts, role and audit indexes.
        let edits = [
            ("end: 2027-03-14", "end: 2027-04-14"),
            ("name: Ben Adler", "name: Zora Adler"),
            ("name: Larkspur Product Studio\n\npeople", "name: Aster Product Studio\n\npeople"),
        ]
        var rendered: [Int] = []
        for (from, to) in edits {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(from), "the fixture has \(from)")
            try text.replacingOccurrences(of: from, with: to).write(to: file, atomically: false, encoding: .utf8)
            let report = try await builder.build()
            #expect(report.succeeded)
            rendered.append(report.rendered)
            let clean = try TestPaths.temporaryFolder("clean")
            _ = try await SiteBuilder(options: BuildOptions(root: root, output: clean)).build()
            let output = contents(of: root.appendingPathComponent("output"))
            #expect(contents(of: clean) == output, "after \(to)")
            // The search index is kept when what it finds did not change, made again when it did.
            let index = output.filter { $0.key.hasPrefix("assets/search/") }.values
            #expect(
                index.contains { String(decoding: $0, as: UTF8.self).contains("Zora Adler") } == (rendered.count > 1))
        }
        #expect(rendered[0] < first.pages / 4, "a date edit renders a few pages, not every index page")
    }

    @Test func aRebuildPutsBackWhatWasDeletedFromTheOutput() async throws {
        let root = try sampleCopy()
        let builder = SiteBuilder(options: BuildOptions(root: root))
        _ = try await builder.build()
        let output = root.appendingPathComponent("output")
        let clean = contents(of: output)
        let shard = try #require(clean.keys.sorted().first { $0.hasPrefix("assets/search/") })
        let deleted = ["contracts/keystone-bim/user.html", shard, "assets/style.css"]
        // At once, while the folders the build wrote have not settled; then after a build that
        // found them settled and recorded their signatures, which the deletions change.
        for settled in [false, true] {
            if settled {
                try await Task.sleep(for: .milliseconds(300))
                let contacts = root.appendingPathComponent("content/contacts.yaml")
                try (try String(contentsOf: contacts, encoding: .utf8) + "# a comment\n")
                    .write(to: contacts, atomically: false, encoding: .utf8)
                #expect(try await builder.build().succeeded)
            }
            for path in deleted { try FileManager.default.removeItem(at: output.appendingPathComponent(path)) }
            let report = try await builder.build()
            #expect(report.succeeded)
            #expect(report.rendered == 1 && report.written == 3, "settled: \(settled)")
            #expect(contents(of: output) == clean)
        }
    }

    @Test func anEditThatKeepsTheSizeAndTheModificationTimeIsStillSeen() async throws {
        let root = try sampleCopy()
        // Content files settle (their times two seconds old) before the build records their signatures.
        try await Task.sleep(for: .milliseconds(2_100))
        let builder = SiteBuilder(options: BuildOptions(root: root))
        _ = try await builder.build()
        #expect(try await builder.build().rendered == 0, "unchanged, told by signatures")
        let file = root.appendingPathComponent("content/companies/larkspur-studio.yaml")
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate])
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "name: Ben Adler", with: "name: Bea Adler")
            .write(to: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        let report = try await builder.build()
        #expect(report.rendered > 0)
        let page = try String(
            contentsOf: root.appendingPathComponent("output/people/ben-adler.html"), encoding: .utf8)
        #expect(page.contains("Bea Adler"))
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

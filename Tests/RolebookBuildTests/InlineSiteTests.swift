import Foundation
import RolebookBuild
import RolebookTestSupport
import Testing

/// Small whole sites written inline: roles as data, hostile values, output safety.
@Suite struct InlineSiteTests {
    func build(_ tree: String, output: URL? = nil, strict: Bool = false) async throws -> (URL, BuildReport) {
        let root = try TestPaths.temporaryFolder("inline")
        try FixtureTree.write(tree, to: root)
        try FixtureTree.copy("themes", into: root)
        let out = output ?? root.appendingPathComponent("output")
        let report = try await SiteBuilder(options: BuildOptions(root: root, output: out, strict: strict)).build()
        return (out, report)
    }

    /// Another vendor's vocabulary: other names, other cardinalities, a team-scoped stand-in.
    static let adobeTeams = """
        -- content/site.yaml --
        title: Adobe Teams roles
        as_of: 2026-06-01
        -- content/roles/adobe-teams.yaml --
        id: adobe-teams
        name: Adobe Admin Console (Teams)
        vendor: Adobe
        roles:
          - id: contract-owner
            name: Contract owner
            other_names: [primary admin]
            summary: Owns the contract and its billing.
            scope: contract
            min_per_scope: 1
            max_per_scope: 1
            when_holder_leaves: Adobe Care moves the role with proof of purchase.
          - id: system-admin
            name: System administrator
            summary: Manages users and products.
            scope: contract
            min_per_scope: 1
            max_per_scope: 4
            stand_in: contract-owner
          - id: product-admin
            name: Product administrator
            summary: Manages one product.
            scope: asset
            max_per_scope: 2
            stand_in: system-admin
        -- content/companies/acme.yaml --
        id: acme
        name: Acme Studio
        people:
          - id: olga
            name: Olga Berg
            email: olga@acme.example.com
          - id: sam
            name: Sam Ito
            email: sam@acme.example.com
        contracts:
          - id: acme-cc
            subscription_id: "A1B2C3"
            vendor: Adobe
            role_set: adobe-teams
            start: 2026-01-01
            end: 2027-01-01
            auto_renew: true
            channel: direct
            assignments:
              - {role: contract-owner, person: olga}
              - {role: system-admin, person: sam}
            assets:
              - id: acme-ps
                product: Photoshop
                seats: 3
                assignments:
                  - {role: product-admin, person: sam}
                  - {role: product-admin, person: olga}
        -- content/guides/add-user.md --
        ---
        title: Add a user
        kind: procedure
        performers: [system-admin]
        instead:
          ask: system-admin
          say: Please add me to {{contract.number}}.
        ---
        <!-- for: system-admin -->

        Open the Admin Console and add the user.

        <!-- for: everyone-else -->

        Ask {{system-admin.name}} ({{system-admin.email}}).

        <!-- end -->
        """

    @Test func anotherVendorsRoleSetBuildsWithoutCodeChanges() async throws {
        let (output, report) = try await build(Self.adobeTeams)
        #expect(report.succeeded)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let owner = try String(
            contentsOf: output.appendingPathComponent("contracts/acme-cc/contract-owner.html"), encoding: .utf8)
        #expect(owner.contains("Contract owner on ") && owner.contains(" · A1B2C3</h1>"))
        #expect(owner.contains("Also called</dt><dd>primary admin"))
        #expect(owner.contains("ask the System administrator"))
        #expect(owner.contains("Sam Ito"))
        let admin = try String(
            contentsOf: output.appendingPathComponent("contracts/acme-cc/system-admin.html"), encoding: .utf8)
        #expect(admin.contains("Open the Admin Console and add the user."))
        #expect(admin.contains("Changes you can make"))
        let product = try String(
            contentsOf: output.appendingPathComponent("contracts/acme-cc/product-admin.html"), encoding: .utf8)
        #expect(product.contains("Photoshop"))
        #expect(product.contains("At most 2 per asset"))
    }

    @Test func hostileValuesRenderAsTextOnEveryPage() async throws {
        let hostile = "*Bob* <img src=x onerror=alert(1)> [x](javascript:alert(1))"
        let tree = Self.adobeTeams.replacingOccurrences(of: "name: Sam Ito", with: "name: \"\(hostile)\"")
            .replacingOccurrences(of: "name: Acme Studio", with: "name: \"<script>alert(2)</script>\"")
        let (output, report) = try await build(tree)
        #expect(report.succeeded)
        var pagesWithName = 0
        for file in TestPaths.files(under: output) where file.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            #expect(!html.contains("<img src=x"), "\(file)")
            #expect(!html.contains("<script>alert"), "\(file)")
            #expect(!html.contains("href=\"javascript:"), "\(file)")
            #expect(!html.contains("<em>Bob</em>"), "\(file)")
            if html.contains("*Bob* &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))") { pagesWithName += 1 }
        }
        #expect(pagesWithName >= 5, "the hostile name should appear, escaped, on many pages")
    }

    @Test func hostileValuesStayTextInReportsCSVAndPDF() async throws {
        let hostile = "=HYPERLINK(\"http://evil.example\",\"click\") <b>bold</b>"
        let tree = Self.adobeTeams.replacingOccurrences(of: "name: Sam Ito", with: "name: '\(hostile)'")
        let root = try TestPaths.temporaryFolder("hostile-reports")
        try FixtureTree.write(tree, to: root)
        try FixtureTree.copy("themes", into: root)
        var options = BuildOptions(root: root)
        options.pdf = .reports
        let report = try await SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let output = options.output
        let csv = try String(contentsOf: output.appendingPathComponent("exports/role-matrix.csv"), encoding: .utf8)
        #expect(
            csv.contains(#""'=HYPERLINK(""http://evil.example"",""click"") <b>bold</b>""#),
            "quoted, quotes doubled, formula defused")
        let html = try String(contentsOf: output.appendingPathComponent("reports/acme.html"), encoding: .utf8)
        #expect(html.contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;) &lt;b&gt;bold&lt;/b&gt;"))
        #expect(!html.contains("<b>bold</b>"))
        let pdfText = try Tools.pdfText(output.appendingPathComponent("reports/acme.pdf"))
        #expect(pdfText.contains("<b>bold</b>"), "the PDF shows the characters, not bold text")
        let json = try String(contentsOf: output.appendingPathComponent("exports/model.json"), encoding: .utf8)
        #expect(
            json.contains(#"=HYPERLINK(\"http://evil.example\",\"click\") <b>bold</b>"#),
            "JSON keeps the value unchanged")
    }

    @Test func nothingIsWrittenWhenValidationFailsAndOldOutputStays() async throws {
        let output = try TestPaths.temporaryFolder("keep")
        try "previous".write(to: output.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
        let broken = Self.adobeTeams.replacingOccurrences(of: "person: olga}", with: "person: nobody}")
        let (_, report) = try await build(broken, output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.message == "unknown person 'nobody'" })
        #expect(TestPaths.files(under: output) == ["index.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "previous")
    }

    @Test func staleFilesAreRemovedAndForeignFilesKept() async throws {
        let root = try TestPaths.temporaryFolder("stale")
        try FixtureTree.write(Self.adobeTeams, to: root)
        try FixtureTree.copy("themes", into: root)
        let output = root.appendingPathComponent("output")
        let builder = SiteBuilder(options: BuildOptions(root: root, output: output))
        _ = try await builder.build()
        try "mine".write(to: output.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("people/sam.html").path))
        let company = root.appendingPathComponent("content/companies/acme.yaml")
        let text = try String(contentsOf: company, encoding: .utf8)
            .replacingOccurrences(of: "id: sam\n", with: "id: samuel\n").replacingOccurrences(
                of: "person: sam}", with: "person: samuel}")
        try text.write(to: company, atomically: false, encoding: .utf8)
        let second = try await builder.build()
        #expect(second.succeeded)
        #expect(second.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("people/sam.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("people/samuel.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("notes.txt").path))
    }

    @Test func strictFailsOnWarnings() async throws {
        let warned = Self.adobeTeams.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("{role: product-admin") }.joined(separator: "\n")
        let (output, report) = try await build(warned, strict: true)
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.contains {
                $0.message.contains("has no Product administrator; the System administrator (Sam Ito) stands in")
            })
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aSiteOverridesOneTemplateAndTemplateErrorsHaveTheirLine() async throws {
        let override =
            Self.adobeTeams
            + "\n-- templates/guides.mustache --\n{{> header}}<main id=\"main\"><h1>Our guides</h1></main>{{> footer}}\n"
        let (output, report) = try await build(override)
        #expect(report.succeeded)
        let guides = try String(contentsOf: output.appendingPathComponent("guides/index.html"), encoding: .utf8)
        #expect(guides.contains("<h1>Our guides</h1>"))

        let broken =
            Self.adobeTeams
            + "\n-- templates/guides.mustache --\n{{> header}}\n<main>\n{{#opened}}{{/other}}\n</main>\n"
        let (_, failed) = try await build(broken)
        #expect(!failed.succeeded)
        #expect(
            failed.diagnostics.contains { $0.location?.path == "templates/guides.mustache" && $0.location?.line == 3 },
            "\(failed.diagnostics.map(\.description))")
    }

    @Test func checkFindsTemplateErrorsAsBuildDoes() throws {
        let root = try TestPaths.temporaryFolder("check-templates")
        try FixtureTree.write(
            Self.adobeTeams
                + "\n-- templates/guides.mustache --\n{{> header}}\n<main>\n{{#opened}}{{/other}}\n</main>\n", to: root)
        try FixtureTree.copy("themes", into: root)
        let builder = SiteBuilder(options: BuildOptions(root: root))
        let diagnostics = try builder.check()
        #expect(builder.blocks(diagnostics))
        #expect(
            diagnostics.contains {
                $0.severity == .error && $0.location?.path == "templates/guides.mustache" && $0.location?.line == 3
            })
    }

    @Test func anOverrideThatPrintsDataUnescapedStopsTheBuild() async throws {
        let unsafe =
            Self.adobeTeams
            + "\n-- templates/guides.mustache --\n{{> header}}\n<main>{{#guides}}{{{title}}}{{/guides}}</main>{{> footer}}\n"
        let (output, report) = try await build(unsafe)
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description).contains(
                "templates/guides.mustache:2:18: error: 'title' is inserted unescaped; only fields whose names end in HTML may be (use {{title}} to insert it as text)"
            ))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func noProductSourceNamesAParticularRole() throws {
        let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
        for file in TestPaths.files(under: sources)
        where file.hasSuffix(".swift") && !file.hasPrefix("RolebookTestSupport") && !file.contains("SampleData/")
            // The starter site's content files, compiled in as text: data, not code that decides.
            && file != "RolebookBuild/Embedded/StarterSite.swift"
        {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for role in [
                    "contract-manager", "software-coordinator", "primary-admin", "secondary-admin", "purchaser",
                ] {
                    #expect(!line.contains(role), "\(file) names the role '\(role)': \(line)")
                }
            }
        }
    }
}

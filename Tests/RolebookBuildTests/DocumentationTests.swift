import Foundation
import RolebookTestSupport
import Testing

/// Examples in `docs/` that stand for real files are those files, so the documentation cannot
/// drift from what `rolebook init` writes.
@Suite struct DocumentationTests {
    @Test func gettingStartedShowsTheExampleCompanyThatInitWrites() throws {
        let docs = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/getting-started.md"), encoding: .utf8)
        let example = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("Starter/content/companies/example-company.yaml"),
            encoding: .utf8)
        let marker = "<!-- The block below is Starter/content/companies/example-company.yaml"
        let after = try #require(docs.range(of: marker)).upperBound
        let open = try #require(docs.range(of: "```yaml\n", range: after..<docs.endIndex))
        let close = try #require(docs.range(of: "\n```\n", range: open.upperBound..<docs.endIndex))
        #expect(String(docs[open.upperBound..<close.lowerBound]) + "\n" == example)
    }
}

import Foundation
import RolebookBuild
import RolebookTestSupport
import Testing

/// Every validation rule has a broken site under `Fixtures/Invalid/<case>/` and the exact
/// diagnostics it must produce in `expected-diagnostics.txt`.
@Suite struct InvalidSiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Invalid")

    static var cases: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { !$0.hasPrefix(".") }.sorted()) ?? []
    }

    @Test func everyRuleHasAFixture() {
        #expect(Self.cases.count >= 20, "expected a fixture per validation rule, found \(Self.cases.count)")
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(_ name: String) throws {
        let root = Self.fixtures.appendingPathComponent(name)
        let expected = try String(contentsOf: root.appendingPathComponent("expected-diagnostics.txt"), encoding: .utf8)
        let diagnostics = try SiteBuilder(options: BuildOptions(root: root, strict: name.hasPrefix("strict-"))).check()
        let actual = diagnostics.map(\.description).joined(separator: "\n")
        #expect(actual == expected.trimmingCharacters(in: .newlines))
    }
}

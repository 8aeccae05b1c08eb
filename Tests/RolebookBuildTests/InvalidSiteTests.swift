import Foundation
import RolebookBuild
import RolebookTestSupport
import Testing

/// Every validation rule has a broken site under `Fixtures/Invalid/<case>/` and the exact
/// diagnostics it must produce in `expected-diagnostics.txt`. A `strict-` case holds warnings
/// only: it must pass without `--strict` and stop the run with it.
@Suite struct InvalidSiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Invalid")

    static var cases: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { !$0.hasPrefix(".") }.sorted())
            ?? []
    }

    /// The fixture's content with the default theme beside it: `check` compiles the theme too.
    func site(_ name: String) throws -> URL {
        let root = try TestPaths.temporaryFolder("invalid-\(name)")
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent(name).appendingPathComponent("content"),
            to: root.appendingPathComponent("content"))
        try FixtureTree.copy("themes", into: root)
        return root
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnosticsAndStopsTheRun(_ name: String) throws {
        let expected = try String(
            contentsOf: Self.fixtures.appendingPathComponent(name).appendingPathComponent("expected-diagnostics.txt"),
            encoding: .utf8)
        let strict = name.hasPrefix("strict-")
        let builder = SiteBuilder(options: BuildOptions(root: try site(name), strict: strict))
        let diagnostics = try builder.check()
        #expect(diagnostics.map(\.description).joined(separator: "\n") == expected.trimmingCharacters(in: .newlines))
        #expect(builder.blocks(diagnostics), "an invalid site must stop the run")
        if strict {
            #expect(!diagnostics.contains { $0.severity == .error }, "a strict- case holds warnings only")
            let lenient = SiteBuilder(options: BuildOptions(root: try site(name), strict: false))
            #expect(!lenient.blocks(try lenient.check()), "without --strict the warnings do not stop the run")
        }
    }
}

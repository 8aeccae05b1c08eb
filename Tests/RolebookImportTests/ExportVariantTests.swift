import Foundation
import RolebookCore
import RolebookTestSupport
import Testing

/// Every variant of a real export has a hand-made file under `Fixtures/Variants/<case>/` (the
/// README there names the domain.md column list each imitates) and the exact diagnostics the
/// real scan, loader and resolver must give in `expected-diagnostics.txt`.
@Suite struct ExportVariantTests {
    static var cases: [String] {
        let folder = ImportFixtures.folder.appendingPathComponent("Variants")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test(arguments: cases)
    func givesExactlyTheExpectedDiagnostics(_ name: String) throws {
        let root = try ImportFixtures.site("Variants/\(name)")
        defer { try? FileManager.default.removeItem(at: root) }
        let (_, _, diagnostics) = try ImportFixtures.resolve(root)
        let text = diagnostics.map(\.description).joined(separator: "\n")
        let problem = try ImportFixtures.differences(text, golden: "Variants/\(name)/expected-diagnostics.txt")
        #expect(problem == nil, "\(problem ?? "")")
    }
}

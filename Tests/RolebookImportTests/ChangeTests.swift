import Foundation
import RolebookBuild
import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing

/// `rolebook diff`'s comparison: the export pair must give exactly the changes the generator made
/// (`Fixtures/Pair/CHANGES.txt`), and records that only moved between files give none.
@Suite struct ChangeTests {
    func side(_ fixture: String, source: String) throws -> ModelComparer.Side {
        let root = try ImportFixtures.site(fixture)
        defer { try? FileManager.default.removeItem(at: root) }
        let (content, model, diagnostics) = try ImportFixtures.resolve(root)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.filter { $0.severity == .error })")
        return ModelComparer.Side(model: try #require(model), masked: content.imports.maskedPeople, source: source)
    }

    @Test func theExportPairGivesExactlyTheExpectedChanges() throws {
        let changes = ModelComparer(
            old: try side("Pair/last-month", source: "last-month"),
            new: try side("Pair/this-month", source: "this-month"), strings: .english
        ).changes()
        let text = try ImportFixtures.differences(
            String(changes.text(.english).dropLast()), golden: "Pair/expected-changes.txt")
        #expect(text == nil, "\(text ?? "")")
        let json = try ImportFixtures.differences(String(changes.json.dropLast()), golden: "Pair/expected-changes.json")
        #expect(json == nil, "\(json ?? "")")
        #expect(changes.companies.map(\.id).contains("juniper-interiors") == false, "Juniper's records only moved")
    }

    @Test func theSameDataIsNoChange() throws {
        let month = try side("Pair/this-month", source: "a")
        let changes = ModelComparer(old: month, new: month, strings: .english).changes()
        #expect(changes.companies.isEmpty)
        #expect(changes.text(.english) == "No changes from a (as of 23 Nov 2026) to a (as of 23 Nov 2026).\n")
    }

    @Test func recordsThatMovedToOtherFilesAreNoChange() throws {
        let before = try side("Variants/overlay-merge", source: "before")
        let root = try ImportFixtures.site("Variants/overlay-merge")
        defer { try? FileManager.default.removeItem(at: root) }
        let exports = root.appendingPathComponent("content/exports")
        let moved = root.appendingPathComponent("content/exports/2026-11")
        try FileManager.default.createDirectory(at: moved, withIntermediateDirectories: true)
        for name in ["keystone-subscriptions.csv", "keystone-subscriptions.yaml"] {
            try FileManager.default.moveItem(
                at: exports.appendingPathComponent(name),
                to: moved.appendingPathComponent(name.replacingOccurrences(of: "keystone-", with: "")))
        }
        try FileManager.default.moveItem(
            at: root.appendingPathComponent("content/overlays/keystone.yaml"),
            to: root.appendingPathComponent("content/overlays/renamed.yaml"))
        let (content, model, _) = try ImportFixtures.resolve(root)
        let after = ModelComparer.Side(
            model: try #require(model), masked: content.imports.maskedPeople, source: "after")
        #expect(ModelComparer(old: before, new: after, strings: .english).changes().companies.isEmpty)
        // A contract written by hand instead of imported is the same contract.
        let converted = try TestPaths.temporaryFolder("moved-by-hand")
        defer { try? FileManager.default.removeItem(at: converted) }
        try ImportFixtures.copy(
            ImportFixtures.folder.appendingPathComponent("Base/content"),
            into: converted.appendingPathComponent("content"))
        try NewFiles(root: converted, force: true).write(
            ImportWriter(model: before.model, imports: try ImportFixtures.resolve(root).content.imports).files())
        let (_, handModel, _) = try ImportFixtures.resolve(converted)
        let byHand = ModelComparer.Side(model: try #require(handModel), masked: [], source: "by hand")
        #expect(ModelComparer(old: before, new: byHand, strings: .english).changes().companies.isEmpty)
    }

    @Test func masksAreCountedNotFollowed() throws {
        let old = try side("Variants/masked-personal-data", source: "old")
        let root = try ImportFixtures.site("Variants/masked-personal-data")
        defer { try? FileManager.default.removeItem(at: root) }
        // The same export with a masked row more, before the others: every masked id shifts.
        let url = root.appendingPathComponent("content/exports/keystone.csv")
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert("79000009,110000000019,Maya,1,Annual,03/15/2026,03/14/2027,,Active,*****", at: 1)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        let (content, model, _) = try ImportFixtures.resolve(root)
        let new = ModelComparer.Side(model: try #require(model), masked: content.imports.maskedPeople, source: "new")
        let changes = ModelComparer(old: old, new: new, strings: .english).changes()
        #expect(
            changes.companies.flatMap(\.changes).map(\.summary) == [
                "contract 110000000019 added: Maya; 15 Mar 2026 to 14 Mar 2027; Contract Manager: a masked person",
                "4 masked people (was 3): they cannot be followed from one export to the next",
            ])
    }
}

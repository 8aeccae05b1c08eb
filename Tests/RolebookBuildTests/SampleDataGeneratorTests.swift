import Foundation
import RolebookSampleData
import RolebookTestSupport
import Testing

@testable import RolebookBuild

/// `generate-sample`'s data: the mix of contracts the benchmarks exercise, the same bytes for the
/// same seed, and never a write into a folder that holds something.
@Suite struct SampleDataGeneratorTests {
    let template = TestPaths.packageRoot.appendingPathComponent("content")

    /// Five companies with seed 15 happen to hold every kind (found by trying seeds: direct
    /// purchases and second teams belong to large companies and are rare in so few).
    @discardableResult
    func generate(into root: URL, force: Bool = false) throws -> SampleDataGenerator.Totals {
        try SampleDataGenerator(companies: 5, seed: 15, template: template).write(to: root, force: force)
    }

    func companies(in root: URL) throws -> [[String: Any]] {
        let folder = root.appendingPathComponent("content/companies")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name)))
                as! [String: Any]
        }
    }

    @Test func everyKindOfContractAndTeamIsThereAndChecksWithoutErrors() throws {
        let root = try TestPaths.temporaryFolder("sample-mix")
        let totals = try generate(into: root)
        let companies = try companies(in: root)
        #expect(totals.companies == 5 && companies.count == 5)
        #expect(totals.contracts == companies.reduce(0) { $0 + ($1["contracts"] as! [Any]).count })

        var kinds: Set<String> = []
        for company in companies {
            let teams = company["teams"] as? [[String: Any]] ?? []
            for team in teams {
                let roles = (team["assignments"] as! [[String: String]]).map { $0["role"]! }
                #expect(roles.filter { $0 == "primary-admin" }.count == 1, "one primary admin per team")
                #expect(roles.contains("secondary-admin") && roles.contains("user"))
            }
            if teams.count == 2 { kinds.insert("two teams") }
            for contract in company["contracts"] as! [[String: Any]] {
                let roleSet = contract["role_set"] as! String
                let identifier = contract["contract_number"] != nil ? "contract number" : "subscription id"
                let experience = contract["buying_experience"] as? String ?? "classic"
                kinds.insert("\(roleSet), \(contract["channel"]!), \(identifier), \(experience)")
                if roleSet == "autodesk-user-management" {
                    #expect(
                        teams.contains { $0["id"] as? String == contract["team"] as? String },
                        "a team of its own company")
                }
            }
        }
        #expect(
            kinds == [
                "autodesk-classic, reseller, contract number, classic",
                "autodesk-user-management, reseller, contract number, classic",
                "autodesk-user-management, reseller, subscription id, 2024",
                "autodesk-user-management, online-store, subscription id, classic",
                "autodesk-user-management, direct, subscription id, 2024",
                "two teams",
            ])

        // The data is valid: warnings (people who left, renewals due), no errors.
        try FixtureTree.copy("themes", into: root)
        let diagnostics = try SiteBuilder(options: BuildOptions(root: root)).check()
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.filter { $0.severity == .error })")
    }

    @Test func theSameSeedWritesTheSameBytes() throws {
        let first = try TestPaths.temporaryFolder("sample-first")
        let second = try TestPaths.temporaryFolder("sample-second")
        try generate(into: first)
        try generate(into: second)
        #expect(TreeSnapshot(of: first) == TreeSnapshot(of: second))
        let other = try TestPaths.temporaryFolder("sample-other")
        try SampleDataGenerator(companies: 5, seed: 16, template: template).write(to: other)
        #expect(TreeSnapshot(of: first) != TreeSnapshot(of: other))
    }

    @Test func aFolderThatHoldsAnythingIsRefusedAndLeftAsItWas() throws {
        let root = try TestPaths.temporaryFolder("sample-refused")
        try Data("mine".utf8).write(to: root.appendingPathComponent(".notes"))
        let before = TreeSnapshot(of: root)
        #expect(throws: SampleDataError.folderNotEmpty(path: root.path)) { try generate(into: root) }
        #expect(TreeSnapshot(of: root) == before)

        // --force adds the site beside what is there, deleting nothing.
        try generate(into: root, force: true)
        #expect(try Data(contentsOf: root.appendingPathComponent(".notes")) == Data("mine".utf8))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/site.yaml").path))
    }
}

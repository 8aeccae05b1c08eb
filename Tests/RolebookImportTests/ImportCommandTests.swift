import Foundation
import RolebookTestSupport
import Testing

/// `rolebook import`, `rolebook diff` and a build from exports, through the real binary (swift
/// test builds `.build/debug/rolebook`).
@Suite struct ImportCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL { TestPaths.packageRoot.appendingPathComponent(".build/debug/rolebook") }

    func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        #expect(
            FileManager.default.isExecutableFile(atPath: Self.binary.path), "swift test builds .build/debug/rolebook")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = ["NO_COLOR": "1", "ROLEBOOK_TODAY": "2026-11-23", "PATH": "/usr/bin:/bin"]
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func golden(_ path: String) throws -> String {
        try String(contentsOf: ImportFixtures.folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func aSiteBuildsFromExportsAndOverlaysWithOneCommand() throws {
        let site = try ImportFixtures.site("Variants/overlay-merge")
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("output")
        let result = try run(["build", "--root", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("content/overlays/keystone.yaml:12:5: warning: person 'gone-person' is in no export")
        )
        #expect(
            result.stderr.contains(
                /Built \d+ pages \(\d+ rendered; \d+ files written, 0 unchanged, 0 removed\), 9 warnings/))
        let contract = try String(
            contentsOf: output.appendingPathComponent("contracts/110000000030.html"), encoding: .utf8)
        #expect(
            contract.contains("Priya Shah") && contract.contains("Ines Moreau") && contract.contains("123-45678901"))
        let walter = try String(
            contentsOf: output.appendingPathComponent("people/walter-hughes-keystone-example-com.html"), encoding: .utf8
        )
        #expect(walter.contains("has left"))
    }

    @Test func maskedPeopleArePagesOfTheirOwn() throws {
        let site = try ImportFixtures.site("Variants/masked-personal-data")
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try run(["build", "--root", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/exports/keystone.csv:2:70: warning: 3 rows have masked personal data"))
        let masked = try String(
            contentsOf: site.appendingPathComponent("output/people/masked-keystone-2.html"), encoding: .utf8)
        #expect(masked.contains("Masked person (keystone.csv, line 2)"))
    }

    @Test func diffPrintsExactlyTheExpectedChangesOfThePair() throws {
        let folder = try TestPaths.temporaryFolder("diff")
        defer { try? FileManager.default.removeItem(at: folder) }
        for month in ["last-month", "this-month"] {
            let site = try ImportFixtures.site("Pair/\(month)")
            try FileManager.default.moveItem(at: site, to: folder.appendingPathComponent(month))
        }
        let text = try run(["diff", "last-month", "this-month"], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout == (try golden("Pair/expected-changes.txt")))
        let json = try run(["diff", "--json", "last-month", "this-month"], in: folder)
        #expect(json.stdout == (try golden("Pair/expected-changes.json")))
        let page = try run(["diff", "last-month", "this-month", "--html", "changes.html"], in: folder)
        #expect(page.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("changes.html"), encoding: .utf8)
        #expect(html.contains("<h2 id=\"keystone-architects\">Keystone Architects</h2>"))
        #expect(html.contains("<li>contract 110000100005: Contract Manager moved from Felix Schmidt to Priya Weber"))
        #expect(try run(["diff", "last-month", "this-month", "--html", "changes.html"], in: folder).status == 1)
        // A content folder names the same data as its site folder.
        let content = try run(["diff", "last-month/content", "this-month"], in: folder)
        #expect(content.stdout.hasSuffix(String(text.stdout.drop { $0 != "\n" })))
    }

    @Test func diffComparesTwoExportsReadWithTheSitesData() throws {
        let site = try ImportFixtures.site("Variants/bom-crlf")
        defer { try? FileManager.default.removeItem(at: site) }
        let exports = site.appendingPathComponent("content/exports")
        let downloads = site.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let csv = try String(contentsOf: exports.appendingPathComponent("keystone-2026-11.csv"), encoding: .utf8)
        let sidecar = try String(contentsOf: exports.appendingPathComponent("keystone-2026-11.yaml"), encoding: .utf8)
        try (csv.replacingOccurrences(of: "03/14/2027", with: "03/14/2028")).write(
            to: downloads.appendingPathComponent("keystone-2026-12.csv"), atomically: true, encoding: .utf8)
        try sidecar.write(
            to: downloads.appendingPathComponent("keystone-2026-12.yaml"), atomically: true, encoding: .utf8)
        let result = try run(
            ["diff", "--root", ".", "content/exports/keystone-2026-11.csv", "downloads/keystone-2026-12.csv"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                1 change in 1 company from content/exports/keystone-2026-11.csv (as of 23 Nov 2026) to downloads/keystone-2026-12.csv (as of 23 Nov 2026):

                Keystone Architects (keystone)
                  contract 110000000001 renewed: it now ends on 14 Mar 2028 (was 14 Mar 2027)

                """)
    }

    @Test func diffOfDataWithErrorsExitsOneAndSaysWhy() throws {
        let broken = try ImportFixtures.site("Variants/not-utf8")
        let fine = try ImportFixtures.site("Variants/bom-crlf")
        defer {
            try? FileManager.default.removeItem(at: broken)
            try? FileManager.default.removeItem(at: fine)
        }
        let result = try run(["diff", fine.path, broken.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/exports/keystone.csv:3:29: error: the file is not UTF-8 text"))
        #expect(result.stderr.contains("has errors, so there is nothing to compare"))
        #expect(result.stdout.isEmpty)
    }

    @Test func importWritesNewYAMLFilesOnly() throws {
        let site = try ImportFixtures.site("Variants/overlay-merge")
        let output = try TestPaths.temporaryFolder("import-out")
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: output)
        }
        let arguments = [
            "import", "--root", site.path, "--output", output.path,
            site.appendingPathComponent("content/exports/keystone-subscriptions.csv").path,
            site.appendingPathComponent("content/exports/keystone-users.csv").path,
        ]
        let first = try run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout.hasPrefix(
                "Wrote 2 files in \(output.path):\n  content/companies/keystone.yaml\n  content/resellers/pinecrest-reseller.yaml\n"
            ))
        #expect(
            first.stderr.contains("content/overlays/keystone.yaml:12:5: warning: person 'gone-person' is in no export"))
        let company = try String(
            contentsOf: output.appendingPathComponent("content/companies/keystone.yaml"), encoding: .utf8)
        #expect(company.contains("  - id: \"110000000030\"\n    contract_number: \"110000000030\"\n"))
        let again = try run(arguments)
        #expect(again.status == 1)
        #expect(again.stderr.contains("2 files already exist"))
        #expect(try run(arguments + ["--force"]).status == 0)
    }

    @Test func importWritesTheDefaultAliasTableOnRequest() throws {
        let site = try TestPaths.temporaryFolder("aliases")
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try run(["import", "--write-aliases", "--root", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Data(contentsOf: site.appendingPathComponent("content/exports/aliases.yaml"))
        #expect(written == (try Data(contentsOf: ImportFixtures.aliases)))
        #expect(try run(["import", "--write-aliases", "--root", site.path]).status == 1)
    }

    @Test func importRefusesMaskedPeopleAndBadArguments() throws {
        let site = try ImportFixtures.site("Variants/masked-personal-data")
        defer { try? FileManager.default.removeItem(at: site) }
        let masked = try run(["import", "--root", site.path, "content/exports/keystone.csv"], in: site)
        #expect(masked.status == 1)
        #expect(masked.stderr.contains("error: 3 masked people cannot be written as YAML"))
        #expect(try run(["import"]).status == 64)
        #expect(try run(["import", "export.xlsx"]).stderr.contains("'export.xlsx' is not a .csv export"))
    }
}

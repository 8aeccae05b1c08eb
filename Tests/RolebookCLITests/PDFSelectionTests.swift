import Foundation
import RolebookTestSupport
import Testing

/// Which pages `--pdf-only` and site.yaml's `pdf:` print, through the real binary.
@Suite struct PDFSelectionTests {
    let cli = CommandLineTests()

    /// The sample with one company, so that few pages are printed.
    func oneCompanySite() throws -> URL {
        let root = try TestPaths.temporaryFolder("pdf-selection")
        try FixtureTree.copy("content", into: root)
        for company in ["harbor-civil", "larkspur-studio"] {
            try FileManager.default.removeItem(at: root.appendingPathComponent("content/companies/\(company).yaml"))
        }
        return root
    }

    func setBuild(_ build: String, in root: URL) throws {
        let site = root.appendingPathComponent("content/site.yaml")
        let text = try String(contentsOf: site, encoding: .utf8)
        try (text + "build:\n" + build).write(to: site, atomically: false, encoding: .utf8)
    }

    @Test func siteYAMLCanAskForTheReportsAlone() throws {
        let root = try oneCompanySite()
        try setBuild("  pdf: reports\n", in: root)
        let result = try cli.run(["build", "--root", root.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = TestPaths.files(under: root.appendingPathComponent("output"))
        #expect(files.filter { $0.hasSuffix(".pdf") } == ["reports/keystone-architects.pdf"])
        #expect(files.contains("packets/renata-vogel.html"), "packets are written, only not printed")
    }

    @Test func pdfOnlyImpliesPDFs() throws {
        // Without Chromium on the PATH the build stops before writing: proof that --pdf-only asked for PDFs.
        let empty = try TestPaths.temporaryFolder("no-chromium")
        let output = try TestPaths.temporaryFolder("pdf-only").appendingPathComponent("out")
        let result = try cli.run(
            ["build", "--pdf-only", "packets", "--root", TestPaths.packageRoot.path, "--output", output.path],
            path: empty.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("--pdf needs Chromium"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func contradictoryOrUnknownChoicesAreRefused() throws {
        let contradiction = try cli.run([
            "build", "--root", TestPaths.packageRoot.path, "--no-pdf", "--pdf-only", "reports",
        ])
        #expect(contradiction.status == 64)
        #expect(contradiction.stderr.contains("--pdf-only prints PDFs, which --no-pdf turns off"))
        let unknown = try cli.run(["build", "--root", TestPaths.packageRoot.path, "--pdf-only", "slides"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("reports"))

        let root = try oneCompanySite()
        try setBuild("  pdf: slides\n", in: root)
        let check = try cli.run(["check", "--root", root.path])
        #expect(check.status == 1)
        #expect(
            check.stderr.contains(
                "content/site.yaml:5:8: error: 'pdf' must be true, false, reports, packets or both, not 'slides'"),
            "\(check.stderr)")
    }
}

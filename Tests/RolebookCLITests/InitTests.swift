import Foundation
import RolebookTestSupport
import Testing

/// `rolebook init` and the one-binary promise: a copied binary, in a folder with no `.build` and
/// no `themes/`, starts a site and builds it.
@Suite struct InitTests {
    let cli = CommandLineTests()

    /// The binary copied out of the package, so nothing beside it can be found.
    static func copiedBinary() throws -> URL {
        let folder = try TestPaths.temporaryFolder("copied-binary")
        let copy = folder.appendingPathComponent("rolebook")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: CommandLineTests.binary, to: copy)
        return copy
    }

    /// Runs `binary` in `directory` with today pinned, and nothing else from this process's environment.
    func run(_ binary: URL, _ arguments: [String], today: String = "2026-12-02", in directory: URL) throws
        -> CommandLineTests.Run
    {
        try CommandLineTests.run(
            binary, arguments, environment: ["PATH": "/usr/bin:/bin", "ROLEBOOK_TODAY": today], directory: directory)
    }

    @Test func aCopiedBinaryStartsASiteDatedTodayAndBuildsItWithTheBuiltInTheme() throws {
        let binary = try Self.copiedBinary()
        let work = try TestPaths.temporaryFolder("init")
        let made = try run(binary, ["init", "site"], in: work)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("  content/companies/example-company.yaml\n"))
        let site = work.appendingPathComponent("site")
        let settings = try String(contentsOf: site.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        #expect(settings.contains("\nas_of: 2026-12-02\n"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("themes").path))
        #expect(
            try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8).contains("output/\n"))

        let built = try run(binary, ["build"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains(", 0 warnings, in "), "\(built.stderr)")
        let page = try String(
            contentsOf: site.appendingPathComponent("output/contracts/example-classic.html"), encoding: .utf8)
        #expect(page.contains("110000000001"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/assets/style.css").path))
    }

    @Test func aFolderThatIsNotEmptyIsRefusedUnlessForced() throws {
        let work = try TestPaths.temporaryFolder("init-busy")
        let mine = work.appendingPathComponent("notes.txt")
        try Data("mine\n".utf8).write(to: mine)
        let refused = try run(CommandLineTests.binary, ["init"], in: work)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not empty (notes.txt): choose an empty folder, or pass --force"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("content").path))

        let forced = try run(CommandLineTests.binary, ["init", "--force"], in: work)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: mine, encoding: .utf8) == "mine\n")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("content/site.yaml").path))
    }

    @Test func aBadPinnedDateIsAnErrorNamingTheVariable() throws {
        let work = try TestPaths.temporaryFolder("init-date")
        let result = try run(CommandLineTests.binary, ["init"], today: "2026-13-01", in: work)
        #expect(result.status == 1)
        #expect(result.stderr.contains("ROLEBOOK_TODAY=2026-13-01 is not a date: write it as YYYY-MM-DD"))
    }

    @Test func versionIsPrinted() throws {
        let result = try cli.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }
}

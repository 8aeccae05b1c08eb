import Foundation
import RolebookTestSupport
import Testing

/// The data's date: `--as-of` for one build, an advisory stale-data warning against a pinned
/// today, and the outputs site.yaml asks for, each overridden by its flag.
@Suite struct DataDateTests {
    let cli = InitTests()

    /// A new site from `init`, dated 2026-12-02.
    func site(_ name: String) throws -> URL {
        let work = try TestPaths.temporaryFolder(name)
        let made = try cli.run(CommandLineTests.binary, ["init", "site"], in: work)
        #expect(made.status == 0, "\(made.stderr)")
        return work.appendingPathComponent("site")
    }

    @Test func oldDataIsAnAdvisoryWarningThatStrictDoesNotMakeFatal() throws {
        let site = try site("stale")
        let late = try cli.run(CommandLineTests.binary, ["check", "--strict"], today: "2027-06-01", in: site)
        #expect(late.status == 0, "\(late.stderr)")
        #expect(
            late.stderr.contains(
                "content/site.yaml:5:8: warning: the data is as of 2026-12-02, 181 days before today (2027-06-01)"))
        #expect(late.stderr.hasSuffix("0 errors, 1 warning\n"))
        let fresh = try cli.run(CommandLineTests.binary, ["check"], today: "2027-03-01", in: site)
        #expect(fresh.stderr.hasSuffix("0 errors, 0 warnings\n"), "\(fresh.stderr)")
    }

    @Test func asOfMovesEveryDateRuleForOneBuildAndRendersAgain() throws {
        let site = try site("as-of")
        #expect(try cli.run(CommandLineTests.binary, ["build"], in: site).status == 0)
        let later = try cli.run(CommandLineTests.binary, ["build", "--as-of", "2027-03-01"], in: site)
        #expect(later.status == 0)
        // 60 days before the classic contract's end, which does not renew by itself.
        #expect(later.stderr.contains("warning: contract 'example-classic' ends on 2027-04-30, in 60 days"))
        #expect(!later.stderr.contains("(0 rendered"), "a changed date re-renders: \(later.stderr)")
        let page = try String(
            contentsOf: site.appendingPathComponent("output/contracts/example-classic.html"), encoding: .utf8)
        #expect(page.contains("This contract ends in 60 days, on 30 Apr 2027"))
        let bad = try cli.run(CommandLineTests.binary, ["build", "--as-of", "2027-02-30"], in: site)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--as-of 2027-02-30 is not a date: write YYYY-MM-DD or today"))
    }

    @Test func siteYamlChoosesTheOutputsAndAFlagOverridesThem() throws {
        let site = try site("outputs")
        let settings = site.appendingPathComponent("content/site.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8) + "build:\n  reports: true\n  paper: letter\n"
        try Data(text.utf8).write(to: settings)
        let reportPath = site.appendingPathComponent("output/reports/example-company.html").path
        #expect(try cli.run(CommandLineTests.binary, ["build"], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: reportPath))
        #expect(try String(contentsOfFile: reportPath, encoding: .utf8).contains("size: letter"))
        // A plain build again keeps them; --no-reports drops them for that build only.
        let again = try cli.run(CommandLineTests.binary, ["build"], in: site)
        #expect(again.stderr.contains(" 0 removed)"), "\(again.stderr)")
        #expect(try cli.run(CommandLineTests.binary, ["build", "--no-reports"], in: site).status == 0)
        #expect(!FileManager.default.fileExists(atPath: reportPath))
    }

    @Test func anUnknownPaperInSiteYamlIsALocatedError() throws {
        let site = try site("paper")
        let settings = site.appendingPathComponent("content/site.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8) + "build:\n  paper: a5\n"
        try Data(text.utf8).write(to: settings)
        let result = try cli.run(CommandLineTests.binary, ["check"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/site.yaml:8:10: error: unknown paper 'a5' (known: a4, letter)"))
    }
}

import Foundation
import RolebookBuild
import RolebookCore
import RolebookRender
import RolebookTestSupport
import Testing

/// Outputs stay valid, and builds stop cleanly, whatever the data.
@Suite struct DataSafetyTests {
    func company(ending end: String) -> Company {
        let here = SourceLocation(path: "content/companies/c.yaml")
        let contract = Contract(
            id: "k", companyID: "c", contractNumber: "1", vendor: "V", roleSetID: "v", roleSetLocation: here,
            start: Day(iso: "2026-01-01")!, end: Day(iso: end)!, channel: .direct, location: here)
        return Company(id: "c", name: "C", contracts: [contract], location: here)
    }

    @Test func calendarEventsEndTheNextDay() {
        let calendar = RenewalCalendar.make(
            company(ending: "2027-01-31"), asOf: Day(iso: "2026-06-01")!, strings: .english)
        #expect(calendar.contains("DTSTART;VALUE=DATE:20270131\r\nDTEND;VALUE=DATE:20270201\r\n"))
        #expect(calendar.contains("DTSTAMP:20260601T000000Z\r\n"))
    }

    /// The loader refuses 9999-12-31; a model built in code still gets a valid calendar: the last
    /// day's event has no DTEND (one day long by RFC 5545), never the five-digit year 10000.
    @Test func calendarOnTheLastDayIsValid() {
        let calendar = RenewalCalendar.make(
            company(ending: "9999-12-31"), asOf: Day(iso: "2026-06-01")!, strings: .english)
        #expect(!calendar.contains("10000"))
        #expect(calendar.contains("DTSTART;VALUE=DATE:99991231\r\nSUMMARY:Contract ends: contract 1\r\n"))
        #expect(calendar.contains("DTSTART;VALUE=DATE:99991227\r\nDTEND;VALUE=DATE:99991228\r\n"))
        let dates = calendar.split(separator: "\r\n").filter { $0.hasPrefix("DTSTART") || $0.hasPrefix("DTEND") }
        #expect(dates.allSatisfy { $0.split(separator: ":").last?.count == 8 })
    }

    @Test func calendarOnTheLastDayParsesWithARealParser() throws {
        let file = try TestPaths.temporaryFolder("calendar").appendingPathComponent("c.ics")
        try RenewalCalendar.make(company(ending: "9999-12-31"), asOf: Day(iso: "2026-06-01")!, strings: .english)
            .write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in cal.walk('VEVENT'):
                print(e['UID'], e['DTSTART'].dt, e['DTEND'].dt if 'DTEND' in e else '-')
            """
        let result = try Tools.run(try Tools.python(), ["-c", script, file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").last == "k-ends@rolebook 9999-12-31 -")
    }

    /// `check` used to pass and `build` to stop with "Duplicate values for key": now both report it.
    @Test func buildWithTwoGuidesOfOneIdReportsItInsteadOfCrashing() async throws {
        let root = try FixtureTree.write(
            """
            -- content/site.yaml --
            title: T
            as_of: 2026-06-01
            -- content/guides/classic/setup.md --
            ---
            title: Set up
            ---
            Text.
            -- content/guides/online/setup.md --
            ---
            title: Set up online
            ---
            Text.
            """, to: try TestPaths.temporaryFolder("duplicate-guides"))
        try FixtureTree.copy("themes", into: root)
        let report = try await SiteBuilder(options: BuildOptions(root: root)).build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description) == [
                "content/guides/online/setup.md:1:1: error: duplicate guide id 'setup'\ncontent/guides/classic/setup.md:1:1: note: 'setup' is first defined here"
            ])
    }
}

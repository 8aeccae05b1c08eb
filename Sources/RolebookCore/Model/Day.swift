/// A calendar date without a time or zone, so date rules never depend on where or when a build runs.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01; arithmetic and comparison work on this.
    package let ordinal: Int

    package init(ordinal: Int) { self.ordinal = ordinal }

    /// The dates content may hold. Outputs do arithmetic on them (an iCalendar all-day event ends
    /// the next day, renewal reminders fall up to 90 days before an end date) and iCalendar and
    /// `YYYY-MM-DD` have four-digit years, so 9999-12-31, a common stand-in for "no end", is
    /// refused rather than turned into an invalid 10000-01-01; 1900 catches mistyped years such as 0226.
    package static let supported = Day(iso: "1900-01-01")!...Day(iso: "9998-12-31")!

    /// Parses strict `YYYY-MM-DD`; returns nil for anything else, including 2026-02-30.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    package var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `2026-11-23`: the machine-readable form.
    public var description: String {
        let (y, m, d) = components
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    package func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    package func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// Earlier days first.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    private static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

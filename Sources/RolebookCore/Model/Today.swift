import Foundation

/// Today's date, from one place: the system clock in UTC, unless `ROLEBOOK_TODAY` (YYYY-MM-DD)
/// pins it. Everything that reads the calendar (`init`'s `as_of`, `--as-of today`, the stale-data
/// check) asks here, so tests and reproducible builds pin one variable and never start failing as
/// the calendar moves.
package enum Today {
    package static let variable = "ROLEBOOK_TODAY"

    /// The pinned day, the system's, or an error naming the variable when it is not a date.
    package static func day(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Day {
        if let pinned = environment[variable] {
            guard let day = Day(iso: pinned) else { throw TodayError.notADate(pinned) }
            return day
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(iso: String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }
}

package enum TodayError: Error, CustomStringConvertible {
    case notADate(String)

    package var description: String {
        switch self {
        case .notADate(let text): "\(Today.variable)=\(text) is not a date: write it as YYYY-MM-DD"
        }
    }
}

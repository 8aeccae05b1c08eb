import Foundation
import RolebookCore
import RolebookSource

/// The date the data is true as of: `as_of` from site.yaml, or `--as-of` for one build, and
/// whether it has grown old against today (``Today``).
struct DataDate {
    /// The site's settings, from `content/site.yaml` alone (its problems are reported by the full
    /// load; here they only mean "no settings").
    static func settings(in files: [SourceFile]) -> SiteSettings? {
        ContentLoader().load(files.filter { isSettings($0.path) }).settings
    }

    /// Whether a content file is one of those the settings are read from.
    static func isSettings(_ path: String) -> Bool { path.hasPrefix("content/site.") }

    /// The day `--as-of` names (`YYYY-MM-DD` or `today`), or nil when it is not given.
    static func override(_ text: String?) throws -> Day? {
        guard let text else { return nil }
        if text == "today" { return try Today.day() }
        guard let day = Day(iso: text) else { throw DataDateError.notADate(text) }
        return day
    }

    /// An advisory warning when `as_of` is more than `stale_after_days` before today. Not given
    /// when `--as-of` chose the date for this build.
    static func staleness(of settings: SiteSettings?, today: Day, overridden: Bool) -> [Diagnostic] {
        guard let settings, !overridden else { return [] }
        let age = settings.asOf.days(until: today)
        guard age > settings.staleAfterDays else { return [] }
        var warning = Diagnostic.warning(
            "the data is as of \(settings.asOf), \(age) days before today (\(today)): check it, then update as_of (or set stale_after_days)",
            at: settings.asOfLocation)
        warning.isAdvisory = true
        return [warning]
    }
}

enum DataDateError: Error, CustomStringConvertible {
    case notADate(String)

    var description: String {
        switch self {
        case .notADate(let text): "--as-of \(text) is not a date: write YYYY-MM-DD or today"
        }
    }
}

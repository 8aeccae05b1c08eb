/// A date that matters for renewal (domain.md 1.4).
package struct Milestone: Sendable {
    package var contract: String
    package var label: String
    package var date: String
    package var isoDate: String
    package var daysFromAsOf: Int
    package var isNear: Bool
    package var isPast: Bool
    /// "In 45 days", and "Soon: in 12 days" for a near one.
    package var inDays: String
    package var soon: String
}

/// A date that matters for renewal (domain.md 1.4).
public struct Milestone: Sendable {
    public var contract: String
    public var label: String
    public var date: String
    public var isoDate: String
    public var daysFromAsOf: Int
    public var isNear: Bool
    public var isPast: Bool
}

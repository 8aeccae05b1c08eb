/// Where a contract stands against its end date on the data's as-of date: the one rule every page,
/// report and check uses for "ends soon".
public struct RenewalStatus: Hashable, Sendable {
    /// Days from the as-of date to the end date; negative once the contract has ended.
    public var daysLeft: Int
    /// Ends within the renewal window (domain.md 1.4), and has not ended yet.
    public var isNear: Bool
    public var hasEnded: Bool { daysLeft < 0 }
}

extension SiteSettings {
    public func renewal(of contract: Contract) -> RenewalStatus {
        let days = asOf.days(until: contract.end)
        return RenewalStatus(daysLeft: days, isNear: days >= 0 && days <= renewalWindowDays)
    }
}

/// Where a contract stands against its end date on the data's as-of date: the one rule every page,
/// report and check uses for "ends soon".
package struct RenewalStatus: Hashable, Sendable {
    /// Days from the as-of date to the end date; negative once the contract has ended.
    package var daysLeft: Int
    /// Ends within the renewal window (domain.md 1.4), and has not ended yet.
    package var isNear: Bool
    package var hasEnded: Bool { daysLeft < 0 }

    /// Whether someone must act: the contract has ended, or ends within the window and will not
    /// renew by itself.
    package func needsAction(autoRenew: Bool) -> Bool { hasEnded || (isNear && !autoRenew) }
}

extension SiteSettings {
    package func renewal(of contract: Contract) -> RenewalStatus {
        let days = asOf.days(until: contract.end)
        return RenewalStatus(daysLeft: days, isNear: days >= 0 && days <= renewalWindowDays)
    }
}

import RolebookCore

/// The renewal dates of a contract (domain.md 1.4): the renewal window opens 90 days before the end
/// date; a contract that does not renew automatically gets reminders 45, 30 and 4 days before; then
/// the end date itself.
package enum RenewalMilestones {
    package struct Entry: Hashable, Sendable {
        /// Stable: part of calendar UIDs.
        package var kind: String
        package var label: String
        package var day: Day
    }

    package static func of(_ contract: Contract, strings: Strings) -> [Entry] {
        var entries = [
            Entry(kind: "window-opens", label: strings(.milestoneWindowOpens), day: contract.end.adding(days: -90))
        ]
        if !contract.autoRenew {
            for days in [45, 30, 4] {
                entries.append(
                    Entry(
                        kind: "reminder-\(days)", label: strings(.milestoneReminder, ["days": String(days)]),
                        day: contract.end.adding(days: -days)))
            }
        }
        entries.append(
            Entry(
                kind: "ends", label: strings(contract.autoRenew ? .milestoneRenews : .milestoneEnds), day: contract.end)
        )
        return entries
    }
}

/// What to do when a holder has left depends on how the contract was bought, so a note for one
/// channel is shown only where it is true: an online-store rule never reaches a reseller contract.
extension RoleDefinition {
    /// The notes true of `contract`, in the order the data gives them; nil when none is.
    package func whenHolderLeaves(on contract: Contract) -> String? {
        joined(leavingNotes.filter { $0.condition.applies(to: contract) })
    }

    /// The notes true of every contract the assignment's unit belongs to (a team serves several),
    /// for messages about an assignment rather than a page about one contract.
    package func whenHolderLeaves(for scope: RoleAssignment.Scope, in company: Company) -> String? {
        let contracts = company.contracts.filter { contract in
            switch scope {
            case .contract(let id): contract.id == id
            case .asset(let id): contract.assets.contains { $0.id == id }
            case .team(let id): contract.teamID == id
            }
        }
        guard !contracts.isEmpty else { return whenHolderLeaves }
        return joined(leavingNotes.filter { note in contracts.allSatisfy { note.condition.applies(to: $0) } })
    }

    /// The notes true of every contract whatever its channel, for messages about no contract.
    package var whenHolderLeaves: String? { joined(leavingNotes.filter(\.condition.isAny)) }

    private func joined(_ notes: [LeavingNote]) -> String? {
        notes.isEmpty ? nil : notes.map(\.text).joined(separator: " ")
    }
}

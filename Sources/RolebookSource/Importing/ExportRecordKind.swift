/// What one row of an export describes, which decides what the importer makes of it.
package enum ExportRecordKind: String, CaseIterable, Sendable {
    /// One subscription (a product line) of a contract: Autodesk Account's Subscriptions export.
    case subscriptions
    /// One person of the account: Autodesk Account's Users export.
    case users

    /// The fields a row of this kind may carry; a column mapped to another is reported.
    package var fields: Set<ExportField> {
        switch self {
        case .subscriptions:
            [
                .subscriptionID, .contractNumber, .offeringName, .seatQuantity, .term, .startDate, .endDate,
                .autorenewDate, .subscriptionStatus, .resellerName, .resellerEmail, .team, .contractManagerEmail,
                .plan, .serialNumber, .company, .ignored,
            ]
        case .users: [.firstName, .lastName, .email, .role, .team, .company, .ignored]
        }
    }

    /// Columns the file must have, each group satisfied by any one of its fields.
    package var requiredColumns: [[ExportField]] {
        switch self {
        case .subscriptions:
            [[.subscriptionID, .contractNumber], [.offeringName], [.startDate], [.endDate, .autorenewDate]]
        case .users: [[.email]]
        }
    }
}

import RolebookCore

/// One vendor export format, as the site's alias table (`content/exports/aliases.yaml`) defines
/// it: which header names mean which ``ExportField``, and which role sets its records go to.
package struct ExportFormat: Sendable {
    /// One entry of `columns:`: header names that all mean `field`.
    package struct Column: Sendable {
        package var field: ExportField
        package var names: [String]
        /// Why the names are no longer current (an older export's names), for the note an import gets.
        package var deprecated: String?
        /// The names were not seen in a source but guessed (domain.md section 6: the Users export's
        /// columns were not found); shown in the docs and kept in the table, not reported.
        package var inferred: Bool
        /// For a column of people (`contract_manager_email`): the role they hold, by name, looked
        /// up in the contract's role set as guidance names roles, so that the code names no role.
        package var role: String?
        package var location: SourceLocation
    }

    package var id: String
    package var name: String
    package var vendor: String
    package var records: ExportRecordKind
    /// The role set of subscriptions managed in the classic view, and in user management (see
    /// docs/importing.md for the rule choosing between them).
    package var classicRoleSet: String?
    package var userManagementRoleSet: String?
    package var roleSetsLocation: SourceLocation
    package var columns: [Column]
    package var location: SourceLocation

    /// The column a header cell names. Names match ignoring case, surrounding spaces, and the
    /// difference between `_`, `-` and a space, so `First name`, `first_name` and `First Name` are one.
    package func column(named header: String) -> Column? {
        let wanted = Self.normalized(header)
        return columns.first { column in column.names.contains { Self.normalized($0) == wanted } }
    }

    /// The role the people of a `contract_manager_email` column hold, by name.
    package var managerRole: String? {
        columns.first { $0.field == .contractManagerEmail && $0.role != nil }?.role
    }

    /// Every name of the format, for "did you mean" on an unknown column.
    package var allNames: [String] { columns.flatMap(\.names) }

    package static func normalized(_ name: String) -> String {
        String(
            name.trimmingSpaces.lowercased().map { $0 == "_" || $0 == "-" ? " " : $0 }
        )
    }
}

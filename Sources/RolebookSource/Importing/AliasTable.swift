import RolebookCore

/// The site's alias table, `content/exports/aliases.yaml`: every export format the site reads and
/// the header names of each column. Data, not code, so that a site can add the names of a new
/// export (Autodesk announced renamed columns for 2026) the day it sees them.
package struct AliasTable: Sendable {
    package var formats: [ExportFormat]
    package var path: String

    package init(formats: [ExportFormat], path: String) {
        self.formats = formats
        self.path = path
    }

    package func format(_ id: String) -> ExportFormat? { formats.first { $0.id == id } }

    /// Reads the table; every mistake in it is located, and a format with a usable id is kept.
    package static func read(_ file: SourceFile) -> (table: AliasTable, diagnostics: [Diagnostic]) {
        let reader = YAMLReader(path: file.path)
        var formats: [ExportFormat] = []
        var found: [Diagnostic] = []
        if let root = file.fileExtension == "json" ? reader.composeJSON(file.text) : reader.compose(file.text),
            !root.isNull, let map = reader.map(root, what: "alias table")
        {
            formats = map.maps("formats", what: "export format", required: true).compactMap {
                readFormat($0, into: &found)
            }
            map.finish()
        } else if reader.diagnostics.isEmpty {
            reader.error("the alias table is empty: it needs 'formats:'", at: SourceLocation(path: file.path))
        }
        var seen: [String: SourceLocation] = [:]
        for format in formats {
            if let first = seen[format.id] {
                found.append(
                    .error(
                        "duplicate export format id '\(format.id)'", at: format.location,
                        notes: [.init("'\(format.id)' is first defined here", at: first)]))
            } else {
                seen[format.id] = format.location
            }
        }
        let kept = formats.filter { seen[$0.id] == $0.location }
        return (AliasTable(formats: kept, path: file.path), reader.diagnostics + found)
    }

    private static func readFormat(_ map: YAMLMap, into found: inout [Diagnostic]) -> ExportFormat? {
        defer { map.finish() }
        let id = map.id()
        let name = map.string("name", required: true)
        let vendor = map.string("vendor", required: true)
        let records = map.enumeration("records", as: ExportRecordKind.self, required: true)
        var classic: String?
        var userManagement: String?
        if let roleSets = map.submap("role_sets", what: "role sets of an export format") {
            classic = roleSets.id("classic", required: false)
            userManagement = roleSets.id("user_management", required: false)
            roleSets.finish()
        }
        var columns: [ExportFormat.Column] = []
        var names: [String: (field: ExportField, location: SourceLocation)] = [:]
        for entry in map.maps("columns", what: "column", required: true) {
            defer { entry.finish() }
            let fieldName = entry.string("field", required: true)
            let aliases = entry.strings("names")
            if entry.value("names") == nil { entry.missing("names") }
            let deprecated = entry.string("deprecated")
            let inferred = entry.bool("inferred") ?? false
            let role = entry.string("role")
            _ = entry.string("source")
            guard let fieldName else { continue }
            guard let field = ExportField(rawValue: fieldName) else {
                let known = ExportField.allCases.map(\.rawValue)
                map.reader.error(
                    "unknown field '\(fieldName)' (known: \(known.joined(separator: ", ")))"
                        + Suggestion.didYouMean(fieldName, among: known),
                    at: entry.valueLocation("field"))
                continue
            }
            if field == .contractManagerEmail, role == nil {
                map.reader.error(
                    "a contract_manager_email column needs 'role': the role its people hold, by name (contract manager)",
                    at: entry.location)
            }
            if let records, !records.fields.contains(field) {
                map.reader.error(
                    "field '\(fieldName)' is not read from \(records.rawValue) exports",
                    at: entry.valueLocation("field"))
                continue
            }
            for (alias, location) in aliases {
                let key = ExportFormat.normalized(alias)
                // A name listed twice for one field is only a spelling the table documents
                // (`subscription_id` and `Subscription ID` match alike); for two fields it is ambiguous.
                if let first = names[key], first.field != field {
                    found.append(
                        .error(
                            "column name '\(alias)' is listed for two fields of format '\(id ?? "")'", at: location,
                            notes: [.init("first listed here, for field '\(first.field.rawValue)'", at: first.location)]
                        ))
                } else if names[key] == nil {
                    names[key] = (field, location)
                }
            }
            columns.append(
                ExportFormat.Column(
                    field: field, names: aliases.map(\.0), deprecated: deprecated, inferred: inferred, role: role,
                    location: entry.location))
        }
        guard let id, let records else { return nil }
        return ExportFormat(
            id: id, name: name ?? id, vendor: vendor ?? "", records: records, classicRoleSet: classic,
            userManagementRoleSet: userManagement, roleSetsLocation: map.valueLocation("role_sets"),
            columns: columns, location: map.location)
    }
}

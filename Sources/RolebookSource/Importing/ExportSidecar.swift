import RolebookCore

/// The few lines beside an export (`keystone.csv` + `keystone.yaml`) that say what the export is:
/// the file itself stays exactly as the portal wrote it, so next month's download replaces it
/// without an edit.
package struct ExportSidecar: Sendable {
    package var path: String
    /// An id of the alias table's `formats`.
    package var formatID: String?
    package var formatLocation: SourceLocation
    /// The company every row belongs to, for exports of one customer account (Autodesk Account's
    /// are); an export of several customers has a company column instead.
    package var companyID: String?
    package var companyLocation: SourceLocation?
    package var companyName: String?
    package var dateFormat: ExportDateFormat?
    package var separator: Character?
    /// The role set of every subscription in the file, instead of the rule (docs/importing.md).
    package var roleSetID: String?
    package var roleSetLocation: SourceLocation?
    package var exportedOn: Day?

    /// A sidecar for a file that has none, so that the file's other problems are still reported.
    init(missingAt path: String) {
        self.path = path
        formatLocation = SourceLocation(path: path)
    }

    static func read(_ file: SourceFile) -> (sidecar: ExportSidecar, diagnostics: [Diagnostic]) {
        let reader = YAMLReader(path: file.path)
        var sidecar = ExportSidecar(missingAt: file.path)
        guard let root = file.fileExtension == "json" ? reader.composeJSON(file.text) : reader.compose(file.text),
            !root.isNull
        else {
            if reader.diagnostics.isEmpty {
                reader.error(
                    "the export's sidecar is empty: it needs at least 'format:'", at: SourceLocation(path: file.path))
            }
            return (sidecar, reader.diagnostics)
        }
        guard let map = reader.map(root, what: "export sidecar") else { return (sidecar, reader.diagnostics) }
        sidecar.formatID = map.id("format")
        sidecar.formatLocation = map.valueLocation("format")
        sidecar.companyID = map.id("company", required: false)
        sidecar.companyLocation = sidecar.companyID.map { _ in map.valueLocation("company") }
        sidecar.companyName = map.string("company_name")
        sidecar.dateFormat = map.enumeration("date_format", as: ExportDateFormat.self)
        if let separator = map.string("separator") {
            if separator == "," || separator == ";" {
                sidecar.separator = Character(separator)
            } else {
                reader.error(
                    "separator must be \",\" or \";\", not '\(separator)'", at: map.valueLocation("separator"))
            }
        }
        sidecar.roleSetID = map.id("role_set", required: false)
        sidecar.roleSetLocation = sidecar.roleSetID.map { _ in map.valueLocation("role_set") }
        sidecar.exportedOn = map.day("exported_on")
        map.finish()
        return (sidecar, reader.diagnostics)
    }
}

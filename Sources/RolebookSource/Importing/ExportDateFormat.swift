import RolebookCore

/// How an export writes its dates: declared in its sidecar (`date_format`), or seen in its dates.
///
/// Autodesk Account writes MM/DD/YYYY (domain.md section 2.1), but a file opened and saved in a
/// spreadsheet set to another locale comes back as DD/MM/YYYY or DD.MM.YYYY, with `;` between
/// fields. `03/04/2026` is then 4 March or 3 April, and nothing in the date says which: such a date
/// is an error until the sidecar declares the format. ISO dates are read in every file.
package enum ExportDateFormat: String, CaseIterable, Sendable {
    case iso = "YYYY-MM-DD"
    case monthFirst = "MM/DD/YYYY"
    case dayFirst = "DD/MM/YYYY"
    case dayFirstDotted = "DD.MM.YYYY"

    /// Whether the day comes before the month; nil for ISO, which says so itself.
    var dayComesFirst: Bool? {
        switch self {
        case .iso: nil
        case .monthFirst: false
        case .dayFirst, .dayFirstDotted: true
        }
    }
}

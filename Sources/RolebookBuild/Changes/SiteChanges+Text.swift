import Foundation
import RolebookCore

extension SiteChanges {
    /// The terminal form: one heading per company, one line per change. Data from the files is
    /// escaped as in diagnostics, so that a name cannot drive the terminal.
    package var text: String {
        let heading = "from \(old.source) (as of \(old.asOf)) to \(new.source) (as of \(new.asOf))"
        guard !companies.isEmpty else { return Diagnostic.escaped("No changes \(heading).") + "\n" }
        let total = changeCount
        var lines = [
            Diagnostic.escaped(
                "\(total) change\(total == 1 ? "" : "s") in \(companies.count) compan\(companies.count == 1 ? "y" : "ies") \(heading):"
            )
        ]
        for company in companies {
            lines.append("")
            lines.append(Diagnostic.escaped("\(company.name) (\(company.id))"))
            lines += company.changes.map { "  " + Diagnostic.escaped($0.summary) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `--json` form: keys sorted and indented, so that two runs give the same bytes.
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

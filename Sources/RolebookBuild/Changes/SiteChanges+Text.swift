import Foundation
import RolebookCore

extension SiteChanges {
    /// The terminal form: one heading per company, one line per change, in `strings`' language.
    /// Data from the files is escaped as in diagnostics, so that a name cannot drive the terminal.
    package func text(_ strings: Strings) -> String {
        guard !companies.isEmpty else {
            return Diagnostic.escaped(strings(.diffNoChanges, arguments: heading(strings))) + "\n"
        }
        let all =
            heading(strings) + [
                ("changes", strings.plural(changeCount, .changeCount)),
                ("companies", strings.plural(companies.count, .companyCount)),
            ]
        var lines = [Diagnostic.escaped(strings(.diffSummary, arguments: all))]
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

import RolebookCore

/// The role matrix as CSV for spreadsheets: one row per assignment, RFC 4180 (CRLF, quoted where
/// needed), and every cell a spreadsheet would run as a formula neutralised.
package enum RoleMatrixCSV {
    package static let header = [
        "company_id", "company", "contract_id", "contract", "role_set", "role_id", "role", "scope", "unit",
        "person_id", "person", "email", "phone", "status",
    ]

    package static func make(_ index: SiteIndex, strings: Strings) -> String {
        var rows = [header]
        let model = index.model
        for company in model.companies {
            func row(_ a: RoleAssignment, contract: Contract?, unit: String) {
                let person = model.peopleByID[a.personID]
                rows.append([
                    company.id, company.name, contract?.id ?? "", contract?.displayNumber ?? "", a.roleSetID, a.roleID,
                    model.role(a.roleSetID, a.roleID)?.name ?? a.roleID, a.scope.kind.rawValue, unit, a.personID,
                    person?.name ?? "", person?.email ?? "", person?.phone ?? "", person?.status.rawValue ?? "",
                ])
            }
            for team in company.teams {
                for a in team.assignments { row(a, contract: nil, unit: strings(.teamUnit, ["team": team.name])) }
            }
            for contract in company.contracts {
                for a in contract.assignments { row(a, contract: contract, unit: "") }
                for asset in contract.assets {
                    let unit = asset.serialNumber.map { "\(asset.product) \($0)" } ?? asset.product
                    for a in asset.assignments { row(a, contract: contract, unit: unit) }
                }
            }
        }
        return rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// OWASP's advice for CSV injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return gets a leading single quote, so a spreadsheet shows it as text instead of running it.
    /// Then RFC 4180 quoting.
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import RolebookCore
import RolebookSource

/// Writes imported records as the YAML of docs/content-format.md, for those who would rather edit
/// than import every month: one `companies/<id>.yaml` per imported company (in full, hand-written
/// parts included, so it can replace the company's file), `resellers/<id>.yaml` per reseller made
/// from an export. Loading these files gives the model the exports gave (`ImportRoundTripTests`).
package struct ImportWriter {
    package var model: SiteModel
    package var imports: ImportedRecords

    package init(model: SiteModel, imports: ImportedRecords) {
        self.model = model
        self.imports = imports
    }

    /// Every file, by path under the site root, in path order.
    package func files() -> [(path: String, bytes: [UInt8])] {
        var files: [(String, String)] = []
        var written: Set<String> = []
        for company in model.companies where imports.companies.contains(company.id) {
            // A person listed by several companies is written once, by the first in the site's order:
            // person ids are global, and a second copy would be a duplicate.
            let people = company.personIDs.compactMap { model.peopleByID[$0] }.filter {
                !$0.location.path.hasPrefix("content/people/") && !written.contains($0.id)
            }
            written.formUnion(people.map(\.id))
            files.append(("content/companies/\(company.id).yaml", self.company(company, people: people)))
        }
        for reseller in model.resellers where imports.resellers.contains(reseller.id) {
            files.append(("content/resellers/\(reseller.id).yaml", self.reseller(reseller)))
        }
        return files.sorted { $0.0 < $1.0 }.map { ($0.0, Array($0.1.utf8)) }
    }

    private func company(_ company: Company, people: [Person]) -> String {
        var out = YAMLOut()
        out.line(
            "# Written by rolebook import from \(sources(of: company)); docs/content-format.md describes every key.")
        out.key("id", YAMLText.id(company.id))
        out.key("name", YAMLText.quoted(company.name))
        if let reseller = company.resellerID { out.key("reseller", YAMLText.id(reseller)) }
        if !people.isEmpty {
            out.line("people:")
            for person in people {
                out.item("id", YAMLText.id(person.id), indent: 1)
                out.key("name", YAMLText.quoted(person.name), indent: 2)
                out.key("email", YAMLText.quoted(person.email), indent: 2)
                if let phone = person.phone { out.key("phone", YAMLText.quoted(phone), indent: 2) }
                if let title = person.title { out.key("title", YAMLText.quoted(title), indent: 2) }
                if person.status != .active { out.key("status", person.status.rawValue, indent: 2) }
            }
        }
        if !company.teams.isEmpty {
            out.line("teams:")
            for team in company.teams {
                out.item("id", YAMLText.id(team.id), indent: 1)
                out.key("name", YAMLText.quoted(team.name), indent: 2)
                out.key("role_set", YAMLText.id(team.roleSetID), indent: 2)
                assignments(team.assignments, indent: 2, into: &out)
            }
        }
        if company.contracts.isEmpty {
            out.line("contracts: []")
        } else {
            out.line("contracts:")
        }
        for contract in company.contracts {
            out.item("id", YAMLText.id(contract.id), indent: 1)
            if let number = contract.contractNumber { out.key("contract_number", YAMLText.quoted(number), indent: 2) }
            if let id = contract.subscriptionID { out.key("subscription_id", YAMLText.quoted(id), indent: 2) }
            out.key("vendor", YAMLText.quoted(contract.vendor), indent: 2)
            out.key("role_set", YAMLText.id(contract.roleSetID), indent: 2)
            if let plan = contract.plan { out.key("plan", YAMLText.quoted(plan), indent: 2) }
            if let term = contract.term { out.key("term", YAMLText.quoted(term), indent: 2) }
            out.key("start", contract.start.description, indent: 2)
            out.key("end", contract.end.description, indent: 2)
            if contract.autoRenew { out.key("auto_renew", "true", indent: 2) }
            out.key("channel", contract.channel.rawValue, indent: 2)
            if contract.buyingExperience != .classic {
                out.key("buying_experience", YAMLText.quoted(contract.buyingExperience.rawValue), indent: 2)
            }
            if let team = contract.teamID { out.key("team", YAMLText.id(team), indent: 2) }
            if let reseller = contract.resellerID { out.key("reseller", YAMLText.id(reseller), indent: 2) }
            if !contract.assets.isEmpty {
                out.key("assets", "", indent: 2)
                for asset in contract.assets {
                    out.item("id", YAMLText.id(asset.id), indent: 3)
                    out.key("product", YAMLText.quoted(asset.product), indent: 4)
                    if let serial = asset.serialNumber {
                        out.key("serial_number", YAMLText.quoted(serial), indent: 4)
                    }
                    if let seats = asset.seats { out.key("seats", "\(seats)", indent: 4) }
                    assignments(asset.assignments, indent: 4, into: &out)
                }
            }
            assignments(contract.assignments, indent: 2, into: &out)
        }
        return out.text
    }

    private func assignments(_ assignments: [RoleAssignment], indent: Int, into out: inout YAMLOut) {
        guard !assignments.isEmpty else { return }
        out.key("assignments", "", indent: indent)
        for assignment in assignments {
            out.item("role", YAMLText.id(assignment.roleID), indent: indent + 1)
            out.key("person", YAMLText.id(assignment.personID), indent: indent + 2)
        }
    }

    private func reseller(_ reseller: Reseller) -> String {
        var out = YAMLOut()
        out.line(
            "# Written by rolebook import from \(reseller.location.path); add the contacts the export does not carry.")
        out.key("id", YAMLText.id(reseller.id))
        out.key("name", YAMLText.quoted(reseller.name))
        if let number = reseller.accountNumber { out.key("account_number", YAMLText.quoted(number)) }
        out.line(reseller.contacts.isEmpty ? "contacts: []" : "contacts:")
        for contact in reseller.contacts {
            out.item("purpose", contact.purpose.rawValue, indent: 1)
            if let name = contact.name { out.key("name", YAMLText.quoted(name), indent: 2) }
            if let phone = contact.phone { out.key("phone", YAMLText.quoted(phone), indent: 2) }
            if let email = contact.email { out.key("email", YAMLText.quoted(email), indent: 2) }
            if let url = contact.url { out.key("url", YAMLText.quoted(url), indent: 2) }
            if let hours = contact.hours { out.key("hours", YAMLText.quoted(hours), indent: 2) }
        }
        return out.text
    }

    /// The exports a company's records came from, for the file's first line.
    private func sources(of company: Company) -> String {
        let paths = Set(company.contracts.map(\.location.path) + company.teams.map(\.location.path))
            .filter { imports.files.contains($0) }
        return paths.isEmpty ? "exports" : paths.sorted().joined(separator: ", ")
    }
}

/// Lines of YAML, two spaces per level; list items start with `- ` one level in.
private struct YAMLOut {
    var text = ""

    mutating func line(_ line: String) { text += line + "\n" }

    mutating func key(_ key: String, _ value: String, indent: Int = 0) {
        line(String(repeating: "  ", count: indent) + key + ":" + (value.isEmpty ? "" : " " + value))
    }

    mutating func item(_ key: String, _ value: String, indent: Int) {
        line(String(repeating: "  ", count: indent) + "- " + key + ": " + value)
    }
}

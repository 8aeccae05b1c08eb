import RolebookCore

extension ExportImporter {
    /// One row of a users export: a person of the company, and the role they hold in their team.
    ///
    /// The Users export's columns and `role` values were not found in any source (domain.md
    /// section 6), so its aliases are marked inferred, and a role value is looked up like a role
    /// name in guidance: by id, display name or other name in the team's role set.
    mutating func readUser(_ record: CSVTable.Record, export: inout ExportFile) {
        let row = SourceLocation(path: export.file.path, line: record.line, column: 1)
        let columns = export.columns
        guard let emailCell = columns.value(.email, in: record) else {
            error("email is empty: every person of a users export has one", at: row)
            return
        }
        guard let companyIndex = company(of: record, export: export) else { return }
        let parts = [columns.value(.firstName, in: record), columns.value(.lastName, in: record)].compactMap { $0 }
            .filter { !MaskedValue.isMasked($0.text) }
        let name = parts.isEmpty ? nil : parts.map(\.trimmed).joined(separator: " ")
        guard
            let personID = person(
                email: emailCell, name: name.map { ($0, parts[0]) }, row: record, company: companyIndex,
                export: &export)
        else { return }
        guard let teamCell = columns.value(.team, in: record), let roleCell = columns.value(.role, in: record) else {
            return
        }
        let roleSetID = export.format.userManagementRoleSet ?? export.format.classicRoleSet ?? ""
        let teamID = site.team(
            teamCell.trimmed, in: companyIndex, roleSetID: roleSetID, roleSetLocation: export.format.roleSetsLocation,
            at: location(teamCell, in: export))
        guard let teamIndex = site.companies[companyIndex].teams.firstIndex(where: { $0.team.id == teamID }) else {
            return
        }
        let cellLocation = location(roleCell, in: export)
        site.companies[companyIndex].teams[teamIndex].holders.append(
            ImportedSite.Holder(
                role: roleCell.trimmed, fromExport: true, personID: personID, location: cellLocation,
                personLocation: location(emailCell, in: export)))
    }

    /// The id of the person an email cell names, made when first seen; a member of `company`.
    ///
    /// A masked email makes a masked person of its own, whatever other row looks alike. An email
    /// a hand-written person has is that person (a name the row states differently is a warning
    /// naming both). Nil, reported, for a value that is no email address.
    mutating func person(
        email cell: CSVTable.Cell, name: (text: String, cell: CSVTable.Cell)?, row record: CSVTable.Record,
        company: Int, export: inout ExportFile
    ) -> String? {
        let path = export.file.path
        let emailLocation = location(cell, in: export)
        if MaskedValue.isMasked(cell.text) {
            if export.lastMaskedLine != record.line {
                export.maskedRows += 1
                export.lastMaskedLine = record.line
            }
            if export.firstMasked == nil { export.firstMasked = emailLocation }
            let id = ImportID.masked(path: path, line: record.line)
            if site.personPosition(id) == nil {
                let file = path.split(separator: "/").last.map(String.init) ?? path
                site.add(
                    ImportedSite.Person(
                        person: Person(
                            id: id, name: "Masked person (\(file), line \(record.line))", email: "",
                            location: SourceLocation(path: path, line: record.line, column: 1)),
                        nameLocation: emailLocation, emailLocation: emailLocation, masked: true, nameFromEmail: false))
                records.people.insert(id)
                records.maskedPeople.insert(id)
            }
            site.addMember(id, to: company)
            return id
        }
        let email = cell.trimmed
        guard YAMLMap.isEmail(email) else {
            error("'\(email)' is not a valid email address", at: emailLocation)
            return nil
        }
        let nameLocation = name.map { location($0.cell, in: export) } ?? emailLocation
        if let id = site.personByEmail[email.lowercased()] {
            if let position = site.personPosition(id) {
                var known = site.people[position]
                if let name, known.nameFromEmail {
                    known.person.name = name.text
                    known.nameLocation = nameLocation
                    known.nameFromEmail = false
                    site.people[position] = known
                } else if let name, name.text != known.person.name {
                    warning(
                        "\(email) is named '\(name.text)' here but '\(known.person.name)' on line \(known.nameLocation.line) of \(known.nameLocation.path); the first is kept",
                        at: nameLocation, notes: [.init("named here first", at: known.nameLocation)])
                }
            } else if let written = handWrittenPeople[id], let name, name.text != written.name {
                warning(
                    "\(email) is written by hand as '\(written.id)', named '\(written.name)', but the export names them '\(name.text)'; the hand-written person is kept",
                    at: nameLocation, notes: [.init("the hand-written person is here", at: written.location)])
            }
            site.addMember(id, to: company)
            return id
        }
        var id = ImportID.person(email: email)
        var count = 1
        while site.personPosition(id) != nil || handWrittenPeople[id] != nil {
            count += 1
            id = ImportID.person(email: email) + "-\(count)"
        }
        site.add(
            ImportedSite.Person(
                person: Person(
                    id: id, name: name?.text ?? email, email: email,
                    location: SourceLocation(path: path, line: record.line, column: 1)),
                nameLocation: nameLocation, emailLocation: emailLocation, masked: false, nameFromEmail: name == nil))
        records.people.insert(id)
        site.addMember(id, to: company)
        return id
    }
}

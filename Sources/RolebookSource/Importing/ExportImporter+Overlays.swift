import RolebookCore

/// The merge rule of docs/importing.md, in one place:
///
/// - An overlay sets silently what exports never carry: people's titles, phones and departed
///   status, who holds which role, a subscription's serial number, a company's or contract's
///   reseller when the export names none, the role set, channel and buying experience the rule chose.
/// - A value the export also states (dates, term, plan, team, product, seats, a name, an email,
///   the export's reseller or Contract Manager) is taken from the overlay when they differ, with a
///   warning at the overlay's value and a note at the export's cell, so that the overlay can be
///   removed once the export is right.
/// - An entry whose record no export has any more (the contract ended, the person's account was
///   deleted) is a warning at the entry, and nothing is made of it, except a person given with
///   id, name and email, who is kept as a person of the company.
/// - Overlays complete imported records only: a hand-written record is changed where it is written.
extension ExportImporter {
    mutating func apply(_ overlay: Overlay) {
        let companyID = overlay.company.value
        guard let companyIndex = site.companyIndex(of: companyID) else {
            if let written = handWrittenCompanies[companyID] {
                warning(
                    "company '\(companyID)' is imported from no export, and overlays complete imported records: write these values in \(written.location.path)",
                    at: overlay.company.location)
            } else {
                warning(
                    "company '\(companyID)' is in no export: nothing in this overlay is used (is the export missing, or its company named differently?)",
                    at: overlay.company.location)
            }
            return
        }
        if let name = overlay.name {
            let company = site.companies[companyIndex]
            if let exportLocation = company.nameLocation, company.name != name.value {
                differs("the name of company '\(companyID)'", name.value, company.name, name.location, exportLocation)
            }
            site.companies[companyIndex].name = name.value
            site.companies[companyIndex].nameLocation = nil
        }
        if let reseller = overlay.reseller {
            site.companies[companyIndex].resellerID = reseller.value
            site.companies[companyIndex].resellerLocation = reseller.location
        }
        for entry in overlay.people where claim("person", entry.id?.value ?? entry.email?.value ?? "", entry.location) {
            apply(entry, company: companyIndex)
        }
        for entry in overlay.teams where claim("team", entry.id.value, entry.location) {
            apply(entry, company: companyIndex)
        }
        for entry in overlay.contracts where claim("contract", entry.id.value, entry.location) {
            apply(entry, company: companyIndex)
        }
    }

    /// Whether this is the first overlay entry for a record; a second is an error.
    private mutating func claim(_ kind: String, _ id: String, _ location: SourceLocation) -> Bool {
        let key = "\(kind) \(id.lowercased())"
        if let first = overlayEntries[key] {
            error(
                "a second overlay entry for \(kind) '\(id)': keep one", at: location,
                notes: [.init("the first is here", at: first)])
            return false
        }
        overlayEntries[key] = location
        return true
    }

    /// A value both the overlay and the export state, differently: the overlay's is used.
    private mutating func differs(
        _ what: String, _ overlay: String, _ export: String, _ overlayLocation: SourceLocation,
        _ exportLocation: SourceLocation
    ) {
        warning(
            "the overlay gives \(what) as '\(overlay)', the export as '\(export)': the overlay's is used (remove it from the overlay once the export is right)",
            at: overlayLocation, notes: [.init("the export says it here", at: exportLocation)])
    }

    // MARK: - People

    private mutating func apply(_ entry: Overlay.Person, company: Int) {
        let id = entry.id?.value ?? entry.email.flatMap { site.personByEmail[$0.value.lowercased()] }
        let label = entry.id?.value ?? entry.email?.value ?? ""
        if let id, let position = site.personPosition(id) {
            var imported = site.people[position]
            if let name = entry.name {
                if !imported.nameFromEmail, !imported.masked, imported.person.name != name.value {
                    differs(
                        "the name of '\(id)'", name.value, imported.person.name, name.location, imported.nameLocation)
                }
                imported.person.name = name.value
            }
            if let email = entry.email, email.value.lowercased() != imported.person.email.lowercased() {
                if !imported.masked {
                    differs(
                        "the email of '\(id)'", email.value, imported.person.email, email.location,
                        imported.emailLocation)
                }
                imported.person.email = email.value
            }
            if let phone = entry.phone { imported.person.phone = phone }
            if let title = entry.title { imported.person.title = title }
            if let status = entry.status {
                imported.person.status = status.value
                imported.person.statusLocation = status.location
            }
            site.people[position] = imported
            site.addMember(id, to: company)
            return
        }
        if let id, let written = handWrittenPeople[id] {
            warning(
                "'\(id)' is written by hand, and overlays complete imported records: change them in \(written.location.path)",
                at: entry.location)
            return
        }
        guard let newID = entry.id, let name = entry.name, let email = entry.email else {
            warning(
                "person '\(label)' is in no export (their account may have been removed): nothing is made of this entry; remove it, or give id, name and email to keep them as a person of the company",
                at: entry.location)
            return
        }
        // Someone exports do not list (a consultant, a departed Contract Manager): made whole here.
        site.add(
            ImportedSite.Person(
                person: Person(
                    id: newID.value, name: name.value, email: email.value, phone: entry.phone, title: entry.title,
                    status: entry.status?.value ?? .active, statusLocation: entry.status?.location,
                    location: entry.location),
                nameLocation: name.location, emailLocation: email.location, masked: false, nameFromEmail: false))
        records.people.insert(newID.value)
        site.addMember(newID.value, to: company)
    }

    // MARK: - Teams

    private mutating func apply(_ entry: Overlay.Team, company: Int) {
        guard let index = site.companies[company].teams.firstIndex(where: { $0.team.id == entry.id.value }) else {
            let known = site.companies[company].teams.map(\.team.id)
            warning(
                "team '\(entry.id.value)' is in no export of company '\(site.companies[company].id)': nothing is made of this entry"
                    + Suggestion.didYouMean(entry.id.value, among: known),
                at: entry.id.location)
            return
        }
        var team = site.companies[company].teams[index]
        if let name = entry.name {
            if name.value != team.team.name {
                differs(
                    "the name of team '\(team.team.id)'", name.value, team.team.name, name.location, team.nameLocation)
            }
            team.team.name = name.value
        }
        team.holders += entry.assignments.map(holder)
        site.companies[company].teams[index] = team
    }

    private func holder(_ assignment: Overlay.Assignment) -> ImportedSite.Holder {
        ImportedSite.Holder(
            role: assignment.role, fromExport: false,
            personID: assignment.person.contains("@")
                ? site.personByEmail[assignment.person.lowercased()] ?? assignment.person : assignment.person,
            location: assignment.location, personLocation: assignment.personLocation)
    }

    // MARK: - Contracts

    private mutating func apply(_ entry: Overlay.Contract, company: Int) {
        let id = entry.id.value
        guard let position = site.contractPosition(id), position.company == company else {
            if let position = site.contractPosition(id) {
                error(
                    "contract '\(id)' is imported for company '\(site.companies[position.company].id)', not '\(site.companies[company].id)'",
                    at: entry.id.location)
            } else if let written = handWrittenCompanies.values.lazy.flatMap(\.contracts).first(where: { $0.id == id })
            {
                warning(
                    "contract '\(id)' is written by hand, and overlays complete imported records: change it in \(written.location.path)",
                    at: entry.id.location)
            } else {
                let known = site.companies[company].contracts.map(\.contract.id)
                warning(
                    "contract '\(id)' is in no export (it may have ended, or been renewed under another number): nothing is made of this entry"
                        + Suggestion.didYouMean(id, among: known),
                    at: entry.id.location)
            }
            return
        }
        var imported = site.companies[position.company].contracts[position.contract]
        let number = imported.contract.displayNumber
        func exported(_ field: ExportField) -> SourceLocation { imported.fields[field] ?? imported.contract.location }
        if let roleSet = entry.roleSet {
            imported.contract.roleSetID = roleSet.value
            imported.contract.roleSetLocation = roleSet.location
        }
        if let reseller = entry.reseller {
            if let stated = imported.contract.resellerID, imported.fields[.resellerName] != nil,
                stated != reseller.value
            {
                differs(
                    "the reseller of contract \(number)", reseller.value, stated, reseller.location,
                    exported(.resellerName))
            }
            imported.contract.resellerID = reseller.value
            imported.contract.resellerLocation = reseller.location
        }
        if let channel = entry.channel { imported.contract.channel = channel.value }
        if let experience = entry.buyingExperience { imported.contract.buyingExperience = experience.value }
        if let plan = entry.plan {
            if imported.fields[.plan] != nil, imported.contract.plan != plan.value {
                differs(
                    "the plan of contract \(number)", plan.value, imported.contract.plan ?? "", plan.location,
                    exported(.plan))
            }
            imported.contract.plan = plan.value
        }
        if let term = entry.term {
            if imported.fields[.term] != nil, imported.contract.term != term.value {
                differs(
                    "the term of contract \(number)", term.value, imported.contract.term ?? "", term.location,
                    exported(.term))
            }
            imported.contract.term = term.value
        }
        if let start = entry.start {
            if start.value != imported.contract.start {
                differs(
                    "the start of contract \(number)", start.value.description, imported.contract.start.description,
                    start.location, exported(.startDate))
            }
            imported.contract.start = start.value
        }
        if let end = entry.end {
            if end.value != imported.contract.end {
                differs(
                    "the end of contract \(number)", end.value.description, imported.contract.end.description,
                    end.location,
                    imported.fields[.endDate] ?? exported(.autorenewDate))
            }
            imported.contract.end = end.value
        }
        if let autoRenew = entry.autoRenew {
            if autoRenew.value != imported.contract.autoRenew {
                differs(
                    "automatic renewal of contract \(number)", "\(autoRenew.value)", "\(imported.contract.autoRenew)",
                    autoRenew.location, exported(.autorenewDate))
            }
            imported.contract.autoRenew = autoRenew.value
        }
        if let team = entry.team {
            if let stated = imported.teamID, stated != team.value {
                differs("the team of contract \(number)", team.value, stated, team.location, exported(.team))
            }
            imported.teamID = team.value
            imported.fields[.team] = team.location
        }
        imported.holders += entry.assignments.map(holder)
        for assetEntry in entry.assets {
            guard let index = imported.assets.firstIndex(where: { $0.asset.id == assetEntry.id.value }) else {
                warning(
                    "subscription '\(assetEntry.id.value)' is in no export row of contract \(number): nothing is made of this entry"
                        + Suggestion.didYouMean(assetEntry.id.value, among: imported.assets.map(\.asset.id)),
                    at: assetEntry.id.location)
                continue
            }
            var asset = imported.assets[index]
            if let product = assetEntry.product {
                if product.value != asset.asset.product {
                    differs(
                        "the product of subscription '\(asset.asset.id)'", product.value, asset.asset.product,
                        product.location, asset.fields[.offeringName] ?? asset.asset.location)
                }
                asset.asset.product = product.value
            }
            if let seats = assetEntry.seats {
                if let stated = asset.asset.seats, stated != seats.value {
                    differs(
                        "the seats of subscription '\(asset.asset.id)'", "\(seats.value)", "\(stated)", seats.location,
                        asset.fields[.seatQuantity] ?? asset.asset.location)
                }
                asset.asset.seats = seats.value
            }
            if let serial = assetEntry.serialNumber { asset.asset.serialNumber = serial }
            asset.holders += assetEntry.assignments.map(holder)
            imported.assets[index] = asset
        }
        site.companies[position.company].contracts[position.contract] = imported
    }
}

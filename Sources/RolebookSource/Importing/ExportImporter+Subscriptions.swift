import RolebookCore

extension ExportImporter {
    /// One row of a subscriptions export: a subscription (an asset) of a contract, grouped by
    /// contract number; without one, the subscription is its own contract.
    mutating func readSubscription(_ record: CSVTable.Record, export: inout ExportFile) {
        let path = export.file.path
        let row = SourceLocation(path: path, line: record.line, column: 1)
        let columns = export.columns
        let numberCell = columns.value(.contractNumber, in: record)
        let subscriptionCell = columns.value(.subscriptionID, in: record)
        guard let keyCell = numberCell ?? subscriptionCell else {
            error("this row has neither a contract_number nor a subscription_id", at: row)
            return
        }
        let number = numberCell?.trimmed
        let subscription = subscriptionCell?.trimmed
        let offeringCell = columns.value(.offeringName, in: record)
        if offeringCell == nil { error("offering_name is empty: every subscription names its product", at: row) }
        let start = columns.value(.startDate, in: record).flatMap { export.dates.day($0, column: "start_date") }
        if columns.value(.startDate, in: record) == nil { error("start_date is empty", at: row) }
        let endCell = columns.value(.endDate, in: record) ?? columns.value(.autorenewDate, in: record)
        let endColumn = columns.value(.endDate, in: record) == nil ? "autorenew_date" : "end_date"
        let end = endCell.flatMap { export.dates.day($0, column: endColumn) }
        if endCell == nil {
            error("end_date and autorenew_date are both empty: the row says nothing of when it ends", at: row)
        }
        let autoRenewCell = columns.value(.autorenewDate, in: record)
        var seats: Int?
        if let cell = columns.value(.seatQuantity, in: record) {
            seats = Int(cell.trimmed)
            if seats == nil || seats! < 0 {
                error("seat_quantity '\(cell.trimmed)' is not a whole number", at: location(cell, in: export))
                seats = nil
            }
        }
        guard let offeringCell, let start, let end else { return }
        if start > end {
            error(
                "the subscription starts (\(start)) after it ends (\(end))",
                at: location(columns.value(.startDate, in: record)!, in: export))
            return
        }
        let term = columns.value(.term, in: record)?.trimmed
        let plan = columns.value(.plan, in: record)?.trimmed
        if let handWritten = handWrittenContract(number: number, subscription: subscription) {
            compare(
                record, export: export, with: handWritten.contract,
                values: (start, end, term, plan, autoRenewCell != nil))
            return
        }
        guard let companyIndex = company(of: record, export: export) else { return }
        let companyID = site.companies[companyIndex].id
        let contractID = ImportID.slug(number ?? subscription!)
        let teamCell = columns.value(.team, in: record)
        let resellerCell = columns.value(.resellerName, in: record)
        let resellerID = resellerCell.map {
            reseller(named: $0, email: columns.value(.resellerEmail, in: record), export: export)
        }
        var holders: [ImportedSite.Holder] = []
        if let cell = columns.value(.contractManagerEmail, in: record), let role = export.format.managerRole,
            let personID = person(email: cell, name: nil, row: record, company: companyIndex, export: &export)
        {
            let cellLocation = location(cell, in: export)
            holders.append(
                ImportedSite.Holder(
                    role: role, fromExport: true, personID: personID, location: cellLocation,
                    personLocation: cellLocation))
        }
        var asset = RolebookCore.Asset(
            id: "", contractID: contractID, product: offeringCell.trimmed,
            serialNumber: columns.value(.serialNumber, in: record)?.trimmed, seats: seats, location: row)
        var assetFields: [ExportField: SourceLocation] = [.offeringName: location(offeringCell, in: export)]
        if let cell = columns.value(.seatQuantity, in: record) {
            assetFields[.seatQuantity] = location(cell, in: export)
        }
        if let position = site.contractPosition(contractID) {
            var existing = site.companies[position.company].contracts[position.contract]
            guard existing.file == path, position.company == companyIndex else {
                let other = existing.contract.location
                error(
                    "contract \(number ?? subscription!) is also in \(other.path) (company '\(site.companies[position.company].id)'): each contract comes from one export",
                    at: location(keyCell, in: export), notes: [.init("it is read here first", at: other)])
                return
            }
            // Later rows of a contract add subscriptions; the contract runs from the earliest start
            // to the latest end, and what the first row said of the rest is kept, with a warning.
            existing.contract.start = min(existing.contract.start, start)
            existing.contract.end = max(existing.contract.end, end)
            existing.contract.autoRenew = existing.contract.autoRenew || autoRenewCell != nil
            agree(existing, field: .term, existing.contract.term, term, record: record, export: export)
            agree(existing, field: .plan, existing.contract.plan, plan, record: record, export: export)
            agree(
                existing, field: .team, existing.teamID,
                teamCell.map { ImportID.team(company: companyID, name: $0.trimmed) }, record: record, export: export)
            agree(
                existing, field: .resellerName, existing.contract.resellerID, resellerID, record: record, export: export
            )
            if let holder = holders.first {
                if let first = existing.holders.first(where: { $0.fromExport }) {
                    if first.personID != holder.personID {
                        warning(
                            "contract \(existing.contract.displayNumber): contract_manager_email is '\(holder.personID)' here but '\(first.personID)' on line \(first.location.line); the first row's is kept",
                            at: holder.location, notes: [.init("the first row says it here", at: first.location)])
                    }
                } else {
                    existing.holders.append(holder)
                }
            }
            asset.id = assetID(subscription: subscription, contractID: contractID, product: asset.product, in: existing)
            guard claimAsset(asset.id, at: row, subscription: subscriptionCell, export: export) else { return }
            existing.assets.append(ImportedSite.Asset(asset: asset, fields: assetFields))
            site.companies[position.company].contracts[position.contract] = existing
            return
        }
        let roleSetID = roleSet(contractNumber: number, team: teamCell, export: export)
        let channel: Contract.Channel = resellerID != nil ? .reseller : number != nil ? .direct : .onlineStore
        var contract = RolebookCore.Contract(
            id: contractID, companyID: companyID, contractNumber: number,
            subscriptionID: number == nil ? subscription : nil,
            vendor: export.format.vendor, roleSetID: roleSetID.id, roleSetLocation: roleSetID.location, plan: plan,
            term: term, start: start, end: end, autoRenew: autoRenewCell != nil, channel: channel,
            buyingExperience: number == nil && resellerID != nil ? .newBuyingExperience2024 : .classic,
            resellerID: resellerID, resellerLocation: resellerCell.map { location($0, in: export) }, location: row)
        contract.assets = []
        var imported = ImportedSite.Contract(contract: contract, file: path, holders: holders)
        for (field, cell) in [
            (ExportField.startDate, columns.value(.startDate, in: record)), (.endDate, endCell),
            (.term, columns.value(.term, in: record)),
            (.plan, columns.value(.plan, in: record)), (.team, teamCell), (.resellerName, resellerCell),
            (.autorenewDate, autoRenewCell),
        ] {
            if let cell { imported.fields[field] = location(cell, in: export) }
        }
        if let teamCell {
            let teamRoleSet = export.format.userManagementRoleSet ?? roleSetID.id
            imported.teamID = site.team(
                teamCell.trimmed, in: companyIndex, roleSetID: teamRoleSet,
                roleSetLocation: export.format.roleSetsLocation, at: location(teamCell, in: export))
        }
        asset.id = assetID(subscription: subscription, contractID: contractID, product: asset.product, in: imported)
        guard claimAsset(asset.id, at: row, subscription: subscriptionCell, export: export) else { return }
        imported.assets.append(ImportedSite.Asset(asset: asset, fields: assetFields))
        site.add(imported, to: companyIndex)
    }

    /// The rule of docs/importing.md: the sidecar's role set; else a contract number without a
    /// team is managed in the classic view ("reseller purchase → contract number", and "teams
    /// are not supported in Classic user management", domain.md [A27][A29]); everything else in
    /// user management. An overlay's `role_set` overrides it per contract.
    private func roleSet(contractNumber: String?, team: CSVTable.Cell?, export: ExportFile) -> (
        id: String, location: SourceLocation
    ) {
        if let id = export.sidecar.roleSetID {
            return (id, export.sidecar.roleSetLocation ?? export.sidecar.formatLocation)
        }
        let classic = contractNumber != nil && team == nil
        let id = classic ? export.format.classicRoleSet : export.format.userManagementRoleSet
        return (
            id ?? export.format.classicRoleSet ?? export.format.userManagementRoleSet ?? "",
            export.format.roleSetsLocation
        )
    }

    /// An asset's id: its subscription id; without one (older contract-number exports), the
    /// contract's id and the product, numbered when a contract has the product twice.
    private func assetID(subscription: String?, contractID: String, product: String, in contract: ImportedSite.Contract)
        -> String
    {
        if let subscription { return ImportID.slug(subscription) }
        let base = ImportID.slug("\(contractID) \(product)")
        var id = base
        var count = 1
        while contract.assets.contains(where: { $0.asset.id == id }) {
            count += 1
            id = "\(base)-\(count)"
        }
        return id
    }

    /// Records an asset id; false (reported) when an earlier row already made it.
    private mutating func claimAsset(
        _ id: String, at row: SourceLocation, subscription: CSVTable.Cell?, export: ExportFile
    ) -> Bool {
        if let first = assetRows[id] {
            error(
                "subscription \(subscription?.trimmed ?? id) is in the export twice",
                at: subscription.map { location($0, in: export) } ?? row, notes: [.init("first here", at: first)])
            return false
        }
        assetRows[id] = row
        return true
    }

    /// Warns when a later row of a contract states a contract-wide value differently from its first row.
    private mutating func agree(
        _ contract: ImportedSite.Contract, field: ExportField, _ first: String?, _ here: String?,
        record: CSVTable.Record, export: ExportFile
    ) {
        guard first != here, let cell = export.columns.cell(field, in: record) else { return }
        let firstLocation = contract.fields[field] ?? contract.contract.location
        warning(
            "contract \(contract.contract.displayNumber): \(field.label) is '\(cell.trimmed)' here but '\(first ?? "")' on line \(firstLocation.line); the first row's is kept",
            at: location(cell, in: export), notes: [.init("the first row says it here", at: firstLocation)])
    }

    // MARK: - Hand-written contracts

    private func handWrittenContract(number: String?, subscription: String?) -> (contract: Contract, companyID: String)?
    {
        if let number, let found = handWrittenContracts[number], found.contract.contractNumber == number {
            return found
        }
        if let subscription, let found = handWrittenContracts[subscription],
            found.contract.subscriptionID == subscription
        {
            return found
        }
        return nil
    }

    /// A row of a contract that is written by hand: the hand-written contract stays as written, and
    /// each value the row states differently is a warning at the cell with a note at the contract.
    private mutating func compare(
        _ record: CSVTable.Record, export: ExportFile, with contract: Contract,
        values: (start: Day, end: Day, term: String?, plan: String?, autoRenew: Bool)
    ) {
        let columns = export.columns
        var differences: [(CSVTable.Cell, String)] = []
        func check(_ field: ExportField, _ row: String?, _ written: String?) {
            guard let row, row != written, let cell = columns.value(field, in: record) else { return }
            differences.append((cell, "\(field.label) is \(row) here, \(written ?? "not given") by hand"))
        }
        check(.startDate, values.start.description, contract.start.description)
        check(
            columns.value(.endDate, in: record) == nil ? .autorenewDate : .endDate, values.end.description,
            contract.end.description)
        check(.term, values.term, contract.term)
        check(.plan, values.plan, contract.plan)
        if values.autoRenew != contract.autoRenew, let cell = columns.cell(.autorenewDate, in: record) {
            differences.append(
                (
                    cell,
                    "the row \(values.autoRenew ? "renews" : "does not renew") automatically, the hand-written contract \(contract.autoRenew ? "does" : "does not")"
                ))
        }
        for (cell, difference) in differences {
            warning(
                "contract \(contract.displayNumber) is written by hand as '\(contract.id)', and the export disagrees: \(difference); the hand-written contract is kept",
                at: location(cell, in: export),
                notes: [.init("the hand-written contract is here", at: contract.location)])
        }
    }

    // MARK: - Resellers

    /// The reseller a row names: a hand-written one with that name or id, else one made from the
    /// export (its email as a renewals contact), shared by every row that names it.
    mutating func reseller(named cell: CSVTable.Cell, email: CSVTable.Cell?, export: ExportFile) -> String {
        let name = cell.trimmed
        let id = ImportID.slug(name)
        if let written = handWrittenResellers.first(where: {
            $0.id == id || RoleSet.normalized($0.name) == RoleSet.normalized(name)
        }) {
            return written.id
        }
        if site.resellers.contains(where: { $0.id == id }) { return id }
        var contacts: [Reseller.Contact] = []
        if let email, YAMLMap.isEmail(email.trimmed) {
            contacts.append(
                Reseller.Contact(purpose: .renewals, email: email.trimmed, location: location(email, in: export)))
        }
        site.resellers.append(Reseller(id: id, name: name, contacts: contacts, location: location(cell, in: export)))
        records.resellers.insert(id)
        return id
    }
}

import RolebookCore
import RolebookRender

/// Fingerprints the data each page shows, so an incremental build renders exactly the pages whose
/// data changed.
///
/// A page's fingerprint combines the fingerprints of the records it shows, and which records those
/// are: a page that showed a contract before an edit and no longer does changes its fingerprint
/// too. Records are a company's own fields (with its teams), a contract with its assets and
/// assignments, and a person. Role sets, resellers, guides, contact chains, settings and the theme
/// are global: every page depends on them.
///
/// A page of an A–Z index (people, contracts by company, a role's holders, the audit list) shows
/// the rows in its range and a letter bar built from every row's name: it depends on the list's
/// names and ids in order (its frame), and on the records of its own rows only. A guide × role page
/// lists the contracts of its role set by number and company. Only the home page and the change
/// pages summarise every record.
struct PageFingerprinter {
    let model: SiteModel
    let index: SiteIndex
    let order: IndexOrder
    let global: UInt64
    private var companies: [String: UInt64] = [:]
    private var contracts: [String: UInt64] = [:]
    private var people: [String: UInt64] = [:]
    /// A contract with its company and everyone who holds a role on it: what a contract's pages show.
    private var contractClosures: [String: UInt64] = [:]
    /// A company with its contracts and its people: what its own pages and its index rows show.
    private var companyWholes: [String: UInt64] = [:]
    /// A person with the companies and contracts of their roles: what their page shows.
    private var personWholes: [String: UInt64] = [:]
    /// The home page and the change pages depend on all of it.
    private var everything: UInt64 = 0
    /// Each A–Z list's rows, ids and names in order: what its letter bars and page titles are made of.
    private var peopleFrame: UInt64 = 0
    private var companiesFrame: UInt64 = 0
    private var actionsFrame: UInt64 = 0
    private var holdersFrames: [RoleKey: UInt64] = [:]

    /// - Parameter fileHashes: every content file's hash; all but companies and people are global.
    /// - Parameter options: build options that change page bytes (reports on, paper size).
    init(index: SiteIndex, order: IndexOrder, themeHash: UInt64, fileHashes: [String: UInt64], options: String) {
        self.model = index.model
        self.index = index
        self.order = order
        var hasher = StableHasher()
        hasher.combine(themeHash)
        hasher.combine(options)
        for (path, hash) in fileHashes.sorted(by: { $0.key < $1.key })
        where !path.hasPrefix("content/companies/") && !path.hasPrefix("content/people/") {
            hasher.combine(path)
            hasher.combine(hash)
        }
        global = hasher.value
        var all = StableHasher()
        for company in model.companies {
            companies[company.id] = Self.fingerprint(company)
            all.combine(companies[company.id]!)
            for contract in company.contracts {
                contracts[contract.id] = Self.fingerprint(contract)
                all.combine(contracts[contract.id]!)
            }
        }
        for person in model.people {
            people[person.id] = Self.fingerprint(person)
            all.combine(people[person.id]!)
        }
        everything = all.value
        // Computed once per contract, not once per page that shows it: a contract with 50 users
        // is shown on 50 person pages.
        for company in model.companies {
            for contract in company.contracts {
                var closure = StableHasher()
                closure.combine("k:", contract.id, contracts[contract.id])
                closure.combine("c:", company.id, companies[company.id])
                for personID in holders(of: contract) { closure.combine("p:", personID, people[personID]) }
                contractClosures[contract.id] = closure.value
            }
        }
        // Once per company and person, not once per page or index row that shows them.
        for company in model.companies {
            var whole = StableHasher()
            whole.combine("c:", company.id, companies[company.id])
            for held in company.contracts { whole.combine("k:", held.id, contractClosures[held.id]) }
            for personID in SiteIndex.peopleIDs(in: company) { whole.combine("p:", personID, people[personID]) }
            companyWholes[company.id] = whole.value
        }
        for person in model.people {
            var whole = StableHasher()
            whole.combine("p:", person.id, people[person.id])
            for holding in index.holdingsByPerson[person.id] ?? [] {
                whole.combine("c:", holding.companyID, companies[holding.companyID])
                for held in index.contracts(of: holding) { whole.combine("k:", held.id, contractClosures[held.id]) }
            }
            personWholes[person.id] = whole.value
        }
        let model = model
        func frame(_ rows: [Int], of list: (Int) -> (id: String, name: String)) -> UInt64 {
            var hasher = StableHasher()
            for row in rows {
                let (id, name) = list(row)
                hasher.combine(id)
                hasher.combine(name)
            }
            return hasher.value
        }
        let company = { (position: Int) in (model.companies[position].id, model.companies[position].name) }
        peopleFrame = frame(order.people) { (model.people[$0].id, model.people[$0].name) }
        companiesFrame = frame(order.companies, of: company)
        actionsFrame = frame(order.actionCompanies, of: company) ^ UInt64(order.actionCount)
        for (key, held) in order.holders { holdersFrames[key] = frame(held, of: company) }
    }

    func fingerprint(of page: PlannedPage) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(page.path)
        hasher.combine(global)
        func contract(_ id: String) { hasher.combine("k:", id, contractClosures[id]) }
        func company(_ id: String) { hasher.combine("c:", id, companies[id]) }
        func companyWhole(_ id: String) { hasher.combine("C:", id, companyWholes[id]) }
        func personWhole(_ id: String) { hasher.combine("P:", id, personWholes[id]) }
        /// An A–Z page: its list's frame, then the records of the rows it shows.
        func rows(
            _ frame: UInt64?, _ pages: AlphabeticalPages?, _ key: String, _ positions: [Int], _ row: (Int) -> Void
        ) {
            hasher.combine(frame ?? 0)
            for position in pages?.rows(on: key, count: positions.count) ?? 0..<0 { row(positions[position]) }
        }
        switch page.kind {
        case .home, .changes, .companyChanges:
            hasher.combine(everything)
        case .guides, .roles, .authors, .guide, .review:
            break
        case .guideRole(_, let key):
            // The contracts of its role set, each by number and company, and what a procedure's
            // conditions read (channel, buying experience).
            for held in model.companies {
                for listed in held.contracts where listed.roleSetID == key.roleSetID {
                    for field in [
                        listed.id, listed.displayNumber, held.name, listed.channel.rawValue,
                        listed.buyingExperience.rawValue,
                    ] { hasher.combine(field) }
                }
            }
        case .people(let key):
            rows(peopleFrame, order.peoplePages, key, order.people) { position in
                let id = model.people[position].id
                personWhole(id)
                for listed in order.companiesOfPerson[id] ?? [] { company(model.companies[listed].id) }
            }
        case .contracts(let key):
            rows(companiesFrame, order.companyPages, key, order.companies) { companyWhole(model.companies[$0].id) }
        case .siteActions(let key):
            rows(actionsFrame, order.actionPages, key, order.actionCompanies) {
                companyWhole(model.companies[$0].id)
            }
        case .role(let key), .roleHolders(let key, _):
            let part = if case .roleHolders(_, let part) = page.kind { part } else { "" }
            rows(holdersFrames[key], order.holderPages[key], part, order.holders[key] ?? []) {
                companyWhole(model.companies[$0].id)
            }
        case .company(let id), .companyContacts(let id), .actions(company: let id), .report(let id):
            companyWhole(id)
        case .contract(let id), .contractRole(let id, _):
            contract(id)
        case .person(let id), .packet(let id):
            personWhole(id)
        }
        return hasher.value
    }

    /// Everyone a contract's pages may name: holders of its contract, asset and team roles.
    private func holders(of contract: Contract) -> [String] {
        model.assignments(applyingTo: contract).map(\.personID)
    }

    static func fingerprint(_ person: Person) -> UInt64 {
        var h = StableHasher()
        for field in [
            person.id, person.name, person.email, person.phone ?? "", person.title ?? "", person.status.rawValue,
        ] {
            h.combine(field)
        }
        return h.value
    }

    static func fingerprint(_ company: Company) -> UInt64 {
        var h = StableHasher()
        for field in [company.id, company.name, company.resellerID ?? ""] + company.personIDs { h.combine(field) }
        for team in company.teams {
            for field in [team.id, team.name, team.roleSetID] { h.combine(field) }
            for a in team.assignments { h.combine(a.roleID + "=" + a.personID) }
        }
        return h.value
    }

    static func fingerprint(_ contract: Contract) -> UInt64 {
        var h = StableHasher()
        let fields: [String] = [
            contract.id, contract.companyID, contract.contractNumber ?? "", contract.subscriptionID ?? "",
            contract.vendor, contract.roleSetID, contract.plan ?? "", contract.term ?? "", contract.start.description,
            contract.end.description, String(contract.autoRenew), contract.channel.rawValue,
            contract.buyingExperience.rawValue, contract.teamID ?? "", contract.resellerID ?? "",
        ]
        for field in fields { h.combine(field) }
        for a in contract.assignments { h.combine(a.roleID + "=" + a.personID) }
        for asset in contract.assets {
            for field in [asset.id, asset.product, asset.serialNumber ?? "", asset.seats.map(String.init) ?? ""] {
                h.combine(field)
            }
            for a in asset.assignments { h.combine(a.roleID + "=" + a.personID) }
        }
        return h.value
    }
}

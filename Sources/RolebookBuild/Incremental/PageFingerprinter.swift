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
struct PageFingerprinter {
    let model: SiteModel
    let index: SiteIndex
    let global: UInt64
    private var companies: [String: UInt64] = [:]
    private var contracts: [String: UInt64] = [:]
    private var people: [String: UInt64] = [:]
    /// A contract with its company and everyone who holds a role on it: what a contract's pages show.
    private var contractClosures: [String: UInt64] = [:]
    /// Pages that summarise the whole site (home, role pages, guide × role pages) depend on all of it.
    private var everything: UInt64 = 0

    /// - Parameter fileHashes: every content file's hash; all but companies and people are global.
    /// - Parameter options: build options that change page bytes (reports on, paper size).
    init(index: SiteIndex, themeHash: UInt64, fileHashes: [String: UInt64], options: String) {
        self.model = index.model
        self.index = index
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
                closure.combine("k:" + contract.id)
                closure.combine(contracts[contract.id] ?? 0)
                closure.combine("c:" + company.id)
                closure.combine(companies[company.id] ?? 0)
                for personID in holders(of: contract) {
                    closure.combine("p:" + personID)
                    closure.combine(people[personID] ?? 0)
                }
                contractClosures[contract.id] = closure.value
            }
        }
    }

    func fingerprint(of page: PlannedPage) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(page.path)
        hasher.combine(global)
        func contract(_ id: String) {
            hasher.combine("k:" + id)
            hasher.combine(contractClosures[id] ?? 0)
        }
        func company(_ id: String) {
            hasher.combine("c:" + id)
            hasher.combine(companies[id] ?? 0)
        }
        func person(_ id: String) {
            hasher.combine("p:" + id)
            hasher.combine(people[id] ?? 0)
        }
        switch page.kind {
        case .home, .role, .guideRole, .changes, .companyChanges:
            hasher.combine(everything)
        case .guides, .roles, .authors, .guide, .review:
            break
        case .people, .contracts, .roleHolders, .siteActions:
            // An A–Z page shows whoever falls in its range, which any change may move.
            hasher.combine(everything)
        case .company(let id), .companyContacts(let id), .actions(company: let id), .report(let id):
            company(id)
            for held in model.companiesByID[id]?.contracts ?? [] { contract(held.id) }
            if let held = model.companiesByID[id] { for personID in SiteIndex.peopleIDs(in: held) { person(personID) } }
        case .contract(let id), .contractRole(let id, _):
            contract(id)
        case .person(let id), .packet(let id):
            person(id)
            for holding in index.holdingsByPerson[id] ?? [] {
                company(holding.companyID)
                for held in index.contracts(of: holding) { contract(held.id) }
            }
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

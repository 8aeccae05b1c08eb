import Foundation
import RolebookBuild
import RolebookCore

/// Writes a large, deterministic synthetic site in Rolebook's own content format, for benchmarks.
///
/// Role sets, resellers, guides and contact chains are copied from a real content folder (the
/// bundled sample); companies and people are generated as JSON, the format a generator or an
/// import writes (YAML stays the format people edit). The generator is the one place outside
/// tests that names particular roles: it produces data for the sample's two Autodesk role sets.
///
/// The data is true as of 23 Nov 2026, and each company holds the contracts a reseller's customer
/// holds then (domain.md, sections 1.1 and 1.3); per company, on average 4.5 contracts:
/// - 1–5 (two thirds of all contracts) in **classic user management**, bought through the
///   reseller with a contract number: reseller and Autodesk-sales purchases were managed in the
///   classic view [A61], and Rolebook's readers are a reseller's customers. Since 10 June 2024
///   partner purchases and renewals get a subscription id instead [A13][A24], so those still
///   running are 3-year contracts bought before then, ending from now to June 2027.
/// - 1 in 4 companies also has a contract-number contract moved to **User Management**, as the
///   sample's Keystone collection is (one in twenty contracts).
/// - 0–2 (a fifth of all contracts) **new-buying-experience** subscriptions bought or renewed
///   through the reseller since June 2024: a subscription id, annual (two in three) or 3-year.
/// - 1 in 4 companies has an **online-store** subscription: a subscription id, auto-renewing [A27],
///   annual or monthly, no reseller (one in twenty contracts).
/// - 1 in 10 of the largest companies (40 people or more) buys **direct** from Autodesk sales.
/// Every company with a User Management contract has a **team** (teams exist only there [A29]):
/// one primary admin, 1–3 secondary admins and its named users; one in three companies of 40
/// people or more has a second team. The purchaser starts as the team's primary admin [A13]
/// and has moved to someone else on one contract in three.
///
/// The classic part is the same size per company as before the mix was added, so a company
/// count means as many classic pages as in earlier benchmark runs; the rest comes on top.
package struct SampleDataGenerator: Sendable {
    package var companies: Int
    package var seed: UInt64
    /// The content folder whose roles, resellers, guides and contacts.yaml are reused.
    package var template: URL

    package init(companies: Int, seed: UInt64, template: URL) {
        self.companies = companies
        self.seed = seed
        self.template = template
    }

    static let classic = "autodesk-classic"
    static let manager = "contract-manager"
    static let coordinator = "software-coordinator"
    static let userManagement = "autodesk-user-management"
    static let purchaser = "purchaser"
    static let primaryAdmin = "primary-admin"
    static let secondaryAdmin = "secondary-admin"
    static let user = "user"

    static let asOf = Day(iso: "2026-11-23")!.ordinal
    /// The new buying experience's first day: contract numbers before, subscription ids after.
    static let newBuyingExperience = Day(iso: "2024-06-10")!.ordinal

    /// What a company's contract is, by how it was bought and where it is managed.
    enum Kind {
        case classic
        case movedToUserManagement
        case newBuyingExperience
        case onlineStore
        case direct
    }

    /// What was written.
    package struct Totals: Equatable, Sendable {
        package var companies = 0
        package var contracts = 0
        package var people = 0
    }

    /// Writes `DIR/content/…` into a folder that is new or empty, and refuses any other (nothing is
    /// written then); with `force`, into any folder, overwriting files of the same names and touching
    /// nothing else. Nothing is ever deleted. Everything is read and made before the first file is
    /// written, so with `force` `--from` may be the folder being written.
    @discardableResult
    package func write(to root: URL, force: Bool = false) throws -> Totals {
        let fm = FileManager.default
        if !force, let entries = try? fm.contentsOfDirectory(atPath: root.path), !entries.isEmpty {
            throw SampleDataError.folderNotEmpty(path: root.path)
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for folder in ["roles", "resellers", "guides"] {
            let base = template.appendingPathComponent(folder).standardizedFileURL
            guard let enumerator = fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else {
                continue
            }
            for case let url as URL in enumerator
            where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = String(url.standardizedFileURL.path.dropFirst(base.path.count + 1))
                files.append(("content/\(folder)/\(relative)", [UInt8](try Data(contentsOf: url))))
            }
        }
        files.append(
            ("content/contacts.yaml", [UInt8](try Data(contentsOf: template.appendingPathComponent("contacts.yaml")))))
        files.append(
            (
                "content/site.yaml",
                Array(
                    "title: Rolebook benchmark (\(companies) companies)\nas_of: \(Self.day(Self.asOf))\nrenewal_window_days: 90\n"
                        .utf8)
            ))
        let resellers = try fm.contentsOfDirectory(atPath: template.appendingPathComponent("resellers").path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()

        var random = SplitMix64(seed: seed)
        var consultants: [PersonRecord] = []
        var totals = Totals()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for index in 0..<companies {
            var company = makeCompany(index, resellers: resellers, random: &random)
            // Every 25th company shares a consultant with the next ones, as a reseller's consultant
            // would be: Software Coordinator at one, user at the next, secondary admin at the third.
            if index % 25 == 1 {
                let consultant = PersonRecord(
                    id: "consultant-\(index)", name: "\(Names.first(&random)) \(Names.last(&random))",
                    email: "consultant\(index)@consulting.example.com", phone: nil, title: "Consultant", status: nil)
                consultants.append(consultant)
                company.contracts[0].assets[0].assignments = [
                    AssignmentRecord(role: Self.coordinator, person: consultant.id)
                ]
                totals.people += 1
            }
            if index % 25 == 2, let consultant = consultants.last {
                company.contracts[0].assignments.append(AssignmentRecord(role: Self.user, person: consultant.id))
            }
            if index % 25 == 3, let consultant = consultants.last, company.teams != nil {
                company.teams![0].assignments.append(AssignmentRecord(role: Self.secondaryAdmin, person: consultant.id))
            }
            totals.companies += 1
            totals.contracts += company.contracts.count
            totals.people += company.people.count
            files.append(("content/companies/\(company.id).json", [UInt8](try encoder.encode(company))))
        }
        files.append(("content/people/consultants.json", [UInt8](try encoder.encode(consultants))))
        try NewFiles(root: root, force: force).write(files.sorted { $0.path < $1.path })
        return totals
    }

    private func makeCompany(_ index: Int, resellers: [String], random: inout SplitMix64) -> CompanyRecord {
        let id = String(format: "c%05d", index)
        let domain = "\(id).example.com"
        let poolSize = random.int(in: 8...55)
        var people: [PersonRecord] = (0..<poolSize).map { n in
            let first = Names.first(&random)
            let last = Names.last(&random)
            return PersonRecord(
                id: "\(id)-p\(n)", name: "\(first) \(last)",
                email: "\(first.lowercased()).\(last.lowercased())\(n)@\(domain)",
                phone: random.int(in: 0...2) == 0
                    ? nil : "+1 555 \(String(format: "%04d", random.int(in: 100...9999)))",
                title: Names.title(&random), status: nil)
        }
        // A few people have left; the pages must say so.
        for n in 0..<poolSize where random.int(in: 0...60) == 0 { people[n].status = "departed" }
        let coordinators = random.int(in: 1...2)
        let reseller = resellers[index % max(1, resellers.count)]

        // The mix, in the proportions the type's comment gives.
        var kinds = [Kind](repeating: .classic, count: random.int(in: 1...5))
        if random.int(in: 0...3) == 0 { kinds.append(.movedToUserManagement) }
        kinds += [Kind](repeating: .newBuyingExperience, count: random.int(in: 0...2))
        if random.int(in: 0...3) == 0 { kinds.append(.onlineStore) }
        if poolSize >= 40, random.int(in: 0...9) == 0 { kinds.append(.direct) }

        var teams: [TeamRecord] = []
        if kinds.contains(where: { $0 != .classic }) {
            teams.append(makeTeam("\(id)-team", name: "Main office", people: people, random: &random))
            if poolSize >= 40, random.int(in: 0...2) == 0 {
                teams.append(makeTeam("\(id)-team-2", name: "Second office", people: people, random: &random))
            }
        }

        var contracts: [ContractRecord] = []
        for (c, kind) in kinds.enumerated() {
            let number = index * 16 + c
            var contract: ContractRecord
            switch kind {
            case .classic:
                contract = makeClassic(
                    "\(id)-k\(c)", number: number, people: people, coordinators: coordinators, random: &random)
            case .movedToUserManagement, .newBuyingExperience, .onlineStore, .direct:
                contract = makeSubscription(
                    "\(id)-k\(c)", kind: kind, number: number, people: people, teams: teams, random: &random)
            }
            if contract.channel == "reseller" { contract.reseller = reseller }
            contracts.append(contract)
        }
        return CompanyRecord(
            id: id, name: "\(Names.company(&random)) \(index)", people: people, teams: teams.isEmpty ? nil : teams,
            contracts: contracts)
    }

    /// A classic contract: a contract number, 3 years, bought through the reseller before June 2024;
    /// a Contract Manager, a Software Coordinator on most serial numbers, and users.
    private func makeClassic(
        _ id: String, number: Int, people: [PersonRecord], coordinators: Int, random: inout SplitMix64
    ) -> ContractRecord {
        let start = random.int(in: (Self.asOf - 1094)...(Self.newBuyingExperience - 1))
        let manager = people[random.int(in: 0...(people.count - 1))].id
        var assets: [AssetRecord] = []
        for a in 0..<random.int(in: 1...6) {
            var asset = AssetRecord(
                id: "\(id)-a\(a)", product: Names.product(&random),
                serialNumber: "\(random.int(in: 100...999))-\(random.int(in: 10_000_000...99_999_999))",
                seats: random.int(in: 1...25), assignments: [])
            if random.int(in: 0...19) != 0 {
                let holder = people[random.int(in: 0...(coordinators - 1))].id
                asset.assignments = [AssignmentRecord(role: Self.coordinator, person: holder)]
            }
            assets.append(asset)
        }
        var assignments = [AssignmentRecord(role: Self.manager, person: manager)]
        assignments += Self.pick(random.int(in: 5...min(50, people.count)), of: people.count, random: &random)
            .map { AssignmentRecord(role: Self.user, person: people[$0].id) }
        return ContractRecord(
            id: id, contractNumber: String(format: "11%010d", number), vendor: "Autodesk", roleSet: Self.classic,
            plan: "Standard", term: "3-year", start: Self.day(start), end: Self.day(start + 1094),
            autoRenew: random.int(in: 0...3) != 0, channel: "reseller", assets: assets,
            assignments: assignments)
    }

    /// A contract managed in User Management: its team's admins and users act on it, and its one
    /// contract-scoped role is the purchaser.
    private func makeSubscription(
        _ id: String, kind: Kind, number: Int, people: [PersonRecord], teams: [TeamRecord],
        random: inout SplitMix64
    ) -> ContractRecord {
        let team = teams[random.int(in: 0...(teams.count - 1))]
        let (term, length): (String, Int) =
            switch kind {
            case .movedToUserManagement: ("3-year", 1094)
            case .onlineStore: random.int(in: 0...3) == 0 ? ("monthly", 30) : ("annual", 364)
            default: random.int(in: 0...2) == 0 ? ("3-year", 1094) : ("annual", 364)
            }
        // Still running on the as-of date; a contract number means bought before June 2024.
        let earliest = max(Self.asOf - length, kind == .movedToUserManagement ? 0 : Self.newBuyingExperience)
        let latest = kind == .movedToUserManagement ? Self.newBuyingExperience - 1 : Self.asOf - 1
        let start = random.int(in: earliest...latest)
        let primary = team.assignments.first { $0.role == Self.primaryAdmin }!.person
        let purchaser = random.int(in: 0...2) == 0 ? people[random.int(in: 0...(people.count - 1))].id : primary
        let product = kind == .onlineStore ? Names.storeProduct(&random) : Names.subscription(&random)
        let asset = AssetRecord(
            id: "\(id)-a0", product: product, serialNumber: nil, seats: random.int(in: 1...20), assignments: [])
        var contract = ContractRecord(
            id: id, vendor: "Autodesk", roleSet: Self.userManagement, plan: kind == .direct ? "Premium" : "Standard",
            term: term, start: Self.day(start), end: Self.day(start + length),
            autoRenew: kind == .onlineStore || random.int(in: 0...3) != 0,
            channel: kind == .onlineStore ? "online-store" : kind == .direct ? "direct" : "reseller", team: team.id,
            assets: [asset], assignments: [AssignmentRecord(role: Self.purchaser, person: purchaser)])
        if kind == .movedToUserManagement {
            contract.contractNumber = String(format: "11%010d", number)
        } else {
            contract.subscriptionID = String(format: "%08d", 72_000_000 + number)
        }
        // An online-store subscription is in neither buying experience (docs/content-format.md).
        if kind == .newBuyingExperience || kind == .direct { contract.buyingExperience = "2024" }
        return contract
    }

    /// A team: one primary admin, 1–3 secondary admins and named users, none of them twice.
    private func makeTeam(_ id: String, name: String, people: [PersonRecord], random: inout SplitMix64)
        -> TeamRecord
    {
        let admins = random.int(in: 1...3)
        let chosen = Self.pick(
            min(people.count, 1 + admins + random.int(in: 3...30)), of: people.count, random: &random)
        // The order of `pick` is sorted; the roles go to a shuffled order so admins are not always the first hired.
        var order = chosen
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.int(in: 0...i)) }
        var assignments = [AssignmentRecord(role: Self.primaryAdmin, person: people[order[0]].id)]
        assignments += order[1...admins].map { AssignmentRecord(role: Self.secondaryAdmin, person: people[$0].id) }
        assignments += order[(admins + 1)...].sorted().map { AssignmentRecord(role: Self.user, person: people[$0].id) }
        return TeamRecord(id: id, name: name, roleSet: Self.userManagement, assignments: assignments)
    }

    /// `count` different indices below `total`, sorted.
    private static func pick(_ count: Int, of total: Int, random: inout SplitMix64) -> [Int] {
        var chosen: Set<Int> = []
        while chosen.count < count { chosen.insert(random.int(in: 0...(total - 1))) }
        return chosen.sorted()
    }

    static func day(_ ordinal: Int) -> String { Day(ordinal: ordinal).description }
}

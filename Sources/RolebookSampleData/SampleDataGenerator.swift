import Foundation
import RolebookBuild
import RolebookCore

/// Writes a large, deterministic synthetic site in Rolebook's own content format, for benchmarks.
///
/// Role sets, resellers, guides and contact chains are copied from a real content folder (the
/// bundled sample); companies and people are generated as JSON, the format a generator or an
/// import writes (YAML stays the format people edit). The generator is the one place outside
/// tests that names particular roles: it produces data for the sample's Autodesk classic role set.
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

    static let roleSet = "autodesk-classic"
    static let manager = "contract-manager"
    static let coordinator = "software-coordinator"
    static let user = "user"

    /// Writes `DIR/content/…` as new files; with `force`, existing files of the same names are
    /// overwritten (nothing else is touched). Returns the number of companies, contracts and people.
    /// Everything is read and made before the first file is written, so `--from` may be the folder
    /// being written.
    @discardableResult
    package func write(to root: URL, force: Bool = false) throws -> (companies: Int, contracts: Int, people: Int) {
        let fm = FileManager.default
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
                    "title: Rolebook benchmark (\(companies) companies)\nas_of: 2026-11-23\nrenewal_window_days: 90\n"
                        .utf8)
            ))
        let resellers = try fm.contentsOfDirectory(atPath: template.appendingPathComponent("resellers").path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()

        var random = SplitMix64(seed: seed)
        var consultants: [PersonRecord] = []
        var totals = (companies: 0, contracts: 0, people: 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for index in 0..<companies {
            var company = makeCompany(index, resellers: resellers, random: &random)
            // Every 25th company shares a consultant with the previous one, as a reseller's consultant would.
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
        let contractCount = random.int(in: 1...5)
        let reseller = resellers[index % max(1, resellers.count)]
        var contracts: [ContractRecord] = []
        for c in 0..<contractCount {
            let start = 20_200 + random.int(in: 0...700)
            let end = start + 365 * random.int(in: 1...3)
            let manager = people[random.int(in: 0...(poolSize - 1))].id
            var assets: [AssetRecord] = []
            for a in 0..<random.int(in: 1...6) {
                var asset = AssetRecord(
                    id: "\(id)-k\(c)-a\(a)", product: Names.product(&random),
                    serialNumber: "\(random.int(in: 100...999))-\(random.int(in: 10_000_000...99_999_999))",
                    seats: random.int(in: 1...25), assignments: [])
                if random.int(in: 0...19) != 0 {
                    let holder = people[random.int(in: 0...(coordinators - 1))].id
                    asset.assignments = [AssignmentRecord(role: Self.coordinator, person: holder)]
                }
                assets.append(asset)
            }
            var assignments = [AssignmentRecord(role: Self.manager, person: manager)]
            let users = random.int(in: 5...min(50, poolSize))
            var chosen: Set<Int> = []
            while chosen.count < users { chosen.insert(random.int(in: 0...(poolSize - 1))) }
            assignments += chosen.sorted().map { AssignmentRecord(role: Self.user, person: people[$0].id) }
            contracts.append(
                ContractRecord(
                    id: "\(id)-k\(c)", contractNumber: String(format: "11%010d", index * 10 + c), vendor: "Autodesk",
                    roleSet: Self.roleSet, plan: "Standard", term: "annual", start: Self.day(start),
                    end: Self.day(end),
                    autoRenew: random.int(in: 0...3) != 0, channel: "reseller", reseller: reseller, assets: assets,
                    assignments: assignments))
        }
        return CompanyRecord(id: id, name: "\(Names.company(&random)) \(index)", people: people, contracts: contracts)
    }

    static func day(_ ordinal: Int) -> String { Day(ordinal: ordinal).description }

    // MARK: - The records, as the content format spells them

    struct CompanyRecord: Encodable {
        var id: String
        var name: String
        var people: [PersonRecord]
        var contracts: [ContractRecord]
    }

    struct PersonRecord: Encodable {
        var id: String
        var name: String
        var email: String
        var phone: String?
        var title: String?
        var status: String?
    }

    struct ContractRecord: Encodable {
        var id: String
        var contractNumber: String
        var vendor: String
        var roleSet: String
        var plan: String
        var term: String
        var start: String
        var end: String
        var autoRenew: Bool
        var channel: String
        var reseller: String
        var assets: [AssetRecord]
        var assignments: [AssignmentRecord]

        // The content format's keys are snake_case.
        enum CodingKeys: String, CodingKey {
            case id, vendor, plan, term, start, end, channel, reseller, assets, assignments
            case contractNumber = "contract_number"
            case roleSet = "role_set"
            case autoRenew = "auto_renew"
        }
    }

    struct AssetRecord: Encodable {
        var id: String
        var product: String
        var serialNumber: String
        var seats: Int
        var assignments: [AssignmentRecord]

        enum CodingKeys: String, CodingKey {
            case id, product, seats, assignments
            case serialNumber = "serial_number"
        }
    }

    struct AssignmentRecord: Encodable {
        var role: String
        var person: String
    }
}

/// A small, fast, seedable generator: the same seed gives the same site on every machine.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}

/// Word lists for readable fake names.
enum Names {
    static let firsts = [
        "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Iris", "Jonas", "Kira", "Liam",
        "Maya", "Nils", "Olga", "Pia", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera", "Wes", "Xena", "Yuki", "Zoe",
    ]
    static let lasts = [
        "Adler", "Brandt", "Costa", "Diallo", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen",
        "Kowalski", "Lopez", "Moreau", "Nair", "Okafor", "Park", "Quint", "Rossi", "Sall", "Tanaka", "Ueda", "Vogel",
        "Weber", "Xu", "Young", "Zhang",
    ]
    static let titles = [
        "CAD Manager", "Architect", "Engineer", "Designer", "IT Manager", "Surveyor", "Drafter",
        "Project Lead", "BIM Coordinator", "Office Manager",
    ]
    static let products = [
        "AutoCAD", "AutoCAD LT", "Revit", "Civil 3D", "Inventor Professional", "3ds Max", "Maya",
        "Navisworks Manage", "Fusion", "Vault Professional",
    ]
    static let companyWords = [
        "Harbor", "Summit", "Cedar", "Granite", "Meridian", "Northwind", "Riverside", "Atlas",
        "Beacon", "Crescent",
    ]
    static let companyKinds = ["Engineering", "Architects", "Design", "Surveying", "Builders", "Studio"]

    static func first(_ r: inout SplitMix64) -> String { firsts[r.int(in: 0...(firsts.count - 1))] }
    static func last(_ r: inout SplitMix64) -> String { lasts[r.int(in: 0...(lasts.count - 1))] }
    static func title(_ r: inout SplitMix64) -> String { titles[r.int(in: 0...(titles.count - 1))] }
    static func product(_ r: inout SplitMix64) -> String { products[r.int(in: 0...(products.count - 1))] }
    static func company(_ r: inout SplitMix64) -> String {
        "\(companyWords[r.int(in: 0...(companyWords.count - 1))]) \(companyKinds[r.int(in: 0...(companyKinds.count - 1))])"
    }
}

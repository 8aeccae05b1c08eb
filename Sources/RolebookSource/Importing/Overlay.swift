import RolebookCore

/// One file of `content/overlays/`: what exports never carry about one imported company (who
/// coordinates a subscription, who has left, which reseller to call), by the ids imports give.
struct Overlay {
    /// A value as written, with where.
    struct Value<T> {
        var value: T
        var location: SourceLocation
    }

    struct Assignment {
        var role: String
        /// A person id, or an email address that names an imported person.
        var person: String
        var location: SourceLocation
        var personLocation: SourceLocation
    }

    struct Person {
        var id: Value<String>?
        var email: Value<String>?
        var name: Value<String>?
        var phone: String?
        var title: String?
        var status: Value<RolebookCore.Person.Status>?
        var location: SourceLocation
    }

    struct Asset {
        var id: Value<String>
        var product: Value<String>?
        var serialNumber: String?
        var seats: Value<Int>?
        var assignments: [Assignment]
        var location: SourceLocation
    }

    struct Contract {
        var id: Value<String>
        var roleSet: Value<String>?
        var reseller: Value<String>?
        var channel: Value<RolebookCore.Contract.Channel>?
        var buyingExperience: Value<RolebookCore.Contract.BuyingExperience>?
        var plan: Value<String>?
        var term: Value<String>?
        var start: Value<Day>?
        var end: Value<Day>?
        var autoRenew: Value<Bool>?
        var team: Value<String>?
        var assets: [Asset]
        var assignments: [Assignment]
        var location: SourceLocation
    }

    struct Team {
        var id: Value<String>
        var name: Value<String>?
        var assignments: [Assignment]
        var location: SourceLocation
    }

    var path: String
    var company: Value<String>
    var name: Value<String>?
    var reseller: Value<String>?
    var people: [Person]
    var teams: [Team]
    var contracts: [Contract]

    /// The overlay, or nil (reported) when it names no company.
    static func read(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> Overlay? {
        let reader = YAMLReader(path: file.path)
        defer { diagnostics += reader.diagnostics }
        guard let root = file.fileExtension == "json" ? reader.composeJSON(file.text) : reader.compose(file.text),
            !root.isNull
        else {
            if reader.diagnostics.isEmpty { reader.error("the file is empty", at: SourceLocation(path: file.path)) }
            return nil
        }
        guard let map = reader.map(root, what: "overlay") else { return nil }
        defer { map.finish() }
        let company = map.id("company")
        let name = value(map, "name") { map.string($0) }
        let reseller = value(map, "reseller") { map.id($0, required: false) }
        let people = map.maps("people", what: "person").compactMap(readPerson)
        let teams = map.maps("teams", what: "team").compactMap(readTeam)
        let contracts = map.maps("contracts", what: "contract").compactMap(readContract)
        guard let company else { return nil }
        return Overlay(
            path: file.path, company: Value(value: company, location: map.valueLocation("company")), name: name,
            reseller: reseller, people: people, teams: teams, contracts: contracts)
    }

    private static func value<T>(_ map: YAMLMap, _ key: String, _ read: (String) -> T?) -> Value<T>? {
        read(key).map { Value(value: $0, location: map.valueLocation(key)) }
    }

    private static func readPerson(_ map: YAMLMap) -> Person? {
        defer { map.finish() }
        let id = value(map, "id") { map.id($0, required: false) }
        let email = value(map, "email") { map.email($0) }
        let person = Person(
            id: id, email: email, name: value(map, "name") { map.string($0) }, phone: map.string("phone"),
            title: map.string("title"),
            status: value(map, "status") { map.enumeration($0, as: RolebookCore.Person.Status.self) },
            location: map.location)
        guard id != nil || email != nil else {
            if map.value("id") == nil, map.value("email") == nil {
                map.reader.error("an overlay person needs an 'id' or an 'email' to find them by", at: map.location)
            }
            return nil
        }
        return person
    }

    private static func readTeam(_ map: YAMLMap) -> Team? {
        defer { map.finish() }
        let id = value(map, "id") { map.id($0) }
        let name = value(map, "name") { map.string($0) }
        let assignments = readAssignments(map)
        guard let id else { return nil }
        return Team(id: id, name: name, assignments: assignments, location: map.location)
    }

    private static func readContract(_ map: YAMLMap) -> Contract? {
        defer { map.finish() }
        let id = value(map, "id") { map.id($0) }
        let contract = Contract(
            id: id ?? Value(value: "", location: map.location),
            roleSet: value(map, "role_set") { map.id($0, required: false) },
            reseller: value(map, "reseller") { map.id($0, required: false) },
            channel: value(map, "channel") { map.enumeration($0, as: RolebookCore.Contract.Channel.self) },
            buyingExperience: value(map, "buying_experience") {
                map.enumeration($0, as: RolebookCore.Contract.BuyingExperience.self)
            },
            plan: value(map, "plan") { map.string($0) }, term: value(map, "term") { map.string($0) },
            start: value(map, "start") { map.day($0) }, end: value(map, "end") { map.day($0) },
            autoRenew: value(map, "auto_renew") { map.bool($0) },
            team: value(map, "team") { map.id($0, required: false) },
            assets: map.maps("assets", what: "asset").compactMap(readAsset), assignments: readAssignments(map),
            location: map.location)
        return id == nil ? nil : contract
    }

    private static func readAsset(_ map: YAMLMap) -> Asset? {
        defer { map.finish() }
        let id = value(map, "id") { map.id($0) }
        let asset = Asset(
            id: id ?? Value(value: "", location: map.location), product: value(map, "product") { map.string($0) },
            serialNumber: map.string("serial_number"), seats: value(map, "seats") { map.int($0, minimum: 1) },
            assignments: readAssignments(map), location: map.location)
        return id == nil ? nil : asset
    }

    private static func readAssignments(_ map: YAMLMap) -> [Assignment] {
        map.maps("assignments", what: "assignment").compactMap { entry in
            defer { entry.finish() }
            let role = entry.string("role", required: true)
            let person = entry.string("person", required: true)
            guard let role, let person else { return nil }
            return Assignment(
                role: role, person: person, location: entry.valueLocation("role"),
                personLocation: entry.valueLocation("person"))
        }
    }
}

import RolebookCore

/// Records being made from export rows, with where each value came from, until overlays are
/// applied and they become companies, people and resellers of the site.
struct ImportedSite {
    /// One holder the export or an overlay names, before the role set is final: an export names
    /// a role by what it means (`contract manager`), looked up in the unit's role set at the end;
    /// an overlay names it by id, as company files do.
    struct Holder {
        var role: String
        /// From an export column, so looked up by name; else an overlay's role id.
        var fromExport: Bool
        var personID: String
        var location: SourceLocation
        var personLocation: SourceLocation
    }

    struct Asset {
        var asset: RolebookCore.Asset
        var fields: [ExportField: SourceLocation] = [:]
        var holders: [Holder] = []
    }

    struct Contract {
        var contract: RolebookCore.Contract
        /// Where the first row said each field, for "both say it differently" messages.
        var fields: [ExportField: SourceLocation] = [:]
        var file: String
        var assets: [Asset] = []
        var holders: [Holder] = []
        /// The team the export names, linked at the end when the contract's role set is the team's.
        var teamID: String?
    }

    struct Team {
        var team: RolebookCore.Team
        var holders: [Holder] = []
        var nameLocation: SourceLocation
    }

    struct Company {
        var id: String
        var name: String
        /// Where an export column named the company; nil when the name came from a sidecar.
        var nameLocation: SourceLocation?
        var resellerID: String?
        var resellerLocation: SourceLocation?
        var location: SourceLocation
        var contracts: [Contract] = []
        var teams: [Team] = []
        var personIDs: [String] = []
    }

    struct Person {
        var person: RolebookCore.Person
        var nameLocation: SourceLocation
        var emailLocation: SourceLocation
        var masked: Bool
        /// No row has named them yet (a contract_manager_email gives only the address): the
        /// first row that does names them.
        var nameFromEmail: Bool
    }

    var companies: [Company] = []
    private(set) var companyIndex: [String: Int] = [:]
    var people: [Person] = []
    private(set) var personIndex: [String: Int] = [:]
    /// Lower-cased email → person id, hand-written people included, so that an export row of a
    /// hand-written person becomes that person.
    var personByEmail: [String: String] = [:]
    var resellers: [Reseller] = []
    /// Contract id → (company index, contract index).
    private(set) var contractIndex: [String: (company: Int, contract: Int)] = [:]

    mutating func company(_ id: String, name: String, nameLocation: SourceLocation?, at location: SourceLocation)
        -> Int
    {
        if let index = companyIndex[id] { return index }
        companies.append(Company(id: id, name: name, nameLocation: nameLocation, location: location))
        companyIndex[id] = companies.count - 1
        return companies.count - 1
    }

    func companyIndex(of id: String) -> Int? { companyIndex[id] }

    mutating func add(_ contract: Contract, to company: Int) {
        companies[company].contracts.append(contract)
        contractIndex[contract.contract.id] = (company, companies[company].contracts.count - 1)
    }

    func contractPosition(_ id: String) -> (company: Int, contract: Int)? { contractIndex[id] }

    mutating func add(_ person: Person) {
        people.append(person)
        personIndex[person.person.id] = people.count - 1
        if !person.masked { personByEmail[person.person.email.lowercased()] = person.person.id }
    }

    func personPosition(_ id: String) -> Int? { personIndex[id] }

    mutating func addMember(_ personID: String, to company: Int) {
        if !companies[company].personIDs.contains(personID) { companies[company].personIDs.append(personID) }
    }

    mutating func team(
        _ name: String, in company: Int, roleSetID: String, roleSetLocation: SourceLocation, at location: SourceLocation
    ) -> String {
        let id = ImportID.team(company: companies[company].id, name: name)
        if !companies[company].teams.contains(where: { $0.team.id == id }) {
            companies[company].teams.append(
                Team(
                    team: RolebookCore.Team(
                        id: id, companyID: companies[company].id, name: name, roleSetID: roleSetID,
                        roleSetLocation: roleSetLocation, location: location),
                    nameLocation: location))
        }
        return id
    }
}

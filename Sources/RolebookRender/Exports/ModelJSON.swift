import Foundation
import RolebookCore

/// The resolved model as JSON, values as they are in the data: people, roles, assignments, the
/// who-to-contact chains as resolved per contract, and the warnings.
public enum ModelJSON {
    struct Document: Encodable {
        var asOf: String
        var roleSets: [RoleSetEntry]
        var companies: [CompanyEntry]
        var people: [PersonEntry]
        var warnings: [String]
    }

    struct RoleSetEntry: Encodable {
        var id, name, vendor: String
        var roles: [RoleEntry]
    }

    struct RoleEntry: Encodable {
        var id, name, scope: String
        var otherNames, capabilities, notifications: [String]
        var minPerScope: Int
        var maxPerScope: Int?
        var standIn: String?
    }

    struct CompanyEntry: Encodable {
        var id, name: String
        var reseller: String?
        var contracts: [ContractEntry]
    }

    struct ContractEntry: Encodable {
        var id, vendor, roleSet, start, end, channel, buyingExperience: String
        var contractNumber, subscriptionID, team: String?
        var autoRenew: Bool
        var assets: [AssetEntry]
        var assignments: [AssignmentEntry]
        var contacts: [ContactEntry]
    }

    struct AssetEntry: Encodable {
        var id, product: String
        var serialNumber: String?
        var seats: Int?
    }

    struct AssignmentEntry: Encodable {
        var role, person, scope, unit: String
    }

    struct ContactEntry: Encodable {
        var topic: String
        var ask: [String]
        var then: [[String]]
        var skipped: [String]
    }

    struct PersonEntry: Encodable {
        var id, name, email, status: String
        var phone, title: String?
    }

    public static func make(_ index: SiteIndex, contacts: (Contract) -> [ContactRow], warnings: [Diagnostic]) throws -> Data {
        let model = index.model
        func names(_ step: ContactRow.Step) -> [String] {
            step.people.map { "\($0.name) <\($0.email)>" } + (step.contact.map { ["\(step.label): \($0.email ?? $0.phone ?? $0.url ?? "")"] } ?? [])
        }
        let document = Document(
            asOf: model.settings.asOf.description,
            roleSets: model.roleSets.map { set in
                RoleSetEntry(
                    id: set.id, name: set.name, vendor: set.vendor,
                    roles: set.roles.map {
                        RoleEntry(
                            id: $0.id, name: $0.name, scope: $0.scope.rawValue, otherNames: $0.otherNames,
                            capabilities: $0.capabilities, notifications: $0.notifications, minPerScope: $0.minPerScope,
                            maxPerScope: $0.maxPerScope, standIn: $0.standIn)
                    })
            },
            companies: model.companies.map { company in
                CompanyEntry(
                    id: company.id, name: company.name, reseller: company.resellerID,
                    contracts: company.contracts.map { contract in
                        let team = model.team(of: contract)
                        let assignments = contract.assignments.map { AssignmentEntry(role: $0.roleID, person: $0.personID, scope: "contract", unit: contract.id) }
                            + contract.assets.flatMap { asset in asset.assignments.map { AssignmentEntry(role: $0.roleID, person: $0.personID, scope: "asset", unit: asset.id) } }
                            + (team?.assignments ?? []).map { AssignmentEntry(role: $0.roleID, person: $0.personID, scope: "team", unit: team!.id) }
                        return ContractEntry(
                            id: contract.id, vendor: contract.vendor, roleSet: contract.roleSetID,
                            start: contract.start.description, end: contract.end.description,
                            channel: contract.channel.rawValue, buyingExperience: contract.buyingExperience.rawValue,
                            contractNumber: contract.contractNumber, subscriptionID: contract.subscriptionID,
                            team: contract.teamID, autoRenew: contract.autoRenew,
                            assets: contract.assets.map {
                                AssetEntry(id: $0.id, product: $0.product, serialNumber: $0.serialNumber, seats: $0.seats)
                            },
                            assignments: assignments,
                            contacts: contacts(contract).map { row in
                                ContactEntry(
                                    topic: row.topic, ask: row.first.map(names) ?? [], then: row.then.map(names),
                                    skipped: row.skipped)
                            })
                    })
            },
            people: model.people.map {
                PersonEntry(id: $0.id, name: $0.name, email: $0.email, status: $0.status.rawValue, phone: $0.phone, title: $0.title)
            },
            warnings: warnings.filter { $0.severity == .warning }.map(\.description))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}

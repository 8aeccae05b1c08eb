import Foundation
import RolebookCore

/// The resolved model as JSON, values as they are in the data: people, roles, assignments, the
/// who-to-contact chains as resolved per contract, and the warnings.
package enum ModelJSON {
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
        var id, name, longName, scope: String
        var otherNames, capabilities, notifications: [String]
        var minPerScope: Int
        var maxPerScope: Int?
        var standIn: String?
        var counterparts: [CounterpartEntry]
    }

    /// The same role under another role set's name, or only the nearest thing there: a consumer
    /// must not treat a nearest equivalent as the same role.
    struct CounterpartEntry: Encodable {
        var roleSet, role, relation, note: String
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
        /// Why the chain stops, when it does not end at the vendor's support.
        var end: String?
    }

    struct PersonEntry: Encodable {
        var id, name, email, status: String
        var phone, title: String?
    }

    /// The builder words the reader-facing parts (a reseller desk's label, why a step was skipped).
    package static func make(_ builder: PageModelBuilder, warnings: [Diagnostic]) throws -> Data {
        let model = builder.model
        func names(_ step: ContactRoute.Step) -> [String] {
            let drawn = builder.contactStep(step)
            switch step {
            case .holders(_, let holders):
                // A person holding the role for several assets is one contact.
                var seen: Set<String> = []
                return holders.filter { seen.insert($0.person.id).inserted }.map {
                    "\($0.person.name) <\($0.person.email)>"
                }
            case .reseller(_, _, let contact):
                return ["\(drawn.label): \(contact.email ?? contact.phone ?? contact.url ?? "")"]
            case .vendor:
                // The advice label travels with the step: a consumer must not present it as a rule.
                return [drawn.advice.map { "\(drawn.label) (\($0))" } ?? drawn.label]
            }
        }
        let document = Document(
            asOf: model.settings.asOf.description,
            roleSets: model.roleSets.map { set in
                RoleSetEntry(
                    id: set.id, name: set.name, vendor: set.vendor,
                    roles: set.roles.map {
                        RoleEntry(
                            id: $0.id, name: $0.name, longName: $0.longName, scope: $0.scope.rawValue,
                            otherNames: $0.otherNames, capabilities: $0.capabilities, notifications: $0.notifications,
                            minPerScope: $0.minPerScope, maxPerScope: $0.maxPerScope, standIn: $0.standIn,
                            counterparts: $0.counterparts.map {
                                CounterpartEntry(
                                    roleSet: $0.roleSetID, role: $0.roleID, relation: $0.relation.rawValue,
                                    note: $0.note)
                            })
                    })
            },
            companies: model.companies.map { company in
                CompanyEntry(
                    id: company.id, name: company.name, reseller: company.resellerID,
                    contracts: company.contracts.map { contract in
                        let assignments = model.assignments(applyingTo: contract).map {
                            AssignmentEntry(
                                role: $0.roleID, person: $0.personID, scope: $0.scope.kind.rawValue, unit: $0.scope.id)
                        }
                        return ContractEntry(
                            id: contract.id, vendor: contract.vendor, roleSet: contract.roleSetID,
                            start: contract.start.description, end: contract.end.description,
                            channel: contract.channel.rawValue, buyingExperience: contract.buyingExperience.rawValue,
                            contractNumber: contract.contractNumber, subscriptionID: contract.subscriptionID,
                            team: contract.teamID, autoRenew: contract.autoRenew,
                            assets: contract.assets.map {
                                AssetEntry(
                                    id: $0.id, product: $0.product, serialNumber: $0.serialNumber, seats: $0.seats)
                            },
                            assignments: assignments,
                            contacts: model.contactRoutes(for: contract).map { route in
                                ContactEntry(
                                    topic: route.topic.name, ask: route.steps.first.map(names) ?? [],
                                    then: route.steps.dropFirst().map(names),
                                    skipped: route.skipped.map(builder.skipReason), end: builder.chainEnd(route))
                            })
                    })
            },
            people: model.people.map {
                PersonEntry(
                    id: $0.id, name: $0.name, email: $0.email, status: $0.status.rawValue, phone: $0.phone,
                    title: $0.title)
            },
            warnings: warnings.filter { $0.severity == .warning }.map(\.description))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}

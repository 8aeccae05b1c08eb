// MARK: - The records, as the content format spells them (docs/content-format.md)

extension SampleDataGenerator {
    struct CompanyRecord: Encodable {
        var id: String
        var name: String
        var people: [PersonRecord]
        var teams: [TeamRecord]?
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

    struct TeamRecord: Encodable {
        var id: String
        var name: String
        var roleSet: String
        var assignments: [AssignmentRecord]

        enum CodingKeys: String, CodingKey {
            case id, name, assignments
            case roleSet = "role_set"
        }
    }

    struct ContractRecord: Encodable {
        var id: String
        var contractNumber: String?
        var subscriptionID: String?
        var vendor: String
        var roleSet: String
        var plan: String
        var term: String
        var start: String
        var end: String
        var autoRenew: Bool
        var channel: String
        var buyingExperience: String?
        var reseller: String?
        var team: String?
        var assets: [AssetRecord]
        var assignments: [AssignmentRecord]

        init(
            id: String, contractNumber: String? = nil, vendor: String, roleSet: String, plan: String, term: String,
            start: String, end: String, autoRenew: Bool, channel: String, team: String? = nil,
            assets: [AssetRecord], assignments: [AssignmentRecord]
        ) {
            self.id = id
            self.contractNumber = contractNumber
            self.vendor = vendor
            self.roleSet = roleSet
            self.plan = plan
            self.term = term
            self.start = start
            self.end = end
            self.autoRenew = autoRenew
            self.channel = channel
            self.team = team
            self.assets = assets
            self.assignments = assignments
        }

        // The content format's keys are snake_case.
        enum CodingKeys: String, CodingKey {
            case id, vendor, plan, term, start, end, channel, reseller, team, assets, assignments
            case contractNumber = "contract_number"
            case subscriptionID = "subscription_id"
            case roleSet = "role_set"
            case autoRenew = "auto_renew"
            case buyingExperience = "buying_experience"
        }
    }

    struct AssetRecord: Encodable {
        var id: String
        var product: String
        var serialNumber: String?
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

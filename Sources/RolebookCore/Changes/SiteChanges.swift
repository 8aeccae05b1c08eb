/// What changed between two versions of a site's data (`rolebook diff`): per company, the
/// contracts, roles and people that a reader of last month's pages would find different.
///
/// Records are followed by id, never by where they are written, so a contract that moved to
/// another file, or from hand-written YAML to an export, is no change. The JSON form (`--json`) is
/// this type encoded; `summary` is the sentence the text form prints.
package struct SiteChanges: Sendable, Codable, Equatable {
    /// One side of the comparison.
    package struct Side: Sendable, Codable, Equatable {
        /// The folder or export as named on the command line.
        package var source: String
        package var asOf: String

        enum CodingKeys: String, CodingKey {
            case source
            case asOf = "as_of"
        }
    }

    /// One change, with the ids a script follows and the sentence a person reads.
    package struct Change: Sendable, Codable, Equatable {
        package enum Kind: String, Sendable, Codable, CaseIterable {
            case companyAdded = "company-added"
            case companyRemoved = "company-removed"
            case contractAdded = "contract-added"
            case contractRemoved = "contract-removed"
            case contractEnded = "contract-ended"
            case contractRenewed = "contract-renewed"
            case contractDatesChanged = "contract-dates-changed"
            case contractTermChanged = "contract-term-changed"
            case roleMoved = "role-moved"
            case roleGained = "role-gained"
            case roleLost = "role-lost"
            case personAppeared = "person-appeared"
            case personLeft = "person-left"
            case personDeparted = "person-departed"
            case personReturned = "person-returned"
            case maskedPeople = "masked-people"
        }

        package var kind: Kind
        package var contract: String?
        package var asset: String?
        package var team: String?
        package var person: String?
        /// `role-set/role-id`.
        package var role: String?
        /// Person ids (a masked person is `masked`), or dates and terms for contract changes.
        package var from: [String]?
        package var to: [String]?
        package var summary: String

        package init(
            _ kind: Kind, summary: String, contract: String? = nil, asset: String? = nil, team: String? = nil,
            person: String? = nil, role: String? = nil, from: [String]? = nil, to: [String]? = nil
        ) {
            self.kind = kind
            self.summary = summary
            self.contract = contract
            self.asset = asset
            self.team = team
            self.person = person
            self.role = role
            self.from = from
            self.to = to
        }
    }

    /// A company's changes; `status` is `added`, `removed` or `changed`.
    package struct CompanyChanges: Sendable, Codable, Equatable {
        package var id: String
        package var name: String
        package var status: String
        package var changes: [Change]
    }

    package var old: Side
    package var new: Side
    package var companies: [CompanyChanges]

    package var changeCount: Int { companies.reduce(0) { $0 + $1.changes.count } }
}

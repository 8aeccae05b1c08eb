/// What a role is, who may hold it and how many: data from `content/roles/`, never code.
package struct RoleDefinition: Hashable, Sendable, Codable {
    /// A role of another role set that readers compare with this one. Whether it is this very role
    /// under another name or only the closest thing there decides how pages word it, and which
    /// names guidance may carry across role sets.
    package struct Counterpart: Hashable, Sendable, Codable {
        package enum Relation: String, Hashable, Sendable, CaseIterable, Codable {
            /// One role, renamed: the classic Contract Manager is today's purchaser.
            case sameRole = "same-role"
            /// A different role that does the nearest work: the Software Coordinator and a secondary admin.
            case nearestEquivalent = "nearest-equivalent"
        }

        package var roleSetID: String
        package var roleID: String
        package var relation: Relation
        package var note: String
        package var location: SourceLocation

        package init(roleSetID: String, roleID: String, relation: Relation, note: String, location: SourceLocation) {
            self.roleSetID = roleSetID
            self.roleID = roleID
            self.relation = relation
            self.note = note
            self.location = location
        }
    }

    /// A rule as one era's sources state it, where the sources of different eras disagree (one
    /// Software Coordinator per serial number in 2013–2014, one per contract on Autodesk's page
    /// today): the site shows each with its era instead of choosing one as the truth.
    package struct EraRule: Hashable, Sendable, Codable {
        package var era: String
        package var rule: String

        package init(era: String, rule: String) {
            self.era = era
            self.rule = rule
        }
    }

    /// Part of what happens when the holder leaves, for the contracts it is true of.
    package struct LeavingNote: Hashable, Sendable, Codable {
        package var text: String
        package var condition: ContractCondition

        package init(text: String, condition: ContractCondition = ContractCondition()) {
            self.text = text
            self.condition = condition
        }
    }

    package var id: String
    package var roleSetID: String
    /// The role's name in its own role set: page titles and headings use it.
    package var name: String
    /// The name with the other name readers may know the role by ("Contract Manager (purchaser)"),
    /// where pages name the role in a sentence, card or table; the name itself when there is none.
    package var longName: String
    /// Other names of this same role, never of a nearest equivalent: guidance resolves them.
    package var otherNames: [String]
    package var summary: String
    package var scope: RoleScope
    package var minPerScope: Int
    package var maxPerScope: Int?
    package var recommendedMaxPerCompany: Int?
    package var standIn: String?
    package var assignedBy: [String]
    package var notCombinableWith: [String]
    package var capabilities: [String]
    package var notifications: [String]
    package var duties: [String]
    package var counterparts: [Counterpart]
    package var rulesByEra: [EraRule]
    package var leavingNotes: [LeavingNote]
    package var location: SourceLocation
    /// What the name means in the language being read, where the vendor's own name stays
    /// (Autodesk's roles keep their English names on a German page): shown beside the name,
    /// marked as a translation. Nil where there is none.
    package var gloss: String?

    package init(
        id: String, roleSetID: String, name: String, longName: String? = nil, otherNames: [String] = [],
        summary: String, scope: RoleScope, minPerScope: Int = 0, maxPerScope: Int? = nil,
        recommendedMaxPerCompany: Int? = nil, standIn: String? = nil, assignedBy: [String] = [],
        notCombinableWith: [String] = [], capabilities: [String] = [], notifications: [String] = [],
        duties: [String] = [], counterparts: [Counterpart] = [], rulesByEra: [EraRule] = [],
        leavingNotes: [LeavingNote] = [], location: SourceLocation
    ) {
        self.id = id
        self.roleSetID = roleSetID
        self.name = name
        self.longName = longName ?? name
        self.otherNames = otherNames
        self.summary = summary
        self.scope = scope
        self.minPerScope = minPerScope
        self.maxPerScope = maxPerScope
        self.recommendedMaxPerCompany = recommendedMaxPerCompany
        self.standIn = standIn
        self.assignedBy = assignedBy
        self.notCombinableWith = notCombinableWith
        self.capabilities = capabilities
        self.notifications = notifications
        self.duties = duties
        self.counterparts = counterparts
        self.rulesByEra = rulesByEra
        self.leavingNotes = leavingNotes
        self.location = location
    }

    /// Exactly-one roles are the ones a contract cannot do without (the Contract Manager).
    package var isExactlyOne: Bool { minPerScope == 1 && maxPerScope == 1 }

    /// The same role in other role sets, under its name there: only these names may stand for
    /// this role across role sets, never a nearest equivalent's.
    package var sameRoleKeys: [RoleKey] {
        counterparts.filter { $0.relation == .sameRole }.map(\.key)
    }
}

/// A page of Markdown guidance, compiled once per reader role.
///
/// Audiences are ``RoleKey``s. Every variant is complete HTML with value holes, so a
/// page for one contract and role only fills in names and numbers.
package struct Guide: Hashable, Sendable, Codable {
    package enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        case guide
        case procedure
    }

    package var id: String
    package var title: String
    package var summary: String?
    package var kind: Kind
    /// Audience keys of the roles the guide is about; their role pages link to it.
    package var roleKeys: [RoleKey]
    /// Role sets it applies to; empty means all.
    package var roleSetIDs: [String]
    package var order: Int
    package var procedure: Procedure?
    /// Audience key → what that reader sees.
    package var variants: [RoleKey: GuideHTML]
    /// Every block, conditional ones boxed and labelled with their audience (for reviewers).
    package var flagged: GuideHTML
    /// Whether any block is conditional; a guide without markers reads the same for everyone.
    package var isTailored: Bool
    package var location: SourceLocation
    /// The language its text is written in; on a page in another language (a guide not yet
    /// translated) it is marked as such. Nil: the page's language.
    package var language: String?

    package init(
        id: String, title: String, summary: String? = nil, kind: Kind = .guide, roleKeys: [RoleKey] = [],
        roleSetIDs: [String] = [], order: Int = 0, procedure: Procedure? = nil, variants: [RoleKey: GuideHTML],
        flagged: GuideHTML, isTailored: Bool, location: SourceLocation, language: String? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.kind = kind
        self.roleKeys = roleKeys
        self.roleSetIDs = roleSetIDs
        self.order = order
        self.procedure = procedure
        self.variants = variants
        self.flagged = flagged
        self.isTailored = isTailored
        self.location = location
        self.language = language
    }

    package func applies(toRoleSet id: String) -> Bool { roleSetIDs.isEmpty || roleSetIDs.contains(id) }

    /// The ids of the headings on the guide's page for everyone (``Route/guide(_:)``): the flagged
    /// version when the guide is tailored, else the one every reader sees.
    package var pageAnchors: [String] {
        isTailored ? flagged.anchors : variants.min { $0.key < $1.key }?.value.anchors ?? flagged.anchors
    }
}

import RolebookCore

/// Records as read from the files, before references between them are checked.
package struct LoadedContent: Sendable {
    package var settings: SiteSettings?
    /// The language this load read (``ContentLoader/language``).
    package var language = ContentLanguage.english
    package var roleSets: [RoleSet] = []
    package var resellers: [Reseller] = []
    package var companies: [Company] = []
    package var people: [Person] = []
    package var guides: [Guide] = []
    package var topics: [ContactTopic] = []
    /// Role ids, by role set id, of roles kept with a placeholder scope because theirs is missing
    /// or invalid (already reported): the resolver does not check where they are assigned.
    var unscopedRoles: [String: Set<String>] = [:]
    /// Where each role named in a guide's front matter was written, for the resolver's checks.
    package var diagnostics: [Diagnostic] = []
    /// Which records came from vendor exports (`content/exports/`), for the resolver's rules on them.
    package var imports = ImportedRecords()

    package init() {}

    mutating func merge(_ other: LoadedContent) {
        if let settings = other.settings { self.settings = settings }
        roleSets += other.roleSets
        resellers += other.resellers
        companies += other.companies
        people += other.people
        guides += other.guides
        topics += other.topics
        unscopedRoles.merge(other.unscopedRoles) { $0.union($1) }
        diagnostics += other.diagnostics
    }
}

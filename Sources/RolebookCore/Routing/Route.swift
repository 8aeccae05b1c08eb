/// The one place URLs are decided. Paths are relative to the output root and end in `.html`,
/// so links work from `file://` without a server's index-file lookup.
///
/// It lives in the core, not with the renderer, so that the resolver can reject an id whose page
/// would overwrite a fixed page (``fixedPage(at:)``) from the same definitions the planner uses.
package enum Route {
    package static let home = "index.html"
    package static let people = "people/index.html"
    /// People listed on one index page: a site of 400,000 people must not make one 150 MB page.
    package static let peoplePerPage = 250

    package static func people(page: Int) -> String { page <= 1 ? people : "people/page-\(page).html" }
    package static let guides = "guides/index.html"
    package static let roles = "roles/index.html"
    package static let authors = "authors/index.html"
    /// What changed since the earlier data a build compares with (`--since`).
    package static let changes = "changes/index.html"
    /// What needs someone's action, in every company.
    package static let actions = "actions/index.html"
    package static let stylesheet = "assets/style.css"
    /// The index of contracts and serial numbers, with their holders.
    package static let contracts = "contracts/index.html"
    /// The search index's files (`keys.js` and one `s-<prefix>.js` per shard), loaded by script tags.
    package static let searchFolder = "assets/search/"

    /// One page of the A–Z people index; the key names the letter (and part), "" the index itself.
    package static func peopleIndex(_ key: String) -> String { key.isEmpty ? people : "people/index/\(key).html" }
    /// One page of the A–Z contracts index; "" is the index itself.
    package static func contractsIndex(_ key: String) -> String {
        key.isEmpty ? contracts : "contracts/index/\(key).html"
    }
    /// One page of the site's list of what needs action, A–Z by company; "" is the list itself.
    package static func actionsIndex(_ key: String) -> String { key.isEmpty ? actions : "actions/\(key).html" }
    /// One page of a role's holders, A–Z by company; "" is the role page itself.
    package static func roleIndex(_ roleSet: String, _ role: String, _ key: String) -> String {
        key.isEmpty ? self.role(roleSet, role) : "roles/\(roleSet)/\(role)/\(key).html"
    }

    package static func company(_ id: String) -> String { "companies/\(id).html" }
    package static func companyContacts(_ id: String) -> String { "companies/\(id)/contacts.html" }
    package static func companyActions(_ id: String) -> String { "companies/\(id)/actions.html" }
    package static func contract(_ id: String) -> String { "contracts/\(id).html" }
    package static func contractRole(_ contract: String, _ roleSet: String, _ role: String) -> String {
        "contracts/\(contract)/\(role).html"
    }
    package static func person(_ id: String) -> String { "people/\(id).html" }
    package static func guide(_ id: String) -> String { "guides/\(id).html" }
    package static func guideRole(_ guide: String, _ roleSet: String, _ role: String) -> String {
        "guides/\(guide)/\(roleSet)/\(role).html"
    }
    package static func role(_ roleSet: String, _ role: String) -> String { "roles/\(roleSet)/\(role).html" }
    package static func review(_ guide: String) -> String { "authors/\(guide).html" }
    package static func report(_ company: String) -> String { "reports/\(company).html" }
    package static func companyChanges(_ company: String) -> String { "companies/\(company)/changes.html" }
    package static func packet(_ person: String) -> String { "packets/\(person).html" }
    package static func reportPDF(_ company: String) -> String { "reports/\(company).pdf" }
    package static func packetPDF(_ person: String) -> String { "packets/\(person).pdf" }
    package static func calendar(_ company: String) -> String { "exports/\(company).ics" }

    /// Embeddable fragments (`--fragments DIR`), a tree of their own.
    package enum Fragment {
        package static func contacts(_ contract: String) -> String { "contracts/\(contract)/contacts.html" }
        package static func roleCard(_ contract: String, _ role: String) -> String {
            "contracts/\(contract)/\(role).html"
        }
        package static func personCard(_ person: String) -> String { "people/\(person).html" }
    }

    /// Pages whose paths no id chooses, with what they are.
    package static let listPages = [
        home: "the home page", people: "the list of people", guides: "the list of guides", roles: "the list of roles",
        authors: "the authors' list of guides", changes: "the list of changes",
        actions: "the list of what needs action", contracts: "the list of contracts and serial numbers",
    ]

    /// What the fixed page at `path` is, when there is one: a list page, a numbered page of the
    /// list of people, or a contract's who-to-contact fragment. Nil for a path an id may take.
    package static func fixedPage(at path: String) -> String? {
        if let page = listPages[path] { return page }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0] == "people", parts[1].hasPrefix("page-"), parts[1].hasSuffix(".html"),
            let number = Int(parts[1].dropFirst("page-".count).dropLast(".html".count)), number > 1,
            people(page: number) == path
        {
            return "page \(number) of the list of people"
        }
        if parts.count == 3, Fragment.contacts(String(parts[1])) == path {
            return "a contract's who-to-contact fragment"
        }
        return nil
    }

    /// The kinds of record whose id is part of a path.
    package enum IDKind: String, CaseIterable, Sendable {
        case person, guide, company, contract, role
    }

    /// Every path an id of `kind` names, in the site and in the fragments tree. A role's pages are
    /// shown for a contract `<contract>`, standing for every contract.
    package static func paths(of kind: IDKind, _ id: String) -> [String] {
        switch kind {
        case .person: [person(id), packet(id), packetPDF(id), Fragment.personCard(id)]
        case .guide: [guide(id), review(id)]
        case .company:
            [
                company(id), companyContacts(id), companyActions(id), report(id), reportPDF(id), calendar(id),
                companyChanges(id),
            ]
        case .contract: [contract(id)]
        case .role: [contractRole("<contract>", "", id), Fragment.roleCard("<contract>", id)]
        }
    }

    /// Why an id of `kind` cannot be used, or nil when it can: one of its pages would replace a fixed page.
    package static func reservation(of kind: IDKind, _ id: String) -> String? {
        for path in paths(of: kind, id) {
            if let page = fixedPage(at: path) { return "\(path) is \(page)" }
        }
        return nil
    }
}

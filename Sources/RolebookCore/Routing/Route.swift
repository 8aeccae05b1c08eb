/// The one place URLs are decided. Paths are relative to the output root and end in `.html`,
/// so links work from `file://` without a server's index-file lookup.
///
/// It lives in the core, not with the renderer, so that the resolver can reject an id whose page
/// would overwrite a fixed page (``fixedPage(at:)``) from the same definitions the planner uses.
public enum Route {
    public static let home = "index.html"
    public static let people = "people/index.html"
    /// People listed on one index page: a site of 400,000 people must not make one 150 MB page.
    public static let peoplePerPage = 250

    public static func people(page: Int) -> String { page <= 1 ? people : "people/page-\(page).html" }
    public static let guides = "guides/index.html"
    public static let roles = "roles/index.html"
    public static let authors = "authors/index.html"
    public static let stylesheet = "assets/style.css"

    public static func company(_ id: String) -> String { "companies/\(id).html" }
    public static func companyContacts(_ id: String) -> String { "companies/\(id)/contacts.html" }
    public static func contract(_ id: String) -> String { "contracts/\(id).html" }
    public static func contractRole(_ contract: String, _ roleSet: String, _ role: String) -> String {
        "contracts/\(contract)/\(role).html"
    }
    public static func person(_ id: String) -> String { "people/\(id).html" }
    public static func guide(_ id: String) -> String { "guides/\(id).html" }
    public static func guideRole(_ guide: String, _ roleSet: String, _ role: String) -> String {
        "guides/\(guide)/\(roleSet)/\(role).html"
    }
    public static func role(_ roleSet: String, _ role: String) -> String { "roles/\(roleSet)/\(role).html" }
    public static func review(_ guide: String) -> String { "authors/\(guide).html" }
    public static func report(_ company: String) -> String { "reports/\(company).html" }
    public static func packet(_ person: String) -> String { "packets/\(person).html" }
    public static func reportPDF(_ company: String) -> String { "reports/\(company).pdf" }
    public static func packetPDF(_ person: String) -> String { "packets/\(person).pdf" }
    public static func calendar(_ company: String) -> String { "exports/\(company).ics" }

    /// Embeddable fragments (`--fragments DIR`), a tree of their own.
    public enum Fragment {
        public static func contacts(_ contract: String) -> String { "contracts/\(contract)/contacts.html" }
        public static func roleCard(_ contract: String, _ role: String) -> String { "contracts/\(contract)/\(role).html" }
        public static func personCard(_ person: String) -> String { "people/\(person).html" }
    }

    /// Pages whose paths no id chooses, with what they are.
    public static let listPages = [
        home: "the home page", people: "the list of people", guides: "the list of guides", roles: "the list of roles",
        authors: "the authors' list of guides",
    ]

    /// What the fixed page at `path` is, when there is one: a list page, a numbered page of the
    /// list of people, or a contract's who-to-contact fragment. Nil for a path an id may take.
    public static func fixedPage(at path: String) -> String? {
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
    public enum IDKind: String, CaseIterable, Sendable {
        case person, guide, company, contract, role
    }

    /// Every path an id of `kind` names, in the site and in the fragments tree. A role's pages are
    /// shown for a contract `<contract>`, standing for every contract.
    public static func paths(of kind: IDKind, _ id: String) -> [String] {
        switch kind {
        case .person: [person(id), packet(id), packetPDF(id), Fragment.personCard(id)]
        case .guide: [guide(id), review(id)]
        case .company: [company(id), companyContacts(id), report(id), reportPDF(id), calendar(id)]
        case .contract: [contract(id)]
        case .role: [contractRole("<contract>", "", id), Fragment.roleCard("<contract>", id)]
        }
    }

    /// Why an id of `kind` cannot be used, or nil when it can: one of its pages would replace a fixed page.
    public static func reservation(of kind: IDKind, _ id: String) -> String? {
        for path in paths(of: kind, id) {
            if let page = fixedPage(at: path) { return "\(path) is \(page)" }
        }
        return nil
    }
}

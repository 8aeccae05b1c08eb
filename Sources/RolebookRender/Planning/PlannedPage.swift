import RolebookCore

/// One page the site will have: where it goes and what it shows. Cheap to make; the view model is
/// built only when the page is rendered, so memory holds the model, never the site.
package struct PlannedPage: Hashable, Sendable {
    package enum Kind: Hashable, Sendable {
        case home
        case company(String)
        case companyContacts(String)
        /// What needs someone's action in one company.
        case actions(company: String)
        /// One page of the site's list of what needs action, A–Z by company: "" for the list itself.
        case siteActions(String)
        case contract(String)
        case contractRole(contract: String, role: RoleKey)
        case person(String)
        /// One page of the A–Z people index: "" for the index, else a letter (and part) key.
        case people(String)
        /// One page of the A–Z index of contracts and serial numbers with their holders.
        case contracts(String)
        case guide(String)
        case guideRole(guide: String, role: RoleKey)
        case guides
        case roles
        case role(RoleKey)
        /// One page of a role's holders, A–Z by company, when the role page cannot list them all.
        case roleHolders(role: RoleKey, page: String)
        case authors
        case review(String)
        /// A company's printable role report (with `--reports`).
        case report(String)
        /// A person's onboarding packet (with `--reports`).
        case packet(String)
        /// What changed in the whole site since the earlier data (with `--since`).
        case changes
        /// What changed in one company since the earlier data (with `--since`).
        case companyChanges(String)
    }

    /// Output path relative to the output folder, `/`-separated.
    package var path: String
    package var kind: Kind

    package init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// `../` repeated once per folder level, so every link works opened from disk.
    package var rootPrefix: String {
        String(repeating: "../", count: path.count { $0 == "/" })
    }
}

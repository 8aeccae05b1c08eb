/// The one place URLs are decided. Paths are relative to the output root and end in `.html`,
/// so links work from `file://` without a server's index-file lookup.
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
}

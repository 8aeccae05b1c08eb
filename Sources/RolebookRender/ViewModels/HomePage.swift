/// The home page: companies, counts and upcoming renewals.
package struct HomePage: Sendable {
    package struct CompanyRow: Sendable {
        package var link: Link
        package var contracts: Int
        package var assets: Int
        package var people: Int
        package var nextEnd: String?
    }

    package struct Renewal: Sendable {
        package var contract: Link
        package var company: Link
        package var ends: String
        package var daysLeft: Int
        package var autoRenew: Bool
    }

    package var chrome: PageChrome
    package var root: String
    package var companies: [CompanyRow]
    package var renewals: [Renewal]
    package var hasRenewals: Bool
    package var renewalWindowDays: Int
    package var guides: [GuideLink]
    package var contractCount: Int
    package var peopleCount: Int
    /// "Renewals in the next 90 days", and what the section says when none is due.
    package var renewalsTitle: String
    package var noRenewals: String
    /// "3 contracts, 12 people".
    package var counts: String
}

/// The home page: companies, counts and upcoming renewals.
public struct HomePage: Sendable {
    public struct CompanyRow: Sendable {
        public var link: Link
        public var contracts: Int
        public var assets: Int
        public var people: Int
        public var nextEnd: String?
    }

    public struct Renewal: Sendable {
        public var contract: Link
        public var company: Link
        public var ends: String
        public var daysLeft: Int
        public var autoRenew: Bool
    }

    public var chrome: PageChrome
    public var root: String
    public var companies: [CompanyRow]
    public var renewals: [Renewal]
    public var hasRenewals: Bool
    public var renewalWindowDays: Int
    public var guides: [GuideLink]
    public var contractCount: Int
    public var peopleCount: Int
}

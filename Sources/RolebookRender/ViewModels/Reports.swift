/// How outputs that travel on their own (reports, packets, fragments) link to the site: to its
/// published address, relatively inside a bundle, or not at all.
public struct OutsideLinks: Sendable {
    /// Prefix for site paths; nil when the output must not link out of itself.
    public var root: String?

    public init(root: String?) { self.root = root }
}

/// One person holding one role somewhere, for the role matrix.
public struct MatrixRow: Sendable {
    public var person: String
    public var personHref: String?
    public var email: String
    public var role: String
    public var contract: String
    public var contractHref: String?
    public var unit: String?
    public var hasLeft: Bool
    /// Set for a gap: a unit with nobody in a role that has a stand-in.
    public var gap: String?
}

/// A date that matters for renewal (domain.md 1.4).
public struct Milestone: Sendable {
    public var contract: String
    public var label: String
    public var date: String
    public var isoDate: String
    public var daysFromAsOf: Int
    public var isNear: Bool
    public var isPast: Bool
}

/// A contract as the company report shows it.
public struct ReportContract: Sendable {
    public struct Holder: Sendable {
        public var role: String
        public var unit: String?
        public var people: [PersonCard]
        public var note: String?
    }

    public var number: String
    public var href: String?
    public var facts: [Fact]
    public var assets: [ContractPage.AssetRow]
    public var holders: [Holder]
    public var contacts: [ContactRow]
}

/// The change instructions of one role on one contract, as its role page tailors them.
public struct RoleChanges: Sendable {
    public var role: String
    public var contract: String
    public var canMake: [ChangeYouCanMake]
    public var mustAsk: [ChangeToAskFor]
}

/// A self-contained, printable report of one company's roles.
public struct CompanyReport: Sendable {
    public var title: String
    public var company: String
    public var asOf: String
    /// Inlined stylesheet and `@page` rules (trusted: built by Rolebook, values CSS-escaped).
    public var styleHTML: String
    public var links: Bool
    public var root: String
    public var companyHref: String
    public var reseller: ResellerCard?
    public var matrix: [MatrixRow]
    public var contracts: [ReportContract]
    public var milestones: [Milestone]
    public var changes: [RoleChanges]
}

/// A self-contained page for one person: their roles, what they may do, whom to ask.
public struct OnboardingPacket: Sendable {
    public struct Role: Sendable {
        public var name: String
        public var summary: String
        public var places: [String]
        public var capabilities: [String]
        public var notifications: [String]
    }

    public struct Contract: Sendable {
        public var number: String
        public var company: String
        public var asks: [PersonAdviceFragment.Ask]
        public var canMake: [ChangeYouCanMake]
        public var mustAsk: [ChangeToAskFor]
    }

    public var title: String
    public var asOf: String
    public var styleHTML: String
    public var links: Bool
    public var root: String
    public var person: PersonCard
    public var roles: [Role]
    public var contracts: [Contract]
}

/// Embeddable fragments: no page chrome, stable `rb-` class names, no script.
public struct RoleCardFragment: Sendable {
    public var links: Bool
    public var root: String
    public var contract: String
    public var contractHref: String
    public var company: String
    public var holders: [ReportContract.Holder]
    public var role: RoleFacts
}

public struct ContactsFragment: Sendable {
    public var links: Bool
    public var root: String
    public var contract: String
    public var company: String
    public var contacts: [ContactRow]
}

public struct PersonCardFragment: Sendable {
    public var links: Bool
    public var root: String
    public var person: PersonCard
    public var roles: String
}

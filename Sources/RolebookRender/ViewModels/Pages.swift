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

/// A guide in a list.
public struct GuideLink: Sendable {
    public var link: Link
    public var summary: String?
    public var isProcedure: Bool
}

/// One contract in a list.
public struct ContractRow: Sendable {
    public var link: Link
    public var vendor: String
    public var roleSet: String
    public var products: String
    public var ends: String
    public var nearRenewal: Bool
}

/// A person in a list, with what they hold.
public struct PersonRow: Sendable {
    public var person: PersonCard
    public var roles: String
}

public struct CompanyPage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var name: String
    public var reseller: ResellerCard?
    public var contracts: [ContractRow]
    public var people: [PersonRow]
    public var contactsHref: String
    public var vacancies: [Vacancy]
    /// Set when reports are built.
    public var reportHref: String?
}

public struct CompanyContactsPage: Sendable {
    public struct ContractContacts: Sendable {
        public var contract: Link
        public var contactTable: ContactTableFragment
        /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
        public var contactTableHTML: String
    }

    public var chrome: PageChrome
    public var root: String
    public var name: String
    public var companyHref: String
    public var contracts: [ContractContacts]
}

/// A role as listed on a contract page, with who holds it there.
public struct RoleHolding: Sendable {
    public struct Unit: Sendable {
        public var label: String?
        public var people: [PersonCard]
        /// `people` drawn by the theme's `person-card` template, once per person and page depth
        /// in a batch: a contract's 50 users appear on several of its pages.
        public var peopleHTML: String
        public var standIn: String?
        public var empty: Bool
    }

    public var name: String
    public var href: String
    public var summary: String
    public var units: [Unit]
}

public struct ContractPage: Sendable {
    public struct AssetRow: Sendable {
        public var product: String
        public var serialNumber: String?
        public var seats: String?
    }

    public var chrome: PageChrome
    public var root: String
    public var number: String
    public var company: Link
    public var facts: [Fact]
    public var nearRenewal: String?
    public var reseller: ResellerCard?
    public var assets: [AssetRow]
    public var roles: [RoleHolding]
    public var contactTable: ContactTableFragment
    /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
    public var contactTableHTML: String
    public var vacancies: [Vacancy]
}

/// What a role is: shared by the generic role page and the contract role page.
public struct RoleFacts: Sendable {
    public struct Counterpart: Sendable {
        public var link: Link
        public var roleSet: String
        public var note: String
    }

    public var name: String
    public var roleSet: String
    public var otherNames: String?
    public var summary: String
    public var scope: String
    public var cardinality: String
    public var assignedBy: String?
    public var capabilities: [String]
    public var notifications: [String]
    public var duties: [String]
    public var counterparts: [Counterpart]
    public var whenHolderLeaves: String?
}

public struct ContractRolePage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var role: RoleFacts
    public var contract: Link
    public var company: Link
    public var holding: RoleHolding
    public var vacancies: [Vacancy]
    public var canMake: [ChangeYouCanMake]
    public var mustAsk: [ChangeToAskFor]
    public var guides: [GuideLink]
    public var contactTable: ContactTableFragment
    /// `contactTable` drawn by the theme's `contact-table` template (once per batch).
    public var contactTableHTML: String
    public var otherRoles: [Link]
}

public struct RolePage: Sendable {
    /// Where the role is held, one row per company: the contract role pages name the people.
    public struct Holder: Sendable {
        public var company: Link
        public var people: Int
        public var contracts: [Link]
    }

    public var chrome: PageChrome
    public var root: String
    public var role: RoleFacts
    public var holders: [Holder]
    public var guides: [GuideLink]
}

public struct RolesPage: Sendable {
    public struct Set: Sendable {
        public var name: String
        public var vendor: String
        public var description: String?
        public var roles: [Link]
    }

    public var chrome: PageChrome
    public var root: String
    public var sets: [Set]
}

public struct PersonPage: Sendable {
    public struct Held: Sendable {
        public var role: Link
        public var contract: Link
        public var company: Link
        public var unit: String?
    }

    public struct ContractAdvice: Sendable {
        public var contract: Link
        public var company: Link
        public var advice: PersonAdviceFragment
        /// `advice` drawn by the `person-advice` template, once per key in a batch.
        public var adviceHTML: String
    }

    public var chrome: PageChrome
    public var root: String
    public var person: PersonCard
    /// Set when packets are built.
    public var packetHref: String?
    public var held: [Held]
    public var holdsNothing: Bool
    public var advice: [ContractAdvice]
}

public struct PeoplePage: Sendable {
    /// A link in the pager; `range` names the first and last person on that page.
    public struct PageLink: Sendable {
        public var label: String
        public var href: String
        public var isCurrent: Bool
        public var range: String
    }

    public var chrome: PageChrome
    public var root: String
    public var people: [PersonRow]
    public var pages: [PageLink]
}

public struct GuidePage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var title: String
    public var summary: String?
    public var bodyHTML: String
    public var isTailored: Bool
    public var variants: [Link]
    public var contractPages: [Link]
    /// How many contracts the guide applies to, listed or not.
    public var contractCount: Int
    /// Set when there are too many to list (templates cannot test a number).
    public var tooManyContracts: Bool
    public var forRole: String?
    public var guideHref: String
    public var preconditions: [String]
    public var changes: [String]
    public var performers: String?
}

public struct GuidesPage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var guides: [GuideLink]
}

public struct ReviewPage: Sendable {
    public struct Variant: Sendable {
        public var role: String
        public var roleSet: String
        public var bodyHTML: String
    }

    public var chrome: PageChrome
    public var root: String
    public var title: String
    public var guideHref: String
    public var flaggedHTML: String
    public var variants: [Variant]
}

public struct AuthorsPage: Sendable {
    public var chrome: PageChrome
    public var root: String
    public var reviews: [Link]
}

/// The who-to-contact table of one contract: a fragment many pages insert.
public struct ContactTableFragment: Sendable {
    public var root: String
    public var contacts: [ContactRow]
    /// The contract and page depth: equal keys, equal fragments (the fragment cache's key).
    public var key: String
}

/// What one person should know about one contract: whom to ask, what they can change.
public struct PersonAdviceFragment: Sendable {
    /// "For access to software, ask Ann Lee."
    public struct Ask: Sendable {
        public var topic: String
        public var step: ContactRow.Step?
        public var isSelf: Bool
    }

    public var root: String
    public var asks: [Ask]
    public var canMake: [ChangeYouCanMake]
    public var mustAsk: [ChangeToAskFor]
    /// The contract, the reader's roles there, the topics they are the first contact for, and the
    /// page depth: equal keys, equal fragments (the fragment cache's key).
    public var key: String
}

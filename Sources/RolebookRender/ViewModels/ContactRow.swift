/// One need ("Access to software") and whom to ask, in order, for one contract.
public struct ContactRow: Hashable, Sendable {
    /// One step of the chain: a role's holders or a reseller contact.
    public struct Step: Hashable, Sendable {
        public var label: String
        public var people: [PersonCard]
        public var contact: ContactCard?
    }

    public var topic: String
    public var first: Step?
    public var then: [Step]
    /// Steps passed over, and why: shown, never silently dropped.
    public var skipped: [String]
    // Stored, not computed: templates see only stored properties.
    public var hasSkipped: Bool
    public var hasThen: Bool
}

/// A procedure the reader can carry out themselves, with this contract's values filled in.
public struct ChangeYouCanMake: Hashable, Sendable {
    public var title: String
    public var href: String
    public var summary: String?
    public var preconditions: [String]
    public var changes: [String]
    public var stepsHTML: String
}

/// A procedure someone else must carry out: whom to ask and what to tell them.
public struct ChangeToAskFor: Hashable, Sendable {
    public var title: String
    public var href: String
    public var summary: String?
    public var askRole: String?
    public var askPeople: [PersonCard]
    public var sayHTML: String?
    public var guidanceHTML: String
    /// Set when the person to ask is missing or has left.
    public var fallbackHTML: String?
    public var reseller: ResellerCard?
    public var holderUnavailable: Bool
}

/// An exactly-one role whose holder has left, and how the role is taken over.
public struct Vacancy: Hashable, Sendable {
    public var roleName: String
    public var personName: String
    public var takeover: String?
    public var reseller: ResellerCard?
}

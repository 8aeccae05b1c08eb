/// A link as templates show it: `<a href="{{root}}{{href}}">{{label}}</a>`.
public struct Link: Hashable, Sendable {
    public var label: String
    /// Relative to the output root; templates prefix the page's `root`.
    public var href: String
}

/// A person as every page shows them: name, how to reach them, and whether they have left.
public struct PersonCard: Hashable, Sendable {
    /// Set when the card is rendered on its own, outside a page's context.
    public var root: String?
    public var name: String
    public var href: String
    public var title: String?
    public var email: String
    public var phone: String?
    public var hasLeft: Bool
    /// Why this person appears here when it is not obvious ("stands in: no Software Coordinator").
    public var note: String?
}

/// A label and a value, for fact tables.
public struct Fact: Hashable, Sendable {
    public var label: String
    public var value: String
}

/// One way to reach a reseller.
public struct ContactCard: Hashable, Sendable {
    public var purpose: String
    public var name: String?
    public var phone: String?
    public var email: String?
    public var url: String?
    /// The url again, only when it is http(s): only such a url becomes a link.
    public var webURL: String?
    public var hours: String?
}

/// A reseller and its contacts.
public struct ResellerCard: Hashable, Sendable {
    public var name: String
    public var accountNumber: String?
    public var contacts: [ContactCard]
}

/// Everything the shared header and footer partials need.
public struct PageChrome: Hashable, Sendable {
    public var siteTitle: String
    public var pageTitle: String
    /// `../` per folder level: prefixes every link so pages work from disk.
    public var root: String
    public var asOf: String
    public var breadcrumbs: [Link]
    public var hasBreadcrumbs: Bool
}

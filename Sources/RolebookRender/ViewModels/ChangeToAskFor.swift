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

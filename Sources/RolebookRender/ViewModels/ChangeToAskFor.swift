/// A procedure someone else must carry out: whom to ask and what to tell them.
package struct ChangeToAskFor: Hashable, Sendable {
    package var title: String
    package var href: String
    package var summary: String?
    package var askRole: String?
    package var askPeople: [PersonCard]
    package var sayHTML: String?
    package var guidanceHTML: String
    /// Set when the person to ask is missing or has left.
    package var fallbackHTML: String?
    package var reseller: ResellerCard?
    package var holderUnavailable: Bool
}

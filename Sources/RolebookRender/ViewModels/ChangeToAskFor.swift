/// A procedure someone else must carry out: whom to ask and what to tell them, or, when nobody
/// who could do it is still here, what to do instead.
package struct ChangeToAskFor: Hashable, Sendable {
    package var title: String
    package var href: String
    package var summary: String?
    package var askRole: String?
    /// Holders of the role to ask who are still here (or stand in); never someone who has left.
    package var askPeople: [PersonCard]
    /// "What to tell them", or the situation the script is written for ("If Ben Adler is leaving").
    package var sayLabel: String
    /// Only when someone is there to tell.
    package var sayHTML: String?
    package var guidanceHTML: String
    /// False when nobody is left to ask: the guidance tells the reader to ask them.
    package var showsGuidance: Bool
    /// Set when, for some or all of the contract, nobody who holds the role to ask is still here.
    package var holderUnavailable: Bool
    /// Who is missing: "Walter Hughes, the Contract Manager, has left."
    package var absence: [String]
    package var fallbackHTML: String?
    /// Whom the procedure's fallback chain reaches, in order (from `content/contacts.yaml`).
    package var fallbackContacts: [ContactRow.Step]
    /// The reseller's contacts, when no chain says which of them to try.
    package var reseller: ResellerCard?
    /// The language the procedure is written in, when the page is in another (see
    /// ``ChangeYouCanMake/contentLanguage``).
    package var contentLanguage: String? = nil
}

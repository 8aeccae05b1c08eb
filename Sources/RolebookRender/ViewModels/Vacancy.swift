/// An exactly-one role whose holder has left, and how the role is taken over.
package struct Vacancy: Hashable, Sendable {
    package var roleName: String
    package var personName: String
    /// How the role is taken over; pages of other roles leave it out and link to `href`.
    package var takeover: String?
    /// The page of the vacant role on the contract, which says how it is taken over.
    package var href: String
    package var reseller: ResellerCard?
    /// Whom to contact until the role has a new holder: the chain its hand-over procedure falls
    /// back on (`fallback_for` in `content/contacts.yaml`), without the holder who left.
    package var contacts: [ContactRow.Step]
}

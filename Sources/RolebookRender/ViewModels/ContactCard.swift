/// One way to reach a reseller.
package struct ContactCard: Hashable, Sendable {
    package var purpose: String
    package var name: String?
    package var phone: String?
    /// `phone` as a `tel:` link (digits and a leading plus).
    package var phoneHref: String?
    package var email: String?
    package var url: String?
    /// The url again, only when it is http(s): only such a url becomes a link.
    package var webURL: String?
    package var hours: String?
}

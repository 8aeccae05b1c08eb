/// An exactly-one role whose holder has left, and how the role is taken over.
package struct Vacancy: Hashable, Sendable {
    package var roleName: String
    package var personName: String
    package var takeover: String?
    package var reseller: ResellerCard?
}

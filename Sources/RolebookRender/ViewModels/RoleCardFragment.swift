/// Embeddable fragments: no page chrome, stable `rb-` class names, no script.
package struct RoleCardFragment: Sendable {
    package var links: Bool
    package var root: String
    package var contract: String
    package var contractHref: String
    package var company: String
    package var holders: [ReportContract.Holder]
    package var role: RoleFacts
}

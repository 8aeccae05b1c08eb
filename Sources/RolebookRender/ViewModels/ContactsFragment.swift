package struct ContactsFragment: Sendable {
    package var links: Bool
    package var root: String
    package var contract: String
    package var company: String
    package var contacts: [ContactRow]
}

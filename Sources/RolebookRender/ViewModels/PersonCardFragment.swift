package struct PersonCardFragment: Sendable {
    package var links: Bool
    package var root: String
    package var person: PersonCard
    package var roles: String
}

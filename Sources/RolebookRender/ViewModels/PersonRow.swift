/// A person in a list, with what they hold.
public struct PersonRow: Sendable {
    public var person: PersonCard
    public var roles: String
}

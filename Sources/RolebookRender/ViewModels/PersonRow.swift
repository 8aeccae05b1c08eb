/// A person in a list, with what they hold.
package struct PersonRow: Sendable {
    package var person: PersonCard
    package var roles: String
}

/// A label and a value, for fact tables.
package struct Fact: Hashable, Sendable {
    package var label: String
    package var value: String
}

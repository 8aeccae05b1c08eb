/// A label and a value, for fact tables.
public struct Fact: Hashable, Sendable {
    public var label: String
    public var value: String
}

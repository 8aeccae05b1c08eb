/// The paper a printed report is laid out for.
public enum Paper: String, Sendable, CaseIterable {
    case a4
    case letter

    /// The CSS `@page` size keyword.
    var cssSize: String { self == .a4 ? "A4" : "letter" }
}

/// A procedure the reader can carry out themselves, with this contract's values filled in.
package struct ChangeYouCanMake: Hashable, Sendable {
    package var title: String
    package var href: String
    package var summary: String?
    package var preconditions: [String]
    package var changes: [String]
    package var stepsHTML: String
}

/// One change as a reader meets it: the sentence, then the pages where it shows today.
package struct ChangeItem: Sendable {
    package var summary: String
    package var links: [Link]
}

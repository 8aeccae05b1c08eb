/// The answer a reader looks for first about one contract: who its key people are and how to reach
/// them. Opens a person's page (their contacts) and a company's page (its key people).
package struct AnswerCard: Sendable {
    package var contract: Link
    package var company: Link
    /// The reader's own roles on the contract ("User", with where they hold it), linked to their
    /// pages; empty on a company's page.
    package var readerRoles: [Link]
    package var contacts: [KeyContact]
}

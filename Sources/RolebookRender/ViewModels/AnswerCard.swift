/// The answer a reader looks for first about one contract: who its key people are and how to reach
/// them. Opens a person's page (their contacts) and a company's page (its key people).
package struct AnswerCard: Sendable {
    package var contract: Link
    package var company: Link
    /// The reader's own roles on the contract ("User"); nil on a company's page.
    package var readerRoles: String?
    package var contacts: [KeyContact]
}

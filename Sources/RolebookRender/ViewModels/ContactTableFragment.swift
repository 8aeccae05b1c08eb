/// The who-to-contact table of one contract: a fragment many pages insert.
package struct ContactTableFragment: Sendable {
    package var root: String
    /// Notes true of several rows, said once above the table instead of in each row.
    package var notes: [String]
    package var contacts: [ContactRow]
    /// The contract and page depth: equal keys, equal fragments (the fragment cache's key).
    package var key: String
}

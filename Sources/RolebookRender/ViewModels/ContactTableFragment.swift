/// The who-to-contact table of one contract: a fragment many pages insert.
package struct ContactTableFragment: Sendable {
    package var root: String
    package var contacts: [ContactRow]
    /// The contract and page depth: equal keys, equal fragments (the fragment cache's key).
    package var key: String
}

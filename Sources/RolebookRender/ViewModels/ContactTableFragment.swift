/// The who-to-contact table of one contract: a fragment many pages insert.
public struct ContactTableFragment: Sendable {
    public var root: String
    public var contacts: [ContactRow]
    /// The contract and page depth: equal keys, equal fragments (the fragment cache's key).
    public var key: String
}

/// Fragments that many pages of one company repeat (a contract's contact table, a reader's advice
/// for a contract), rendered once and inserted as trusted HTML.
///
/// One cache serves one batch of pages rendered by one task, so it needs no locking, and it is
/// dropped with the batch: memory holds one company's fragments, never the site's.
public final class FragmentCache {
    var contactRows: [String: [ContactRow]] = [:]
    var contactTables: [String: String] = [:]
    var advice: [String: String] = [:]
    var cards: [String: String] = [:]

    public init() {}
}

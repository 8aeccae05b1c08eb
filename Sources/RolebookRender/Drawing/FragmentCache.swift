/// The drawing half of a batch: fragments that many pages of one company repeat (a person's card,
/// a contract's contact table, a reader's advice for a contract), drawn once and inserted as
/// trusted HTML. Keys say what a fragment shows and at which page depth, so equal keys are equal
/// fragments.
///
/// One cache serves one batch of pages rendered by one task, so it needs no locking, and it is
/// dropped with the batch: memory holds one company's fragments, never the site's.
final class FragmentCache {
    private var drawn: [String: String] = [:]

    func html(_ key: String, draw: () -> String) -> String {
        if let html = drawn[key] { return html }
        let html = draw()
        drawn[key] = html
        return html
    }
}

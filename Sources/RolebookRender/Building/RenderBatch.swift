import RolebookCore

/// What one task shares across the pages of one batch: the memo for building, the cache for drawing.
package final class RenderBatch {
    let memo = ViewModelMemo()
    let fragments = FragmentCache()

    package init() {}
}

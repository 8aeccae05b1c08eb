import RolebookCore

/// What one task shares across the pages of one batch: the memo for building, the cache for drawing.
public final class RenderBatch {
    let memo = ViewModelMemo()
    let fragments = FragmentCache()

    public init() {}
}

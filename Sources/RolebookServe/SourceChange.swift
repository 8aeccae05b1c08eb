/// Files that changed under the watched folders during one burst of changes (an editor's save is
/// several events: a temporary file, a rename, attributes), reported once the burst has been quiet.
package struct SourceChange: Equatable, Sendable {
    /// Paths relative to the site root, sorted; a watched folder's own name when the watcher lost
    /// count (an inotify queue overflow) and only knows that something under it changed.
    package var paths: [String]
}

import Foundation
import RolebookBuild

/// What the preview tells whoever runs it (the command prints it; tests could read it): the
/// session speaks, it does not print, so the command keeps one way of printing diagnostics.
package enum PreviewEvent: Sendable {
    /// A build finished, with or without errors; `changes` are the files that set it off (empty
    /// for the first build).
    case built(BuildReport, changes: [String])
    /// A build could not run: an error that is not about the content (a folder it cannot write).
    case failed(any Error, changes: [String])
    /// The server listens at `url`; `instead` is the preferred port when it was taken.
    case listening(url: String, instead: UInt16?)
    /// A stop signal came: the server and the watcher are closing.
    case stopping
}

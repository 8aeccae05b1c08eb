import Foundation
import RolebookServe
import RolebookTestSupport
import Testing

/// The watcher on real folders: inotify on Linux (and the modification-time poll), each change
/// reported once its burst is quiet, by path relative to the site root.
@Suite struct SourceWatcherTests {
    /// The next burst of changes, or nil when none comes within `timeout` seconds; the watcher
    /// is stopped after it.
    func nextChange(_ watcher: SourceWatcher, timeout: Double = 5) async -> SourceChange? {
        let timer = Task {
            try? await Task.sleep(for: .seconds(timeout))
            watcher.stop()
        }
        defer { timer.cancel() }
        var iterator = watcher.changes.makeAsyncIterator()
        let change = await iterator.next()
        watcher.stop()
        return change
    }

    /// Every path reported until `wanted` is, or until `timeout` seconds have passed.
    func paths(_ watcher: SourceWatcher, until wanted: String, timeout: Double = 5) async -> Set<String> {
        let timer = Task {
            try? await Task.sleep(for: .seconds(timeout))
            watcher.stop()
        }
        defer { timer.cancel() }
        var seen: Set<String> = []
        for await change in watcher.changes {
            seen.formUnion(change.paths)
            if seen.contains(wanted) { break }
        }
        watcher.stop()
        return seen
    }

    func site() throws -> URL {
        try FixtureTree.write(
            """
            -- content/site.yaml --
            title: Watched
            -- content/companies/acme.yaml --
            id: acme
            """, to: try TestPaths.temporaryFolder("watch"))
    }

    @Test(arguments: [false, true])
    func anEditIsReportedByItsPath(polling: Bool) async throws {
        let root = try site()
        let watcher = try SourceWatcher(root: root, folders: PreviewSession.watchedFolders, polling: polling)
        try "id: acme\nname: Acme\n".write(
            to: root.appendingPathComponent("content/companies/acme.yaml"), atomically: false, encoding: .utf8)
        let change = await nextChange(watcher)
        #expect(change?.paths == ["content/companies/acme.yaml"])
    }

    @Test func aFileInANewFolderIsSeen() async throws {
        let root = try site()
        let watcher = try SourceWatcher(root: root, folders: PreviewSession.watchedFolders)
        let folder = root.appendingPathComponent("content/guides")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        // Written after the folder's own event has been read and the folder watched.
        try await Task.sleep(for: .milliseconds(300))
        try "---\ntitle: New\n---\n".write(
            to: folder.appendingPathComponent("new.md"), atomically: false, encoding: .utf8)
        let seen = await paths(watcher, until: "content/guides/new.md")
        #expect(seen.contains("content/guides/new.md"))
    }

    /// The site's own templates and strings files are sources too, in folders a site may make
    /// while the preview runs.
    @Test(arguments: [("templates", "footer.mustache"), ("strings", "de.yaml")])
    func aSourceFolderMadeLaterIsWatched(folder: String, file: String) async throws {
        let root = try site()
        let watcher = try SourceWatcher(root: root, folders: PreviewSession.watchedFolders)
        let made = root.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: made, withIntermediateDirectories: false)
        try await Task.sleep(for: .milliseconds(300))
        try "text".write(to: made.appendingPathComponent(file), atomically: false, encoding: .utf8)
        let seen = await paths(watcher, until: "\(folder)/\(file)")
        #expect(seen.contains(folder) && seen.contains("\(folder)/\(file)"))
    }

    @Test func hiddenFilesAndOtherFoldersAreNotChanges() async throws {
        let root = try site()
        let watcher = try SourceWatcher(root: root, folders: PreviewSession.watchedFolders)
        try "swap".write(
            to: root.appendingPathComponent("content/companies/.acme.yaml.swp"), atomically: false, encoding: .utf8)
        try "built".write(to: root.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        #expect(await nextChange(watcher, timeout: 1) == nil)
    }

    @Test func stoppingEndsTheChanges() async throws {
        let watcher = try SourceWatcher(root: try site(), folders: PreviewSession.watchedFolders)
        watcher.stop()
        var iterator = watcher.changes.makeAsyncIterator()
        #expect(await iterator.next() == nil)
    }
}

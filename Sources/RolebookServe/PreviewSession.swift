import FlyingFox
import FlyingSocks
import Foundation
import RolebookBuild

/// `rolebook serve`: build the site into a folder of its own, serve that folder on 127.0.0.1,
/// and rebuild and reload the open pages whenever the sources change, until told to stop.
///
/// Every build is `SiteBuilder.build` with `options.output` set to the preview folder, so it writes
/// as `build` does (through `OwnedFolder`, incrementally: an unchanged rebuild renders nothing),
/// and the folder holds exactly what `build` would write; the reload script is added by the
/// server as it answers (``LiveReload``).
package struct PreviewSession: Sendable {
    /// The build: `output` is the preview folder.
    package var options: BuildOptions
    package var port: PortRequest
    /// Watch by modification times instead of inotify.
    package var polling = false
    /// One line for an error a build threw, for the failure page (the command's own wording).
    package var describe: @Sendable (any Error) -> String = { "\($0)" }
    /// Where the session's events go.
    package var report: @Sendable (PreviewEvent) -> Void = { _ in }

    /// The folders whose changes rebuild the site: the content, a theme, the site's own
    /// templates and its own strings files (a translation edited while previewing).
    package static let watchedFolders = ["content", "themes", "templates", "strings"]

    package init(options: BuildOptions, port: PortRequest) {
        self.options = options
        self.port = port
    }

    /// Builds, serves and rebuilds until `stop` yields (or ends); then closes the server and the
    /// watcher, after letting a build under way finish so that its folder is left whole.
    /// Throws when the server cannot listen or the sources cannot be watched.
    package func run(until stop: AsyncStream<Void>) async throws {
        // The port is settled first, so that a port in use fails at once rather than after a
        // build; watching starts before the first build, so that a save during it is not missed.
        let chosen = try port.choose().get()
        let watcher = try SourceWatcher(root: options.root, folders: Self.watchedFolders, polling: polling)
        let state = PreviewState()
        await rebuild(after: [], state: state)
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: chosen), timeout: 15, logger: .disabled,
            handler: PreviewHandler(folder: ServedFolder(root: options.output), state: state))
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            watcher.stop()
            serving.cancel()
            // The server's own failure (the port taken between the check and the bind) says more.
            if case .failure(let failure) = await serving.result { throw failure }
            throw error
        }
        let listening = await server.listeningAddress
        guard case .ip4(let host, let bound) = listening else { throw PortError.inUse(port: chosen, tried: 1) }
        let preferred: UInt16? = if case .preferred(let wanted) = port, wanted != bound { wanted } else { nil }
        report(.listening(url: "http://\(host):\(bound)/", instead: preferred))

        let rebuilding = Task {
            for await change in watcher.changes { await rebuild(after: change.paths, state: state) }
        }
        for await _ in stop { break }
        report(.stopping)
        watcher.stop()
        await rebuilding.value
        // Ending the event streams lets each open page's connection finish its response.
        await state.close()
        await server.stop(timeout: 0.25)
        _ = await serving.result
    }

    /// One build, its report, and what the open pages are told.
    private func rebuild(after changes: [String], state: PreviewState) async {
        do {
            let built = try await SiteBuilder(options: options).build()
            report(.built(built, changes: changes))
            if built.succeeded {
                await state.publish(failure: nil, changedFiles: built.written + built.removed > 0)
            } else {
                await state.publish(
                    failure: BuildFailurePage(diagnostics: built.diagnostics, root: options.root), changedFiles: false)
            }
        } catch {
            report(.failed(error, changes: changes))
            await state.publish(failure: BuildFailurePage(failure: describe(error)), changedFiles: false)
        }
    }
}

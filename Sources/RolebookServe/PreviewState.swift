/// What the preview server knows of the builds, shared by the build loop and the request
/// handlers: the generation of the last build that changed what a browser shows, the failure page
/// while the last build failed, and the open pages' event streams, told to reload on each new
/// generation.
package actor PreviewState {
    /// Counts builds that changed the site or its failure; a page carries the one it was served
    /// at, and is told to reload when it is behind.
    package private(set) var generation = 0
    /// Shown in place of every page while the last build failed; nil after a good build.
    package private(set) var failure: BuildFailurePage?
    private var listeners: [Int: AsyncStream<ReloadSignal>.Continuation] = [:]
    private var nextListener = 0
    private var closed = false
    private var keepAlive: Task<Void, Never>?

    package init() {}

    /// The outcome of a build: a new generation, and a reload for every open page, when it wrote
    /// or removed files or its failure differs from the last one's; an unchanged rebuild (an
    /// editor touching a file, a save without changes) reloads nothing.
    package func publish(failure: BuildFailurePage?, changedFiles: Bool) {
        guard changedFiles || failure != self.failure else { return }
        generation += 1
        self.failure = failure
        for listener in listeners.values { listener.yield(.reload(generation: generation)) }
    }

    /// The signals for one open page, from now until the page goes or the server stops.
    package func subscribe() -> AsyncStream<ReloadSignal> {
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadSignal.self, bufferingPolicy: .bufferingNewest(8))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        if keepAlive == nil {
            // A closed tab is noticed only when something is written to its connection: a comment
            // every few seconds lets the server close it instead of holding it until the next build.
            keepAlive = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(15))
                    self.beat()
                }
            }
        }
        return stream
    }

    /// Ends every page's stream (their connections then close) and refuses new ones: the server is stopping.
    package func close() {
        closed = true
        keepAlive?.cancel()
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func unsubscribe(_ id: Int) {
        listeners[id] = nil
    }

    private func beat() {
        for listener in listeners.values { listener.yield(.keepAlive) }
    }
}

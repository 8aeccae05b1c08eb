import Dispatch

/// A value made on another thread while the caller goes on with other work, then waited for:
/// planning makes a site's search index this way while it fingerprints the pages.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting on it.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = make()
            self.done.signal()
        }
    }

    /// The value, once made; call once.
    func value() -> Value {
        done.wait()
        return result!
    }
}

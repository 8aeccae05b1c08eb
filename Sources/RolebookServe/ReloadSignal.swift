/// What the server tells an open page over its event stream.
package enum ReloadSignal: Equatable, Sendable {
    /// The site (or its failure page) changed at this generation: load the page again.
    case reload(generation: Int)
    /// Nothing changed; written only so that a connection whose page has gone is noticed and closed.
    case keepAlive

    /// The signal as server-sent event text.
    var eventText: String {
        switch self {
        case .reload(let generation): "event: reload\ndata: \(generation)\n\n"
        case .keepAlive: ": keep-alive\n\n"
        }
    }
}

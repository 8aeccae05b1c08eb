/// Rendered guidance HTML with holes for values from the data (a holder's name, a contract number).
///
/// The HTML parts are trusted: they come from cmark with raw HTML off. Values are filled in only
/// through ``filled(with:)``, which escapes them, so a person named `<script>` stays text.
public struct GuideHTML: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        case html(String)
        /// A placeholder such as `contract-manager.name`.
        case value(String)
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// The names of every placeholder, in order of appearance.
    public var valueNames: [String] {
        parts.compactMap { if case let .value(name) = $0 { name } else { nil } }
    }

    public func filled(with value: (String) -> String) -> String {
        var out = ""
        for part in parts {
            switch part {
            case let .html(html): out += html
            case let .value(name): out += HTMLText.escape(value(name))
            }
        }
        return out
    }
}

/// Rendered guidance HTML with holes for values from the data (a holder's name, a contract number).
///
/// The HTML parts are trusted: they come from cmark with raw HTML off. Values are filled in only
/// through ``filled(with:)``, which escapes them, so a person named `<script>` stays text.
package struct GuideHTML: Hashable, Sendable, Codable {
    package enum Part: Hashable, Sendable, Codable {
        case html(String)
        /// A placeholder such as `contract-manager.name`.
        case value(String)
    }

    package var parts: [Part]

    package init(parts: [Part]) { self.parts = parts }

    /// The same HTML with every heading moved `levels` down (h2 → h4), for guidance shown inside a
    /// page section, so heading levels never skip. cmark writes headings as bare `<hN>` tags.
    package func demotingHeadings(by levels: Int) -> GuideHTML {
        GuideHTML(
            parts: parts.map { part in
                guard case .html(var html) = part else { return part }
                for level in stride(from: 6, through: 1, by: -1) {
                    let target = min(6, level + levels)
                    html = html.replacing("<h\(level)>", with: "<h\(target)>").replacing(
                        "</h\(level)>", with: "</h\(target)>")
                }
                return .html(html)
            })
    }

    package func filled(with value: (String) -> String) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .html(let html): out += html
            case .value(let name): out += HTMLText.escape(value(name))
            }
        }
        return out
    }
}

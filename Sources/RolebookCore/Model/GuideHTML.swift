/// Rendered guidance HTML with holes for values from the data (a holder's name, a contract number).
///
/// The HTML parts are trusted: they come from cmark with raw HTML off. Values are filled in only
/// through ``filled(with:)-(GuideValueSource)``, which escapes them, so a person named `<script>`
/// stays text.
///
/// Guidance may hold blocks for one kind of page only (`<!-- on: contract -->`): then a page that
/// belongs to no contract reads ``genericParts`` instead of ``parts``. Two whole renderings, not one
/// with conditional holes, so that a list that loses an item is numbered right on both kinds of page.
package struct GuideHTML: Hashable, Sendable, Codable {
    package enum Part: Hashable, Sendable, Codable {
        case html(String)
        /// A placeholder such as `contract-manager.name`, and the author's wording for where the
        /// value is not known (`{{contract.number|your contract number}}`), if any.
        case value(String, fallback: String? = nil)
    }

    /// The guidance on a page about one contract, and on every page when ``genericParts`` is nil.
    package var parts: [Part]
    /// The guidance on a page that belongs to no contract (a guide page, a review page), when it
    /// differs from ``parts``.
    package var genericParts: [Part]?
    /// The ids of the headings on a page that belongs to no contract (a guide's own pages), in
    /// order: where a link to this guide can land. Written in the HTML as `rolebook-anchor:` tokens
    /// (see ``GuideTarget``).
    package var anchors: [String]

    package init(parts: [Part], genericParts: [Part]? = nil, anchors: [String] = []) {
        self.parts = parts
        self.genericParts = genericParts == parts ? nil : genericParts
        self.anchors = anchors
    }

    /// The same HTML with every heading moved `levels` down (h2 → h4) and without its id, for
    /// guidance shown inside a page section: heading levels never skip, and a page that shows
    /// several guides, or one twice, never has an id twice (links land on the guide's own page).
    package func demotingHeadings(by levels: Int) -> GuideHTML {
        func demote(_ parts: [Part]) -> [Part] {
            parts.map { part in
                guard case .html(let html) = part else { return part }
                return .html(Self.demoting(html, by: levels))
            }
        }
        return GuideHTML(parts: demote(parts), genericParts: genericParts.map(demote))
    }

    /// cmark writes headings as `<hN>`, with an id token when the guide's headings have ids; an
    /// embedded guide loses the ids (they would repeat on the page). One pass over the bytes: the
    /// same guide is demoted for every role that reads it.
    private static func demoting(_ html: String, by levels: Int) -> String {
        let bytes = Array(html.utf8)
        let identified = Array(" id=\"\(GuideTarget.anchorScheme)".utf8)
        let (open, slash, letter, one, six, close): (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0x3C, 0x2F, 0x68, 0x31, 0x36, 0x3E)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == open else {
                out.append(byte)
                index += 1
                continue
            }
            let closing = index + 1 < bytes.count && bytes[index + 1] == slash
            let name = index + (closing ? 2 : 1)
            if name + 2 < bytes.count, bytes[name] == letter, (one...six).contains(bytes[name + 1]) {
                let target = UInt8(min(6, Int(bytes[name + 1] - one + 1) + levels)) + one - 1
                var end: Int?
                if bytes[name + 2] == close {
                    end = name + 2
                } else if !closing, bytes[(name + 2)...].starts(with: identified) {
                    end = bytes[(name + 2)...].firstIndex(of: close)
                }
                if let end {
                    out += closing ? [open, slash, letter, target, close] : [open, letter, target, close]
                    index = end + 1
                    continue
                }
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The HTML with its values filled in from `values`, as the kind of page `values` fills.
    package func filled(with values: some GuideValueSource) -> String {
        Self.join(values.isContractPage ? parts : genericParts ?? parts) { values.value($0, fallback: $1) }
    }

    /// For callers that pass only a lookup, such as `values.value`: `value` gets each placeholder as
    /// written between its braces (`contract.number|your contract number`), so it can choose between
    /// the value and the fallback. A lookup cannot say which kind of page it fills, so the blocks are
    /// those of a page that belongs to no contract; pass a ``GuideValueSource`` to get both right.
    package func filled(with value: (String) -> String) -> String {
        Self.join(genericParts ?? parts) { name, fallback in value(fallback.map { "\(name)|\($0)" } ?? name) }
    }

    private static func join(_ parts: [Part], _ value: (String, String?) -> String) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .html(let html): out += html
            case .value(let name, let fallback): out += HTMLText.escape(value(name, fallback))
            }
        }
        return out
    }
}

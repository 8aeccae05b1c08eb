/// A link in guidance to another guide, or to a heading of one: `change-contract-manager.md`,
/// `change-contract-manager.md#steps`, `#steps`.
///
/// One guide is shown on pages at different depths and for different readers (its own page, its
/// page for each role, a contract's role page, a person's page), so the address a link needs is
/// known only when a page is drawn. The loader writes each such link as a token address,
/// `rolebook-guide:<guide>#<anchor>`, and each heading's id as `rolebook-anchor:<id>`; the renderer
/// turns both into real ones for the page they end up on (`GuideLinkResolver`). Anything else a
/// guide links to is either left alone (http, https, mailto, tel) or refused by the loader, so no
/// token survives into a page.
package struct GuideTarget: Hashable, Sendable {
    /// The guide's id.
    package var guide: String
    /// A heading's id in it, as written after `#` (percent-encoding undone); nil for the guide itself.
    package var anchor: String?

    package init(guide: String, anchor: String? = nil) {
        self.guide = guide
        self.anchor = anchor
    }

    package static let linkScheme = "rolebook-guide:"
    package static let anchorScheme = "rolebook-anchor:"
    /// Schemes a guide may link to: they leave the site and are never followed by the build.
    package static let externalSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The token address cmark writes for this link.
    package var token: String { Self.linkScheme + guide + (anchor.map { "#" + $0 } ?? "") }

    /// The link a token address stands for; cmark may have percent-encoded the anchor.
    package init?(token: Substring) {
        guard token.hasPrefix(Self.linkScheme) else { return nil }
        let rest = token.dropFirst(Self.linkScheme.count)
        if let hash = rest.firstIndex(of: "#") {
            self.init(guide: String(rest[..<hash]), anchor: Self.percentDecoded(rest[rest.index(after: hash)...]))
        } else {
            self.init(guide: String(rest))
        }
    }

    /// `%C3%BC` back to `ü`; a malformed escape stays as written.
    package static func percentDecoded(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count, let high = hex(utf8[index + 1]),
                let low = hex(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The ids of a guide's headings: GitHub's slugs, so an author links a heading as they would on
/// GitHub (`## Before you start` is `#before-you-start`), numbered when a slug repeats
/// (`#steps`, `#steps-1`).
package enum GuideAnchor {
    /// Ids the guide page's own template uses; a heading that would take one is numbered instead,
    /// so no page has an id twice. (A test compares this with the default theme.)
    package static let reserved: Set<String> = [
        "main", "variants", "contract-versions", "site-search-input", "site-search-list", "site-search-hint",
    ]

    /// GitHub's slug: lower case, only letters, marks, digits, connector punctuation, hyphens and
    /// spaces kept, each space a hyphen.
    package static func slug(_ heading: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in heading.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
                .connectorPunctuation:
                out.append(scalar)
            default:
                if scalar == "-" { out.append(scalar) } else if scalar == " " { out.append("-") }
            }
        }
        return String(out)
    }

    /// Gives each heading of one guide, in document order, its id.
    package struct Slugger: Sendable {
        private var taken: [String: Int] = [:]

        package init() {
            for id in GuideAnchor.reserved { taken[id] = 0 }
        }

        /// As GitHub numbers repeats: the second `Steps` is `steps-1`. A heading with no letters
        /// or digits is `section`.
        package mutating func id(for heading: String) -> String {
            let slug = GuideAnchor.slug(heading)
            let base = slug.isEmpty ? "section" : slug
            var id = base
            while taken[id] != nil {
                taken[base, default: 0] += 1
                id = "\(base)-\(taken[base]!)"
            }
            taken[id] = 0
            return id
        }
    }
}

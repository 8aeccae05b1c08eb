import RolebookCore

/// What a link address in guidance points at, read from the address alone; whether the guide or
/// heading exists is checked by the loader once every guide is read.
package enum LinkAddress: Hashable, Sendable {
    /// http, https, mailto or tel: leaves the site, never followed by the build.
    case external
    /// Another guide, or this one, by file name: `change-contract-manager.md`,
    /// `./change-contract-manager.md#steps`, `../guides/change-contract-manager.md`.
    case guide(id: String, anchor: String?)
    /// A heading of the same guide: `#steps`.
    case sameGuide(anchor: String)
    /// Any other scheme (`javascript:`, `file:`, `ftp:`), lower-cased.
    case scheme(String)
    /// Nothing, or only `#`.
    case empty
    /// `//example.com/page`: from a page opened from disk this becomes `file://example.com/page`.
    case schemeRelative
    /// A path that is no guide's file name (`nope.html`, `/index.html`, `images/a.png`), as written
    /// before any `#`.
    case page(String)

    package init(_ address: String) {
        let address = address.trimmingPrefix { $0 == " " }
        if let colon = address.firstIndex(of: ":"), case let scheme = address[..<colon],
            let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        {
            let lower = scheme.lowercased()
            self = GuideTarget.externalSchemes.contains(lower) ? .external : .scheme(lower)
            return
        }
        if address.hasPrefix("//") {
            self = .schemeRelative
            return
        }
        let hash = address.firstIndex(of: "#")
        let path = GuideTarget.percentDecoded(address[..<(hash ?? address.endIndex)])
        let anchor = hash.map { GuideTarget.percentDecoded(address[address.index(after: $0)...]) }
        if path.isEmpty {
            self = anchor.map { $0.isEmpty ? .empty : .sameGuide(anchor: $0) } ?? .empty
            return
        }
        var file = Substring(path)
        while file.hasPrefix("./") { file = file.dropFirst(2) }
        // Guides are one folder, so `../guides/x.md` is the only other way to a guide.
        if file.hasPrefix("../guides/") { file = file.dropFirst("../guides/".count) }
        if file.hasSuffix(".md"), !file.contains("/"), file.count > 3 {
            self = .guide(id: String(file.dropLast(3)), anchor: anchor.flatMap { $0.isEmpty ? nil : $0 })
        } else {
            self = .page(path)
        }
    }

    /// The link a guide link becomes, with `guide` as the guide it is written in; nil for every
    /// other address, which is left as written (external) or refused by the loader.
    package func link(in guide: String) -> GuideTarget? {
        switch self {
        case .guide(let id, let anchor): GuideTarget(guide: id, anchor: anchor)
        case .sameGuide(let anchor): GuideTarget(guide: guide, anchor: anchor)
        default: nil
        }
    }
}

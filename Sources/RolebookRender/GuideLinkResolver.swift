import Foundation
import RolebookCore

/// Turns the link and heading-id tokens in guidance (see ``GuideTarget``) into real ones for the
/// page they are drawn on. A link goes to the guide as the page's reader sees it:
///
/// - on a guide's page for everyone, a review page, a person's page, a report or a packet: the
///   linked guide's page for everyone (`guides/<id>.html`);
/// - on a page for one role (a guide's page for that role, a contract's page for that role): the
///   linked guide's page for the same role, when the guide has one and the heading is on it;
/// - a heading of the guide itself, on its own page: `#anchor` on that page.
///
/// Headings keep their ids only on a guide's own pages; a page that shows several guides, or one
/// twice (a review page), has none. Where an output must not link out of itself (`root` nil), a
/// link becomes its text.
package struct GuideLinkResolver: Sendable {
    /// What the resolver needs to know about the page being drawn.
    package enum Page: Sendable {
        /// `guides/<id>.html`, or `guides/<id>/<set>/<role>.html` with `role`.
        case guide(String, role: RoleKey?)
        /// Any page for one reader role, about a contract.
        case forRole(RoleKey)
        case other

        package init(_ kind: PlannedPage.Kind) {
            switch kind {
            case .guide(let id): self = .guide(id, role: nil)
            case .guideRole(let id, let key): self = .guide(id, role: key)
            case .contractRole(_, let key): self = .forRole(key)
            default: self = .other
            }
        }
    }

    private struct Target: Sendable {
        var page: Set<String>
        var byRole: [RoleKey: Set<String>]
    }

    private let targets: [String: Target]

    package init(model: SiteModel) {
        var targets: [String: Target] = [:]
        for guide in model.guides where targets[guide.id] == nil {
            targets[guide.id] = Target(
                page: Set(guide.pageAnchors), byRole: guide.variants.mapValues { Set($0.anchors) })
        }
        self.targets = targets
    }

    private static let marker = "\"rolebook-"
    private static let link = "<a href=\"" + GuideTarget.linkScheme
    private static let anchor = " id=\"" + GuideTarget.anchorScheme

    /// `html` with every token resolved; `root` leads from the page to the site's root ("../"), or
    /// is nil where the output links nowhere.
    package func resolve(_ html: String, root: String?, on page: Page) -> String {
        guard Self.mayHoldTokens(html) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        // Each kind is searched for again only once passed: a page with thousands of links stays linear.
        var nextLink = rest.firstRange(of: Self.link)
        var nextAnchor = rest.firstRange(of: Self.anchor)
        while true {
            if let found = nextLink, found.lowerBound < rest.startIndex { nextLink = rest.firstRange(of: Self.link) }
            if let found = nextAnchor, found.lowerBound < rest.startIndex {
                nextAnchor = rest.firstRange(of: Self.anchor)
            }
            guard let next = [nextLink, nextAnchor].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound })
            else { break }
            out += rest[..<next.lowerBound]
            let afterOpening = rest[next.upperBound...]
            guard let quote = afterOpening.firstIndex(of: "\"") else {
                rest = rest[next.lowerBound...]
                break
            }
            let value = afterOpening[..<quote]
            let opening = rest[next]
            if opening == Self.anchor {
                if case .guide = page { out += " id=\"" + value + "\"" }
                rest = afterOpening[afterOpening.index(after: quote)...]
                continue
            }
            let target = GuideTarget(token: Substring(GuideTarget.linkScheme) + value)
            guard let root, let target, let href = href(to: target, root: root, on: page) else {
                // Keep the link's text: drop the opening tag and its `</a>` (links do not nest).
                let tagEnd = afterOpening[quote...].firstIndex(of: ">").map { afterOpening.index(after: $0) }
                rest = afterOpening[(tagEnd ?? quote)...]
                if let close = rest.firstRange(of: "</a>") {
                    out += rest[..<close.lowerBound]
                    rest = rest[close.upperBound...]
                }
                continue
            }
            out += "<a href=\"" + HTMLText.escape(href) + "\""
            rest = afterOpening[afterOpening.index(after: quote)...]
        }
        out += rest
        return out
    }

    /// The address of `link` from the page; nil for a guide the site does not have (the loader
    /// refused it already, so only for a model built by hand).
    func href(to link: GuideTarget, root: String, on page: Page) -> String? {
        guard let target = targets[link.guide] else { return nil }
        func has(_ anchors: Set<String>?) -> Bool { link.anchor.map { anchors?.contains($0) == true } ?? true }
        let fragment = link.anchor.map { "#" + $0 } ?? ""
        let role: RoleKey?
        switch page {
        case .guide(let id, let key):
            let here = key.map { target.byRole[$0] } ?? target.page
            if id == link.guide, link.anchor != nil, has(here) { return fragment }
            role = key
        case .forRole(let key):
            role = key
        case .other:
            role = nil
        }
        if let role, target.byRole[role] != nil, has(target.byRole[role]) {
            return root + Route.guideRole(link.guide, role.roleSetID, role.roleID) + fragment
        }
        return root + Route.guide(link.guide) + (has(target.page) ? fragment : "")
    }

    /// A fast test on the bytes (the C library's `strstr`): most pages hold no guidance at all. A
    /// page with a NUL in it (which no page should have) is searched the slow way.
    private static func mayHoldTokens(_ html: String) -> Bool {
        html.withCString { text in
            strstr(text, marker) != nil || strlen(text) != html.utf8.count
        }
    }
}

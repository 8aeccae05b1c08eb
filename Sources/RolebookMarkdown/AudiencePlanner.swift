import Foundation
import RolebookCore

/// Decides, from audience markers in a Markdown outline, which blocks each reader sees, and on
/// which kind of page.
///
/// Markers are HTML comments on their own line, so a plain Markdown viewer hides them:
/// `<!-- for: contract-manager, software-coordinator -->` starts a block for those roles,
/// `<!-- for: everyone-else -->` one for every role the group has not named yet, and
/// `<!-- end -->` closes the group. A block runs to the next marker of its group or the end of
/// its container. A marker that is the first thing in a list item conditions the whole item.
///
/// `<!-- on: contract -->` starts a block shown only on pages about one contract, where values are
/// filled from its data; `<!-- on: generic -->` one shown only on pages that belong to no contract.
/// The two kinds of group nest: a `for:` marker inside an `on:` block opens a group within it, and
/// the other way round; `<!-- end -->` closes the innermost group.
///
/// An audience group is one or more `for:` blocks, then at most one `everyone-else` block, then
/// `<!-- end -->`; a page group one `on: contract` block, one `on: generic` block or both, then
/// `<!-- end -->`. A mistake in a marker can show one role's text to every role, or a contract's
/// text where there is no contract, so every departure is reported: errors for what cannot be meant
/// (a stray `end`, `everyone-else` with nothing before it or next to role names, a `for:` naming
/// nobody, an unknown kind of page, a misspelt marker, a marker inside a paragraph), warnings for
/// what is valid but most likely a slip (a group never closed, a block no reader or no page sees, a
/// marker without a blank line around it).
package struct AudiencePlanner {
    /// The kinds of page guidance is shown on, for `<!-- on: ... -->` blocks.
    package enum PageKind: String, Hashable, Sendable, CaseIterable {
        /// A page about one contract: its role pages, person pages, reports and packets.
        case contract
        /// A page that belongs to no contract: a guide page, a review page.
        case generic
    }

    /// The result: blocks to hide per audience and kind of page, and the marker blocks that are
    /// never shown.
    package struct Plan: Hashable, Sendable {
        /// Block path → the audience keys that see it. Blocks not listed are for everyone.
        package var audiences: [OutlinePath: Set<RoleKey>] = [:]
        /// Block path → the kinds of page that show it (none, for a contract block inside a generic
        /// one). Blocks not listed show on every page.
        package var pages: [OutlinePath: Set<PageKind>] = [:]
        package var markers: Set<OutlinePath> = []
        package var diagnostics: [Diagnostic] = []

        /// The blocks to remove for one reader, keeping the blocks of both kinds of page.
        package func removals(for key: RoleKey) -> Set<OutlinePath> {
            markers.union(audiences.filter { !$0.value.contains(key) }.keys)
        }

        /// The blocks to remove for one reader on one kind of page.
        package func removals(for key: RoleKey, on page: PageKind) -> Set<OutlinePath> {
            removals(for: key).union(pages.filter { !$0.value.contains(page) }.keys)
        }

        /// The readers of the block at `path`, counting the blocks around it; nil for everyone.
        package func audience(of path: OutlinePath) -> Set<RoleKey>? {
            var readers: Set<RoleKey>?
            for length in stride(from: 1, through: path.count, by: 1) {
                if let audience = audiences[Array(path[..<length])] {
                    readers = readers?.intersection(audience) ?? audience
                }
            }
            return readers
        }
    }

    enum Marker: Equatable {
        case roles([String])
        case everyoneElse
        /// `on: contract` or `on: generic`; nil when the kind could not be read (reported).
        case page(PageKind?)
        case end
    }

    /// What an HTML comment says. A marker with a problem is still obeyed as well as it can be (a
    /// misspelt marker as the one it was meant to be), so that one slip does not cascade.
    struct Reading: Equatable {
        var marker: Marker?
        var problem: String?
    }

    /// Every audience key the document is rendered for.
    package var allKeys: Set<RoleKey>
    /// Maps a role id or other name to the audience keys it means (empty: unknown).
    package var resolve: (String) -> Set<RoleKey>
    package var path: String
    /// Line of the body's first line in the file, for diagnostics.
    package var firstLine: Int

    package init(allKeys: Set<RoleKey>, path: String, firstLine: Int, resolve: @escaping (String) -> Set<RoleKey>) {
        self.allKeys = allKeys
        self.resolve = resolve
        self.path = path
        self.firstLine = firstLine
    }

    package func plan(_ outline: MarkdownOutline) -> Plan {
        var plan = Plan()
        walk(outline.children[...], at: [], enclosing: nil, page: nil, container: "the document", into: &plan)
        for comment in outline.inlineComments where reading(of: comment.text)?.marker != nil {
            plan.diagnostics.append(
                .error(
                    "an audience marker inside a paragraph hides nothing: put it on a line of its own, with a blank line before and after it",
                    at: location(comment.line, comment.column)))
        }
        return plan
    }

    /// The markers met so far in one group.
    private struct Group {
        enum Kind { case audience, page }
        var kind = Kind.audience
        var isOpen = false
        var named: Set<RoleKey> = []
        var hasEveryoneElse = false
        /// The audience of the block running now (audience groups).
        var current: Set<RoleKey>?
        /// The kind of page of the block running now, and the kinds met (page groups).
        var page: PageKind?
        var pagesMet: Set<PageKind> = []
        /// The marker that started the block running now.
        var marker: MarkdownOutline.Node?
    }

    /// `nodes` keep their indexes in the container, so a list item's children after its own
    /// marker start at 1. Recursion is one level per container: ``CommonMarkParser`` refuses
    /// documents nested deeper than ``CommonMarkParser/maximumDepth``.
    private func walk(
        _ nodes: ArraySlice<MarkdownOutline.Node>, at parent: OutlinePath, enclosing: Set<RoleKey>?,
        page enclosingPage: Set<PageKind>?, container: String, into plan: inout Plan
    ) {
        // Open groups, innermost last; each block runs to the next marker or the end of the container.
        var groups: [Group] = []
        var items = Group()  // each item marker conditions only its own item
        for (index, node) in zip(nodes.indices, nodes) {
            let path = parent + [index]
            if case .htmlComment(let text) = node.kind, let reading = reading(of: text) {
                if let problem = reading.problem {
                    plan.diagnostics.append(.error(problem, at: location(node.line, node.column)))
                }
                if let marker = reading.marker {
                    plan.markers.insert(path)
                    // In a list item a blank line would make the list loose, so the rule is for
                    // markers between blocks of the document or a block quote.
                    if container != "its list item" {
                        checkBlankLines(around: node, index: index, in: nodes, into: &plan)
                    }
                    apply(
                        marker, to: &groups, at: node, enclosing: enclosing, page: enclosingPage,
                        flawed: reading.problem != nil, into: &plan)
                    continue
                }
            }
            if node.kind == .listItem, let first = node.children.first, case .htmlComment(let text) = first.kind,
                let reading = reading(of: text), let marker = reading.marker
            {
                if let problem = reading.problem {
                    plan.diagnostics.append(.error(problem, at: location(first.line, first.column)))
                }
                plan.markers.insert(path + [0])
                var itemAudience: Set<RoleKey>?
                var itemPage = enclosingPage
                if case .page(let kind) = marker {
                    if let kind {
                        if reading.problem == nil {
                            warnIfNoPageShows(kind, inside: enclosingPage, at: first, into: &plan)
                        }
                        plan.pages[path] = [kind]
                        itemPage = narrowed(enclosingPage, to: [kind])
                    }
                } else {
                    itemAudience = audience(
                        for: marker, in: &items, at: first, enclosing: enclosing, flawed: reading.problem != nil,
                        into: &plan)
                    if let itemAudience { plan.audiences[path] = itemAudience }
                }
                walk(
                    node.children.dropFirst(), at: path, enclosing: narrowed(enclosing, to: itemAudience),
                    page: itemPage, container: "its list item", into: &plan)
                continue
            }
            let own = Self.audience(of: groups)
            if let own { plan.audiences[path] = own }
            let page = Self.page(of: groups)
            if let page { plan.pages[path] = page }
            let inner =
                node.kind == .listItem ? "its list item" : node.kind == .blockQuote ? "its block quote" : "its list"
            walk(
                node.children[...], at: path, enclosing: narrowed(enclosing, to: own),
                page: narrowed(enclosingPage, to: page), container: inner, into: &plan)
        }
        // Valid (a block runs to the end of its container), so not an error; but a forgotten
        // `<!-- end -->` silently hides the rest of the container from the roles not named, so say so.
        for group in groups where group.isOpen {
            guard let marker = group.marker else { continue }
            let what = group.kind == .audience ? "audience group" : "page group"
            plan.diagnostics.append(
                .warning(
                    "\(what) is not closed with '<!-- end -->': this block runs to the end of \(container)",
                    at: location(marker.line, marker.column)))
        }
    }

    /// The readers the open groups at one level leave: nil when no audience group is open.
    private static func audience(of groups: [Group]) -> Set<RoleKey>? {
        groups.reduce(nil as Set<RoleKey>?) { readers, group in
            guard group.kind == .audience, let current = group.current else { return readers }
            return readers?.intersection(current) ?? current
        }
    }

    /// The kinds of page the open page groups at one level show a block on: nil when none is open.
    private static func page(of groups: [Group]) -> Set<PageKind>? {
        groups.reduce(nil as Set<PageKind>?) { kinds, group in
            guard group.kind == .page, let page = group.page else { return kinds }
            return kinds?.intersection([page]) ?? [page]
        }
    }

    /// Applies a marker between blocks to the groups open at its level: it continues the innermost
    /// group when it is of that group's kind, opens a group inside the current block when not, and
    /// `end` closes the innermost group.
    private func apply(
        _ marker: Marker, to groups: inout [Group], at node: MarkdownOutline.Node, enclosing: Set<RoleKey>?,
        page enclosingPage: Set<PageKind>?, flawed: Bool, into plan: inout Plan
    ) {
        switch marker {
        case .end:
            if groups.popLast() == nil, !flawed {
                plan.diagnostics.append(
                    .error(
                        "'<!-- end -->' closes no group: there is no '<!-- for: ... -->' before it at this level",
                        at: location(node.line, node.column)))
            }
        case .roles, .everyoneElse:
            if groups.last?.kind != .audience { groups.append(Group(kind: .audience)) }
            let around = narrowed(enclosing, to: Self.audience(of: Array(groups.dropLast())))
            let current = audience(
                for: marker, in: &groups[groups.count - 1], at: node, enclosing: around, flawed: flawed, into: &plan)
            groups[groups.count - 1].current = current
        case .page(let kind):
            if groups.last?.kind != .page {
                groups.append(Group(kind: .page))
            } else if let kind, groups[groups.count - 1].pagesMet.contains(kind), !flawed {
                plan.diagnostics.append(
                    .error(
                        "this group already has an '<!-- on: \(kind.rawValue) -->' block: close the group with '<!-- end -->' first",
                        at: location(node.line, node.column)))
            }
            let around = narrowed(enclosingPage, to: Self.page(of: Array(groups.dropLast())))
            if let kind {
                if !flawed { warnIfNoPageShows(kind, inside: around, at: node, into: &plan) }
                groups[groups.count - 1].pagesMet.insert(kind)
            }
            groups[groups.count - 1].page = kind
            groups[groups.count - 1].isOpen = true
            groups[groups.count - 1].marker = node
        }
    }

    private func warnIfNoPageShows(
        _ kind: PageKind, inside around: Set<PageKind>?, at node: MarkdownOutline.Node, into plan: inout Plan
    ) {
        guard let around, !around.contains(kind) else { return }
        let other = around.first.map { "an '<!-- on: \($0.rawValue) -->' block" } ?? "a block no page shows"
        plan.diagnostics.append(
            .warning("no page shows this block: it is inside \(other)", at: location(node.line, node.column)))
    }

    /// The documented rule is a blank line before and after a marker between blocks. cmark ends a
    /// paragraph at a marker line anyway, but a marker touching text reads, in the source, as part
    /// of it, and indented a little more it becomes part of it, and hides nothing.
    private func checkBlankLines(
        around node: MarkdownOutline.Node, index: Int, in nodes: ArraySlice<MarkdownOutline.Node>,
        into plan: inout Plan
    ) {
        let before = index > nodes.startIndex && !node.blankLineBefore
        let after = index + 1 < nodes.endIndex && !node.blankLineAfter
        guard before || after else { return }
        let side = before && after ? "before and after it" : before ? "before it" : "after it"
        plan.diagnostics.append(
            .warning(
                "marker has no blank line \(side): put one there, so the marker stands on its own between blocks",
                at: location(node.line, node.column)))
    }

    private func narrowed<Element>(_ enclosing: Set<Element>?, to audience: Set<Element>?) -> Set<Element>? {
        guard let audience else { return enclosing }
        return enclosing?.intersection(audience) ?? audience
    }

    /// Applies one marker to its group; returns the audience of the block it starts (nil: everyone).
    /// `flawed` markers were reported already, so their consequences are not reported again.
    private func audience(
        for marker: Marker, in group: inout Group, at node: MarkdownOutline.Node, enclosing: Set<RoleKey>?,
        flawed: Bool,
        into plan: inout Plan
    ) -> Set<RoleKey>? {
        let here = location(node.line, node.column)
        var keys: Set<RoleKey>
        // No other mistake in this marker, so an empty audience is what the author wrote.
        var certain = !flawed
        switch marker {
        case .page:
            return nil  // page markers are applied by `apply`, not to audience groups
        case .end:
            if !group.isOpen, !flawed {
                plan.diagnostics.append(
                    .error(
                        "'<!-- end -->' closes no group: there is no '<!-- for: ... -->' before it at this level",
                        at: here))
            }
            group = Group()
            return nil
        case .everyoneElse:
            if !group.isOpen, !flawed {
                plan.diagnostics.append(
                    .error(
                        "'<!-- for: everyone-else -->' must follow a '<!-- for: ... -->' block at the same level: it means every role the group has not named yet",
                        at: here))
                certain = false
            } else if group.hasEveryoneElse, !flawed {
                plan.diagnostics.append(
                    .error("this group already has a '<!-- for: everyone-else -->' block", at: here))
                certain = false
            }
            group.hasEveryoneElse = true
            keys = allKeys.subtracting(group.named)
            group.named = allKeys
        case .roles(let names):
            if group.hasEveryoneElse, !flawed {
                plan.diagnostics.append(
                    .error(
                        "'<!-- for: ... -->' after '<!-- for: everyone-else -->' in the same group: close the group with '<!-- end -->' first",
                        at: here))
                certain = false
            }
            keys = []
            for name in names {
                let resolved = resolve(name)
                if resolved.isEmpty {
                    plan.diagnostics.append(.error("unknown role '\(name)' in audience marker", at: here))
                    certain = false
                }
                keys.formUnion(resolved)
            }
            group.named.formUnion(keys)
        }
        group.isOpen = true
        group.marker = node
        if certain, keys.isEmpty {
            plan.diagnostics.append(
                .warning("no reader sees this block: every role was named earlier in the group", at: here))
        } else if certain, let enclosing, enclosing.isDisjoint(with: keys) {
            plan.diagnostics.append(
                .warning(
                    "no reader sees this block: its roles are not among the readers of the block around it", at: here))
        }
        return keys
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: firstLine - 1 + line, column: column)
    }

    /// Reads `<!-- for: a, b -->`, `<!-- for: everyone-else -->`, `<!-- end -->`, and comments that
    /// try to be one of them; nil for other comments, which stay allowed.
    func reading(of comment: String) -> Reading? {
        let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<!--") else { return nil }
        let open = text.index(text.startIndex, offsetBy: 4)
        guard let close = text.range(of: "-->", range: open..<text.endIndex) else {
            return Reading(marker: nil, problem: "comment is never closed with '-->': it hides everything after it")
        }
        let inner = text[open..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let after = text[close.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        if inner.contains("<!--") {
            // cmark ends a comment block at the first line with `-->`, here another comment's.
            return Reading(
                marker: nil,
                problem: "comment is not closed before the next '<!--': it hides everything up to that comment's '-->'")
        }
        var reading: Reading
        if inner == "end" {
            reading = Reading(marker: .end)
        } else if inner.hasPrefix("for:") {
            // A marker may span lines; a name with a line break in it is shown on one line.
            let names = inner.dropFirst(4).split(separator: ",")
                .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
            if names.isEmpty {
                reading = Reading(
                    marker: .roles([]),
                    problem: "audience marker names no roles: write '<!-- for: role, other-role -->'")
            } else if names == ["everyone-else"] {
                reading = Reading(marker: .everyoneElse)
            } else if names.contains("everyone-else") {
                reading = Reading(
                    marker: .roles(names.filter { $0 != "everyone-else" }),
                    problem:
                        "'everyone-else' cannot be named with other roles: it means every role the group has not named yet"
                )
            } else {
                reading = Reading(marker: .roles(names))
            }
        } else if inner.hasPrefix("on:") {
            reading = pageReading(inner.dropFirst(3))
        } else if let (marker, meant) = misspelling(inner) ?? pageMisspelling(inner) {
            reading = Reading(marker: marker, problem: "misspelt audience marker: did you mean '\(meant)'?")
        } else {
            return after.isEmpty
                ? nil
                : Reading(
                    marker: nil,
                    problem: "text after '-->' on the same line is not shown: start it on a line of its own")
        }
        if !after.isEmpty, reading.problem == nil {
            reading.problem = "text after an audience marker is not shown: put the marker on a line of its own"
        }
        return reading
    }

    /// Reads what follows `on:`: one kind of page.
    func pageReading(_ text: Substring) -> Reading {
        let names = text.split { $0 == "," || $0.isWhitespace }.map(String.init)
        let example = "write '<!-- on: contract -->' or '<!-- on: generic -->'"
        guard let name = names.first else {
            return Reading(marker: .page(nil), problem: "page marker names no kind of page: \(example)")
        }
        if names.count > 1 {
            let all = Set(names) == Set(PageKind.allCases.map(\.rawValue))
            return Reading(
                marker: .page(nil),
                problem: all
                    ? "a block for both kinds of page is shown everywhere: leave out the '<!-- on: ... -->' marker"
                    : "page marker names more than one kind of page: \(example)")
        }
        if let kind = PageKind(rawValue: name) { return Reading(marker: .page(kind)) }
        if let kind = Self.nearestPageKind(name) {
            return Reading(
                marker: .page(kind),
                problem: "unknown kind of page '\(name)': did you mean '<!-- on: \(kind.rawValue) -->'?")
        }
        return Reading(
            marker: .page(nil),
            problem:
                "unknown kind of page '\(name)': write 'contract' (pages about one contract) or 'generic' (pages that belong to no contract)"
        )
    }

    /// `<!-- on contract -->`, `<!-- On: generic -->`, `<!-- no: contract -->`: a word one letter
    /// from `on`, then one kind of page, give or take two letters. The kind must be there: `on`,
    /// `one` and `no` begin ordinary comments too.
    func pageMisspelling(_ inner: String) -> (Marker, String)? {
        let word = String(inner.prefix { $0.isASCII && $0.isLetter }).lowercased()
        guard !word.isEmpty, Self.distance(word, "on") <= 1 else { return nil }
        let names = inner.dropFirst(word.count).drop { $0.isWhitespace || $0 == ":" }
            .split { $0 == "," || $0.isWhitespace }.map(String.init)
        guard names.count == 1, let kind = PageKind(rawValue: names[0]) ?? Self.nearestPageKind(names[0]) else {
            return nil
        }
        return (.page(kind), "<!-- on: \(kind.rawValue) -->")
    }

    /// The kind of page a slip most likely means (`contracts`, `generc`), or nil.
    static func nearestPageKind(_ name: String) -> PageKind? {
        let ranked = PageKind.allCases.map { (kind: $0, distance: distance(name.lowercased(), $0.rawValue)) }
            .filter { $0.distance <= 2 }.sorted { $0.distance < $1.distance }
        return ranked.first?.kind
    }

    /// A comment that looks like a slip in a marker: its first word is `for` or `end` give or take
    /// a letter (`fro:`, `End`, `ned`), or give or take two letters when the rest names a role
    /// (`<!-- for contract-manager -->`, `<!-- fr0 contract-manager -->`). Two letters without a role are
    /// too loose for three-letter keywords: `fix:`, `old`, `to` are ordinary comments.
    func misspelling(_ inner: String) -> (Marker, String)? {
        let word = String(inner.prefix { $0.isASCII && $0.isLetter }).lowercased()
        guard !word.isEmpty, word.count <= 6 else { return nil }
        let tail = inner.dropFirst(word.count).drop { $0.isWhitespace }
        let names = tail.drop { $0 == ":" }.split { $0 == "," || $0.isWhitespace }.map(String.init)
        let nearest = min(Self.distance(word, "for"), Self.distance(word, "end"))
        let namesRole = names.contains { $0 == "everyone-else" || !resolve($0).isEmpty }
        guard (nearest <= 1 && (tail.isEmpty || tail.hasPrefix(":"))) || (nearest <= 2 && namesRole) else { return nil }
        if Self.distance(word, "end") < Self.distance(word, "for")
            || (names.isEmpty && Self.distance(word, "end") == nearest)
        {
            return (.end, "<!-- end -->")
        }
        if names == ["everyone-else"] { return (.everyoneElse, "<!-- for: everyone-else -->") }
        if names.isEmpty { return (.roles([]), "<!-- for: role, other-role -->") }
        return (.roles(names.filter { $0 != "everyone-else" }), "<!-- for: \(names.joined(separator: ", ")) -->")
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit (`fro` → `for`).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

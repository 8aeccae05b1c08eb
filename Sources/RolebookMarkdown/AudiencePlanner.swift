import Foundation
import RolebookCore

/// Decides, from audience markers in a Markdown outline, which blocks each reader sees.
///
/// Markers are HTML comments on their own line, so a plain Markdown viewer hides them:
/// `<!-- for: contract-manager, software-coordinator -->` starts a block for those roles,
/// `<!-- for: everyone-else -->` one for every role the group has not named yet, and
/// `<!-- end -->` closes the group. A block runs to the next marker at the same level or the end of
/// its container. A marker that is the first thing in a list item conditions the whole item.
///
/// A group is one or more `for:` blocks, then at most one `everyone-else` block, then `<!-- end -->`.
/// A mistake in a marker can show one role's text to every role, so every departure is reported:
/// errors for what cannot be meant (a stray `end`, `everyone-else` with nothing before it or next to
/// role names, a `for:` naming nobody, a misspelt marker, a marker inside a paragraph), warnings for
/// what is valid but most likely a slip (a group never closed, a block no reader sees).
package struct AudiencePlanner {
    /// The result: blocks to hide per audience, and the marker blocks that are never shown.
    package struct Plan: Hashable, Sendable {
        /// Block path → the audience keys that see it. Blocks not listed are for everyone.
        package var audiences: [OutlinePath: Set<RoleKey>] = [:]
        package var markers: Set<OutlinePath> = []
        package var diagnostics: [Diagnostic] = []

        /// The blocks to remove for one reader.
        package func removals(for key: RoleKey) -> Set<OutlinePath> {
            markers.union(audiences.filter { !$0.value.contains(key) }.keys)
        }
    }

    enum Marker: Equatable {
        case roles([String])
        case everyoneElse
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
        walk(outline.children[...], at: [], enclosing: nil, container: "the document", into: &plan)
        for comment in outline.inlineComments where reading(of: comment.text)?.marker != nil {
            plan.diagnostics.append(
                .error(
                    "an audience marker inside a paragraph hides nothing: put it on a line of its own, with a blank line before and after it",
                    at: location(comment.line, comment.column)))
        }
        return plan
    }

    /// The markers met so far at one level.
    private struct Group {
        var isOpen = false
        var named: Set<RoleKey> = []
        var hasEveryoneElse = false
        /// The audience of the block running now, and the marker that started it.
        var current: Set<RoleKey>?
        var marker: MarkdownOutline.Node?
    }

    /// `nodes` keep their indexes in the container, so a list item's children after its own
    /// marker start at 1. Recursion is one level per container: ``CommonMarkParser`` refuses
    /// documents nested deeper than ``CommonMarkParser/maximumDepth``.
    private func walk(
        _ nodes: ArraySlice<MarkdownOutline.Node>, at parent: OutlinePath, enclosing: Set<RoleKey>?, container: String,
        into plan: inout Plan
    ) {
        var blocks = Group()  // each block runs to the next marker or the end of the container
        var items = Group()  // each item marker conditions only its own item
        for (index, node) in zip(nodes.indices, nodes) {
            let path = parent + [index]
            if case .htmlComment(let text) = node.kind, let reading = reading(of: text) {
                if let problem = reading.problem {
                    plan.diagnostics.append(.error(problem, at: location(node.line, node.column)))
                }
                if let marker = reading.marker {
                    plan.markers.insert(path)
                    blocks.current = audience(
                        for: marker, in: &blocks, at: node, enclosing: enclosing, flawed: reading.problem != nil,
                        into: &plan)
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
                let itemAudience = audience(
                    for: marker, in: &items, at: first, enclosing: enclosing, flawed: reading.problem != nil,
                    into: &plan)
                if let itemAudience { plan.audiences[path] = itemAudience }
                walk(
                    node.children.dropFirst(), at: path, enclosing: narrowed(enclosing, to: itemAudience),
                    container: "its list item", into: &plan)
                continue
            }
            if let current = blocks.current { plan.audiences[path] = current }
            let inner =
                node.kind == .listItem ? "its list item" : node.kind == .blockQuote ? "its block quote" : "its list"
            walk(
                node.children[...], at: path, enclosing: narrowed(enclosing, to: blocks.current), container: inner,
                into: &plan)
        }
        // Valid (a block runs to the end of its container), so not an error; but a forgotten
        // `<!-- end -->` silently hides the rest of the container from the roles not named, so say so.
        if blocks.isOpen, let marker = blocks.marker {
            plan.diagnostics.append(
                .warning(
                    "audience group is not closed with '<!-- end -->': this block runs to the end of \(container)",
                    at: location(marker.line, marker.column)))
        }
    }

    private func narrowed(_ enclosing: Set<RoleKey>?, to audience: Set<RoleKey>?) -> Set<RoleKey>? {
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
        } else if let (marker, meant) = misspelling(inner) {
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

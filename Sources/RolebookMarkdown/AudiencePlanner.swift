import Foundation
import RolebookCore

/// Decides, from audience markers in a Markdown outline, which blocks each reader sees.
///
/// Markers are HTML comments on their own line, so a plain Markdown viewer hides them:
/// `<!-- for: contract-manager, software-coordinator -->` starts a block for those roles,
/// `<!-- for: everyone-else -->` one for every role the group has not named yet, and
/// `<!-- end -->` closes the group. A block runs to the next marker at the same level or the end of
/// its container. A marker that is the first thing in a list item conditions the whole item.
public struct AudiencePlanner {
    /// The result: blocks to hide per audience, and the marker blocks that are never shown.
    public struct Plan: Hashable, Sendable {
        /// Block path → the audience keys that see it. Blocks not listed are for everyone.
        public var audiences: [OutlinePath: Set<String>] = [:]
        public var markers: Set<OutlinePath> = []
        public var diagnostics: [Diagnostic] = []

        /// The blocks to remove for one reader.
        public func removals(for key: String) -> Set<OutlinePath> {
            markers.union(audiences.filter { !$0.value.contains(key) }.keys)
        }
    }

    enum Marker: Equatable {
        case roles([String])
        case everyoneElse
        case end
    }

    /// Every audience key the document is rendered for.
    public var allKeys: Set<String>
    /// Maps a role id or other name to the audience keys it means (empty: unknown).
    public var resolve: (String) -> Set<String>
    public var path: String
    /// Line of the body's first line in the file, for diagnostics.
    public var firstLine: Int

    public init(allKeys: Set<String>, path: String, firstLine: Int, resolve: @escaping (String) -> Set<String>) {
        self.allKeys = allKeys
        self.resolve = resolve
        self.path = path
        self.firstLine = firstLine
    }

    public func plan(_ outline: MarkdownOutline) -> Plan {
        var plan = Plan()
        walk(outline.children, at: [], into: &plan)
        return plan
    }

    private func walk(_ nodes: [MarkdownOutline.Node], at parent: OutlinePath, into plan: inout Plan) {
        var current: Set<String>?
        var named: Set<String> = []
        var itemNamed: Set<String> = []
        for (index, node) in nodes.enumerated() {
            let path = parent + [index]
            if case let .htmlComment(text) = node.kind, let marker = Self.marker(in: text) {
                plan.markers.insert(path)
                current = audience(for: marker, named: &named, at: node, into: &plan)
                continue
            }
            if node.kind == .listItem, let first = node.children.first,
                case let .htmlComment(text) = first.kind, let marker = Self.marker(in: text)
            {
                plan.markers.insert(path + [0])
                var itemAudience = audience(for: marker, named: &itemNamed, at: first, into: &plan)
                if let current { itemAudience = (itemAudience ?? current).intersection(current) }
                if let itemAudience { plan.audiences[path] = itemAudience }
                walk(Array(node.children.dropFirst()), at: path, offset: 1, into: &plan)
                continue
            }
            if let current { plan.audiences[path] = current }
            walk(node.children, at: path, into: &plan)
        }
    }

    /// Walks children that start `offset` places into their container (after an item's own marker).
    private func walk(_ nodes: [MarkdownOutline.Node], at parent: OutlinePath, offset: Int, into plan: inout Plan) {
        var shifted = Plan()
        walk(nodes, at: [], into: &shifted)
        func rebase(_ p: OutlinePath) -> OutlinePath { parent + [p[0] + offset] + p.dropFirst() }
        for (p, keys) in shifted.audiences { plan.audiences[rebase(p)] = keys }
        for p in shifted.markers { plan.markers.insert(rebase(p)) }
        plan.diagnostics += shifted.diagnostics
    }

    private func audience(
        for marker: Marker, named: inout Set<String>, at node: MarkdownOutline.Node, into plan: inout Plan
    ) -> Set<String>? {
        switch marker {
        case .end:
            named = []
            return nil
        case .everyoneElse:
            return allKeys.subtracting(named)
        case let .roles(names):
            var keys: Set<String> = []
            for name in names {
                let resolved = resolve(name)
                if resolved.isEmpty {
                    plan.diagnostics.append(
                        .error(
                            "unknown role '\(name)' in audience marker",
                            at: SourceLocation(path: path, line: firstLine - 1 + node.line, column: node.column)))
                }
                keys.formUnion(resolved)
            }
            named.formUnion(keys)
            return keys
        }
    }

    /// Reads `<!-- for: a, b -->`, `<!-- for: everyone-else -->` or `<!-- end -->`; other comments are not markers.
    static func marker(in comment: String) -> Marker? {
        var text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
        text = String(text.dropFirst(4).dropLast(3)).trimmingCharacters(in: .whitespacesAndNewlines)
        if text == "end" { return .end }
        guard text.hasPrefix("for:") else { return nil }
        let names = text.dropFirst(4).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if names == ["everyone-else"] { return .everyoneElse }
        return .roles(names)
    }
}

import Foundation
import Ccmark
import RolebookCore

/// The only file that calls cmark. Every node it allocates is freed before a function returns, and
/// no cmark pointer leaves this file: callers see outlines, paths and strings.
///
/// Raw HTML stays off (cmark's default): HTML in guidance is replaced by a comment and
/// `javascript:` links are dropped. Only the wrappers this file builds itself (audience flags)
/// are emitted as HTML, and their text is escaped here.
public enum CommonMarkParser {
    /// What to do to the parsed tree before rendering it.
    public struct Edit: Sendable {
        /// Blocks to remove, by outline path.
        public var remove: Set<OutlinePath> = []
        /// Blocks to wrap in a flagged box: path → label text (escaped here).
        public var flag: [OutlinePath: String] = [:]
        /// Placeholder delimiters are turned into value holes in text nodes (not in code or URLs).
        public var fillsPlaceholders = true

        public init(remove: Set<OutlinePath> = [], flag: [OutlinePath: String] = [:], fillsPlaceholders: Bool = true) {
            self.remove = remove
            self.flag = flag
            self.fillsPlaceholders = fillsPlaceholders
        }
    }

    /// A placeholder found in a text node, with the line it is on (1-based, in the body).
    public struct PlaceholderUse: Hashable, Sendable {
        public var name: String
        /// Line of the line break count estimate; ``blockLine`` is where its block starts.
        public var line: Int
        public var blockLine: Int
        public var blockColumn: Int
    }

    /// The block outline, for deciding which blocks each audience sees.
    public static func outline(of markdown: String) -> MarkdownOutline {
        withDocument(markdown) { root in MarkdownOutline(children: outlineChildren(of: root)) }
    }

    /// Every placeholder in text nodes, for validation at load time.
    public static func placeholders(in markdown: String) -> [PlaceholderUse] {
        withDocument(markdown) { root in
            var uses: [PlaceholderUse] = []
            forEachText(in: root) { node, literal, line, column in
                var softBreaks = 0
                var sibling = cmark_node_previous(node)
                while let s = sibling {
                    if cmark_node_get_type(s) == CMARK_NODE_SOFTBREAK || cmark_node_get_type(s) == CMARK_NODE_LINEBREAK {
                        softBreaks += 1
                    }
                    sibling = cmark_node_previous(s)
                }
                for piece in Placeholder.split(literal) {
                    if case let .value(name) = piece {
                        uses.append(
                            PlaceholderUse(name: name, line: line + softBreaks, blockLine: line, blockColumn: column))
                    }
                }
            }
            return uses
        }
    }

    /// Renders the document after applying `edit`; value holes come back as ``GuideHTML/Part/value(_:)``.
    public static func render(_ markdown: String, edit: Edit = Edit()) -> GuideHTML {
        withDocument(markdown) { root in
            apply(edit, to: root)
            if edit.fillsPlaceholders {
                forEachText(in: root) { node, literal, _, _ in
                    let pieces = Placeholder.split(literal)
                    guard pieces.contains(where: { if case .value = $0 { true } else { false } }) else { return }
                    let encoded = pieces.map { piece -> String in
                        switch piece {
                        case let .text(text): text
                        case let .value(name): Placeholder.holeStart + name + Placeholder.holeEnd
                        }
                    }.joined()
                    cmark_node_set_literal(node, encoded)
                }
            }
            guard let cString = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return GuideHTML(parts: []) }
            defer { free(cString) }
            return Placeholder.parts(fromRendered: String(cString: cString))
        }
    }

    // MARK: - Tree access (fileprivate: cmark pointers stay in this file)

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T {
        let root = markdown.withCString { cmark_parse_document($0, strlen($0), CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8) }!
        defer { cmark_node_free(root) }
        return body(root)
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(c)
            child = cmark_node_next(c)
        }
        return result
    }

    private static func isBlockContainer(_ type: cmark_node_type) -> Bool {
        type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST
            || type == CMARK_NODE_ITEM
    }

    private static func outlineChildren(of node: OpaquePointer) -> [MarkdownOutline.Node] {
        children(of: node).map { child in
            let type = cmark_node_get_type(child)
            let kind: MarkdownOutline.Kind
            if type == CMARK_NODE_HTML_BLOCK, let literal = cmark_node_get_literal(child),
                String(cString: literal).hasPrefix("<!--")
            {
                kind = .htmlComment(text: String(cString: literal))
            } else if type == CMARK_NODE_ITEM {
                kind = .listItem
            } else {
                kind = .other
            }
            return MarkdownOutline.Node(
                kind: kind, line: Int(cmark_node_get_start_line(child)),
                column: Int(cmark_node_get_start_column(child)),
                children: isBlockContainer(type) ? outlineChildren(of: child) : [])
        }
    }

    private static func node(at path: OutlinePath, in root: OpaquePointer) -> OpaquePointer? {
        var current = root
        for index in path {
            let kids = children(of: current)
            guard index < kids.count else { return nil }
            current = kids[index]
        }
        return current
    }

    private static func apply(_ edit: Edit, to root: OpaquePointer) {
        // Resolve every path before changing the tree: unlinking shifts sibling indexes. A block
        // inside a removed block goes with it, so only the outermost removals are freed, and
        // nothing inside them is flagged.
        func insideRemoved(_ path: OutlinePath) -> Bool {
            (0..<path.count).contains { edit.remove.contains(Array(path[..<$0])) }
        }
        let removals = edit.remove.filter { !insideRemoved($0) }.compactMap { node(at: $0, in: root) }
        let flags = edit.flag.filter { !edit.remove.contains($0.key) && !insideRemoved($0.key) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .compactMap { path, label in node(at: path, in: root).map { ($0, label) } }
        for node in removals {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        // Consecutive blocks for the same audience share one box, as one conditional section.
        var lastBox: OpaquePointer?
        var lastLabel = ""
        for (node, label) in flags {
            let flagHTML = "<p class=\"audience-flag\">\(HTMLText.escape(label))</p>"
            if cmark_node_get_type(node) != CMARK_NODE_ITEM, let box = lastBox, label == lastLabel,
                cmark_node_previous(node) == box
            {
                cmark_node_append_child(box, node)
                continue
            }
            let box = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_set_on_enter(box, "<div class=\"audience-block\">" + flagHTML)
            cmark_node_set_on_exit(box, "</div>")
            if cmark_node_get_type(node) == CMARK_NODE_ITEM {
                // A <div> may not wrap an <li>: the flag goes inside the item instead.
                for child in children(of: node) { cmark_node_append_child(box, child) }
                cmark_node_append_child(node, box)
                lastBox = nil
            } else {
                cmark_node_insert_before(node, box)
                cmark_node_append_child(box, node)
                lastBox = box
                lastLabel = label
            }
        }
    }

    private static func forEachText(
        in root: OpaquePointer, _ body: (OpaquePointer, String, _ line: Int, _ column: Int) -> Void
    ) {
        let iterator = cmark_iter_new(root)!
        defer { cmark_iter_free(iterator) }
        var texts: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_TEXT
            else { continue }
            texts.append(node)
        }
        // Changing literals while iterating is allowed, but collecting first keeps it obviously safe.
        for node in texts {
            guard let literal = cmark_node_get_literal(node) else { continue }
            var block = cmark_node_parent(node)
            while let b = block, cmark_node_get_start_line(b) == 0 { block = cmark_node_parent(b) }
            let line = block.map { Int(cmark_node_get_start_line($0)) } ?? 1
            let column = block.map { Int(cmark_node_get_start_column($0)) } ?? 1
            body(node, String(cString: literal), line, column)
        }
    }
}

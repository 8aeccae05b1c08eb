import Ccmark
import Foundation
import RolebookCore

/// The only file that calls cmark. Every node it allocates is freed before a function returns, and
/// no cmark pointer leaves this file: callers see outlines, paths and strings.
///
/// Raw HTML stays off (cmark's default): HTML in guidance is replaced by a comment and
/// `javascript:` links are dropped. Only the wrappers this file builds itself (audience flags)
/// are emitted as HTML, and their text is escaped here.
package enum CommonMarkParser {
    /// What to do to the parsed tree before rendering it.
    package struct Edit: Sendable {
        /// Blocks to remove, by outline path.
        package var remove: Set<OutlinePath> = []
        /// Blocks to wrap in a flagged box: path → label text (escaped here).
        package var flag: [OutlinePath: String] = [:]
        /// Placeholder delimiters are turned into value holes in text nodes (not in code or URLs).
        package var fillsPlaceholders = true
        /// The id of the guide being rendered. When set, links to guides become ``GuideTarget`` token
        /// addresses and headings get ids (as `rolebook-anchor:` tokens), for the renderer to
        /// resolve per page; when nil, both are written as they are.
        package var guideID: String?

        package init(
            remove: Set<OutlinePath> = [], flag: [OutlinePath: String] = [:], fillsPlaceholders: Bool = true,
            guideID: String? = nil
        ) {
            self.remove = remove
            self.flag = flag
            self.fillsPlaceholders = fillsPlaceholders
            self.guideID = guideID
        }
    }

    /// What validating a guide needs from one parse.
    package struct Analysis: Sendable {
        /// The block outline, for deciding which blocks each audience sees.
        package var outline: MarkdownOutline
        /// The placeholders that are filled in (those in text, not in code), in source order.
        package var placeholders: [Placeholder.Use]
        /// Problems in the Markdown itself, in source order.
        package var problems: [Problem]
        /// Every link and image address, in source order, for the loader to check.
        package var links: [LinkUse] = []
    }

    /// A link or image in the Markdown: its address as written (a reference link's from its
    /// definition), and where the link starts.
    package struct LinkUse: Hashable, Sendable {
        package var address: String
        package var isImage: Bool
        /// 1-based line and column (in Unicode scalars) of the link's `[`, `![` or `<`.
        package var line: Int
        package var column: Int
    }

    /// A problem at a 1-based line and column (in Unicode scalars) of the Markdown given.
    package struct Problem: Hashable, Sendable {
        package var message: String
        package var line: Int
        package var column: Int
        /// A warning is valid Markdown that is most likely a slip; everything else is an error.
        package var isWarning = false
    }

    /// How deeply block quotes and list items may nest. The outline and the audience walks recurse
    /// once per level; without a bound, a few kilobytes of `>` overflow the stack.
    package static let maximumDepth = 64

    package static func analyze(_ markdown: String) -> Analysis {
        let tokens = Placeholder.tokenize(markdown)
        return withDocument(tokens.text) { root in
            var analysis = Analysis(outline: MarkdownOutline(), placeholders: [], problems: [])
            if tokens.mark == nil {
                analysis.problems.append(
                    Problem(
                        message: "the text uses every private-use character, so its placeholders cannot be found",
                        line: 1, column: 1))
            }
            var depth = 0
            var deepest: (depth: Int, line: Int, column: Int)?  // where the limit is first crossed
            var inLinkAddress: Set<Int> = []
            var comments = CommentColumns(markdown)
            // The outline path of the block being visited: each open block's path and how many of
            // its children have been met, so a placeholder knows its block without a second walk.
            var blocks: [(path: OutlinePath, children: Int)] = [([], 0)]
            var headingDepth = 0
            forEachNode(in: root) { node, type, entering in
                if isBlock(type), type != CMARK_NODE_DOCUMENT {
                    if entering {
                        let path = blocks[blocks.count - 1].path + [blocks[blocks.count - 1].children]
                        blocks[blocks.count - 1].children += 1
                        if !isLeaf(type) { blocks.append((path, 0)) }
                    } else {
                        blocks.removeLast()
                    }
                }
                if type == CMARK_NODE_HEADING { headingDepth += entering ? 1 : -1 }
                if type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_ITEM {
                    depth += entering ? 1 : -1
                    if depth > maximumDepth {
                        let first =
                            deepest ?? (
                                depth, Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node))
                            )
                        deepest = (max(first.depth, depth), first.line, first.column)
                    }
                }
                guard entering else { return }
                switch type {
                case CMARK_NODE_TEXT:
                    // An autolink's text is its address, reported there already.
                    for index in tokens.indexes(in: literal(of: node)) where !inLinkAddress.contains(index) {
                        var use = tokens.uses[index]
                        if let problem = use.malformation {
                            analysis.problems.append(Problem(message: problem, line: use.line, column: use.column))
                            continue
                        }
                        use.block = blocks[blocks.count - 1].path
                        use.isInHeading = headingDepth > 0
                        analysis.placeholders.append(use)
                        if use.isInHeading {
                            // Valid and safe (the value is escaped), but a heading is the outline every
                            // reader scans, and where no contract is known it reads generically.
                            analysis.problems.append(
                                Problem(
                                    message:
                                        "'\(use.written)' is in a heading, which should name its section the same way on every page: put the value in the text below it",
                                    line: use.line, column: use.column, isWarning: true))
                        }
                    }
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    let line = Int(cmark_node_get_start_line(node))
                    let isImage = type == CMARK_NODE_IMAGE
                    analysis.links.append(
                        LinkUse(
                            address: tokens.restored(cmark_node_get_url(node).map { String(cString: $0) } ?? ""),
                            isImage: isImage, line: line,
                            column: comments.linkColumn(
                                onLine: line, near: Int(cmark_node_get_start_column(node)), isImage: isImage)))
                    // A link address or title is no place for a value: it would stay `{{…}}` there.
                    let strings = [cmark_node_get_url(node), cmark_node_get_title(node)].compactMap { $0 }
                    for index in strings.flatMap({ tokens.indexes(in: String(cString: $0)) })
                    where inLinkAddress.insert(index).inserted {
                        let use = tokens.uses[index]
                        analysis.problems.append(
                            Problem(
                                message:
                                    "'\(use.written)' is in a link address or title, where values are not filled in",
                                line: use.line, column: use.column))
                    }
                case CMARK_NODE_HTML_INLINE:
                    let text = tokens.restored(literal(of: node))
                    guard text.hasPrefix("<!--") else { break }
                    let line = Int(cmark_node_get_start_line(node))
                    analysis.outline.inlineComments.append(
                        .init(
                            text: text, line: line,
                            column: comments.column(onLine: line, near: Int(cmark_node_get_start_column(node)))))
                default:
                    break
                }
            }
            if let deepest {
                analysis.problems.append(
                    Problem(
                        message:
                            "block quotes and lists are nested \(deepest.depth) levels deep; the limit is \(maximumDepth)",
                        line: deepest.line, column: deepest.column))
            } else {
                // By scalar: a Swift Character joins "\r\n", which would hide a line end.
                let lines = markdown.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
                analysis.outline.children = outlineChildren(of: root, tokens, lines: lines)
            }
            analysis.problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
            return analysis
        }
    }

    /// Renders the document after applying `edit`; value holes come back as ``GuideHTML/Part/value(_:)``.
    package static func render(_ markdown: String, edit: Edit = Edit()) -> GuideHTML {
        let tokens = Placeholder.tokenize(markdown, avoiding: Array(edit.flag.values))
        return withDocument(tokens.text) { root in
            // Ids come from the whole document, before blocks are removed, so a heading has the
            // same id in every reader's version.
            let headingIDs = edit.guideID == nil ? [:] : self.headingIDs(in: root, tokens)
            apply(edit, to: root)
            // Collect first, then change: changing strings while iterating is allowed, but this keeps it obviously safe.
            var nodes: [(OpaquePointer, cmark_node_type)] = []
            forEachNode(in: root) { node, type, entering in
                if entering { nodes.append((node, type)) }
            }
            for (node, type) in nodes {
                switch type {
                case CMARK_NODE_TEXT where edit.fillsPlaceholders:
                    let pieces = tokens.pieces(of: literal(of: node))
                    guard pieces.contains(where: { if case .use = $0 { true } else { false } }) else {
                        // Only malformed placeholders here (reported): they read as written.
                        restore(node, tokens, get: cmark_node_get_literal, set: cmark_node_set_literal)
                        break
                    }
                    let encoded = pieces.map { piece -> String in
                        switch piece {
                        case .text(let text): text
                        case .use(let index): tokens.hole(index)
                        }
                    }.joined()
                    cmark_node_set_literal(node, encoded)
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK,
                    CMARK_NODE_HTML_INLINE:
                    restore(node, tokens, get: cmark_node_get_literal, set: cmark_node_set_literal)
                    if type == CMARK_NODE_CODE_BLOCK {
                        restore(node, tokens, get: cmark_node_get_fence_info, set: cmark_node_set_fence_info)
                    }
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    restore(node, tokens, get: cmark_node_get_url, set: cmark_node_set_url)
                    restore(node, tokens, get: cmark_node_get_title, set: cmark_node_set_title)
                    if type == CMARK_NODE_LINK, let guideID = edit.guideID, let url = cmark_node_get_url(node),
                        let link = LinkAddress(String(cString: url)).link(in: guideID)
                    {
                        cmark_node_set_url(node, link.token)
                    }
                default:
                    break
                }
            }
            // Headings left after the edit, in the order cmark writes them.
            let ids = nodes.compactMap { node, type in type == CMARK_NODE_HEADING ? headingIDs[node] : nil }
            guard let cString = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return GuideHTML(parts: []) }
            defer { free(cString) }
            let html = ids.isEmpty ? String(cString: cString) : withHeadingIDs(String(cString: cString), ids)
            var rendered = Placeholder.parts(fromRendered: html, tokens)
            rendered.anchors = ids
            return rendered
        }
    }

    /// Every heading's id, in document order: ``GuideAnchor/Slugger`` over its text as written
    /// (placeholders as `{{name}}`, an image's description left out, as GitHub reads a heading).
    private static func headingIDs(in root: OpaquePointer, _ tokens: Placeholder.Tokenized) -> [OpaquePointer: String] {
        var ids: [OpaquePointer: String] = [:]
        var slugger = GuideAnchor.Slugger()
        var heading: OpaquePointer?
        var text = ""
        var images = 0
        forEachNode(in: root) { node, type, entering in
            switch type {
            case CMARK_NODE_HEADING:
                if entering {
                    heading = node
                    text = ""
                } else if let open = heading {
                    ids[open] = slugger.id(for: tokens.restored(text))
                    heading = nil
                }
            case CMARK_NODE_IMAGE:
                images += entering ? 1 : -1
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if heading != nil, images == 0 { text += literal(of: node) }
            default:
                break
            }
        }
        return ids
    }

    /// cmark writes a heading as a bare `<hN>`, and nothing else it writes looks like one (raw HTML
    /// is off, text is escaped): the n-th such tag is the n-th heading.
    private static func withHeadingIDs(_ html: String, _ ids: [String]) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + ids.count * 32)
        var rest = Substring(html)
        var next = ids.makeIterator()
        while let open = rest.firstRange(of: "<h") {
            let after = rest[open.upperBound...]
            guard let level = after.first, ("1"..."6").contains(level),
                after.dropFirst().first == ">"
            else {
                out += rest[..<open.upperBound]
                rest = after
                continue
            }
            out += rest[..<open.upperBound]
            out.append(level)
            if let id = next.next() { out += " id=\"\(GuideTarget.anchorScheme)\(HTMLText.escape(id))\"" }
            rest = after.dropFirst()
        }
        out += rest
        return out
    }

    // MARK: - Tree access (fileprivate: cmark pointers stay in this file)

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T {
        // The byte count, not strlen: a NUL must not end the document early (cmark reads it as U+FFFD).
        var markdown = markdown
        let root = markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8)
            }
        }!
        defer { cmark_node_free(root) }
        return body(root)
    }

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func restore(
        _ node: OpaquePointer, _ tokens: Placeholder.Tokenized,
        get: (OpaquePointer) -> UnsafePointer<CChar>?, set: (OpaquePointer, UnsafePointer<CChar>?) -> Int32
    ) {
        guard let value = get(node) else { return }
        let text = String(cString: value)
        let restored = tokens.restored(text)
        if restored != text { _ = set(node, restored) }
    }

    /// Visits every node in document order, without recursion: containers on entering and exiting.
    private static func forEachNode(
        in root: OpaquePointer, _ body: (OpaquePointer, cmark_node_type, _ entering: Bool) -> Void
    ) {
        let iterator = cmark_iter_new(root)!
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            body(node, cmark_node_get_type(node), event == CMARK_EVENT_ENTER)
        }
    }

    /// Exact columns of inline comments. cmark's inline columns are off on lazy continuation lines
    /// (it counts from the paragraph's indentation), so take the `<!--` on the source line that is
    /// nearest to cmark's column. Each line is scanned once, however many comments it holds.
    private struct CommentColumns {
        let lines: [Substring]
        /// Per line: the byte column and the scalar column of each `<!--`.
        var openings: [Int: [(byte: Int, column: Int)]] = [:]

        init(_ markdown: String) { lines = markdown.split(separator: "\n", omittingEmptySubsequences: false) }

        mutating func column(onLine line: Int, near byteColumn: Int) -> Int {
            guard line >= 1, line <= lines.count else { return byteColumn }
            if openings[line] == nil {
                var found: [(byte: Int, column: Int)] = []
                var byte = 1
                var last: (Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?) = (nil, nil, nil)
                for (offset, scalar) in lines[line - 1].unicodeScalars.enumerated() {
                    if scalar == "-", last == ("<", "!", "-") { found.append((byte - 3, offset - 2)) }
                    last = (last.1, last.2, scalar)
                    byte += scalar.utf8.count
                }
                openings[line] = found
            }
            let candidates = openings[line]!
            // Sorted by byte: the nearest is next to where the guess would be inserted.
            var low = 0
            var high = candidates.count
            while low < high {
                let mid = (low + high) / 2
                if candidates[mid].byte < byteColumn { low = mid + 1 } else { high = mid }
            }
            let near = [low - 1, low].filter { candidates.indices.contains($0) }
            return near.min { abs(candidates[$0].byte - byteColumn) < abs(candidates[$1].byte - byteColumn) }
                .map { candidates[$0].column } ?? byteColumn
        }

        /// Per line: the byte column and the scalar column of each `[` or `<` (links), and of each `![` (images).
        var linkOpenings: [Int: (links: [(byte: Int, column: Int)], images: [(byte: Int, column: Int)])] = [:]

        /// Where cmark's link start is the `[` of `[text](…)`, the `![` of an image or the `<` of an
        /// autolink: take the one on the source line nearest to cmark's (byte, possibly off) column.
        mutating func linkColumn(onLine line: Int, near byteColumn: Int, isImage: Bool) -> Int {
            guard line >= 1, line <= lines.count else { return byteColumn }
            if linkOpenings[line] == nil {
                var links: [(byte: Int, column: Int)] = []
                var images: [(byte: Int, column: Int)] = []
                var byte = 1
                var previous: (byte: Int, column: Int, scalar: Unicode.Scalar)?
                for (offset, scalar) in lines[line - 1].unicodeScalars.enumerated() {
                    if scalar == "[" || scalar == "<" { links.append((byte, offset + 1)) }
                    if scalar == "[", let bang = previous, bang.scalar == "!" {
                        images.append((bang.byte, bang.column))
                    }
                    previous = (byte, offset + 1, scalar)
                    byte += scalar.utf8.count
                }
                linkOpenings[line] = (links, images)
            }
            let candidates = isImage ? linkOpenings[line]!.images : linkOpenings[line]!.links
            return Self.nearest(candidates, to: byteColumn) ?? byteColumn
        }

        /// The scalar column of the candidate whose byte column is nearest; candidates are sorted by byte.
        static func nearest(_ candidates: [(byte: Int, column: Int)], to byteColumn: Int) -> Int? {
            var low = 0
            var high = candidates.count
            while low < high {
                let mid = (low + high) / 2
                if candidates[mid].byte < byteColumn { low = mid + 1 } else { high = mid }
            }
            let near = [low - 1, low].filter { candidates.indices.contains($0) }
            return near.min { abs(candidates[$0].byte - byteColumn) < abs(candidates[$1].byte - byteColumn) }
                .map { candidates[$0].column }
        }
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

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
    }

    /// Nodes cmark's iterator visits once, on entering: they have no exit event.
    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_THEMATIC_BREAK || type == CMARK_NODE_CODE_BLOCK
            || type == CMARK_NODE_TEXT || type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
            || type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE
    }

    private static func isBlockContainer(_ type: cmark_node_type) -> Bool {
        type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST
            || type == CMARK_NODE_ITEM
    }

    /// Recursive, one level per container: only called once ``maximumDepth`` is known to hold.
    private static func outlineChildren(
        of node: OpaquePointer, _ tokens: Placeholder.Tokenized, lines: [Substring.UnicodeScalarView]
    ) -> [MarkdownOutline.Node] {
        func isBlank(_ line: Int) -> Bool {
            guard line >= 1, line <= lines.count else { return true }
            return lines[line - 1].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == ">" }
        }
        return children(of: node).map { child in
            let type = cmark_node_get_type(child)
            let kind: MarkdownOutline.Kind
            if type == CMARK_NODE_HTML_BLOCK, case let text = tokens.restored(literal(of: child)),
                text.hasPrefix("<!--")
            {
                kind = .htmlComment(text: text)
            } else if type == CMARK_NODE_ITEM {
                kind = .listItem
            } else if type == CMARK_NODE_BLOCK_QUOTE {
                kind = .blockQuote
            } else {
                kind = .other
            }
            let line = Int(cmark_node_get_start_line(child))
            // cmark's end line of an HTML block is one short when the block ends on its own last
            // line, so a comment's last line is counted from its text (which ends with a newline).
            var node = MarkdownOutline.Node(
                kind: kind, line: line, column: Int(cmark_node_get_start_column(child)),
                children: isBlockContainer(type) ? outlineChildren(of: child, tokens, lines: lines) : [])
            if case .htmlComment(let text) = kind {
                let lastLine = line + text.unicodeScalars.dropLast().count { $0 == "\n" }
                node.blankLineBefore = isBlank(line - 1)
                node.blankLineAfter = isBlank(lastLine + 1)
            }
            return node
        }
    }

    /// Finds blocks by outline path. Each container's children are listed once: listing them per
    /// path made a guide with thousands of markers quadratic.
    private struct NodeFinder {
        let root: OpaquePointer
        var childrenOf: [OpaquePointer: [OpaquePointer]] = [:]

        mutating func node(at path: OutlinePath) -> OpaquePointer? {
            var current = root
            for index in path {
                let kids = childrenOf[current] ?? children(of: current)
                childrenOf[current] = kids
                guard index < kids.count else { return nil }
                current = kids[index]
            }
            return current
        }
    }

    private static func apply(_ edit: Edit, to root: OpaquePointer) {
        // Resolve every path before changing the tree: unlinking shifts sibling indexes. A block
        // inside a removed block goes with it, so only the outermost removals are freed, and
        // nothing inside them is flagged.
        func insideRemoved(_ path: OutlinePath) -> Bool {
            (0..<path.count).contains { edit.remove.contains(Array(path[..<$0])) }
        }
        var finder = NodeFinder(root: root)
        let removals = edit.remove.filter { !insideRemoved($0) }.compactMap { finder.node(at: $0) }
        let flags = edit.flag.filter { !edit.remove.contains($0.key) && !insideRemoved($0.key) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .compactMap { path, label in finder.node(at: path).map { ($0, label) } }
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
}

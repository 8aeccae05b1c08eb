/// The block structure of a Markdown document as far as audience markers care: which blocks are
/// markers, which are list items, and where each starts. Built from cmark's tree, so a marker-like
/// line inside a code block is never mistaken for a marker.
public struct MarkdownOutline: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// An HTML comment block such as `<!-- for: contract-manager -->`; `text` is the whole literal.
        case htmlComment(text: String)
        case listItem
        case blockQuote
        case other
    }

    public struct Node: Hashable, Sendable {
        public var kind: Kind
        /// 1-based line in the Markdown body.
        public var line: Int
        public var column: Int
        public var children: [Node]
    }

    /// An HTML comment inside a paragraph or heading. It is never a marker: cmark drops it from the
    /// text around it, which every reader then sees.
    public struct InlineComment: Hashable, Sendable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    public var children: [Node]
    public var inlineComments: [InlineComment]

    public init(children: [Node] = [], inlineComments: [InlineComment] = []) {
        self.children = children
        self.inlineComments = inlineComments
    }
}

/// A position in the outline: child indexes from the document down.
public typealias OutlinePath = [Int]

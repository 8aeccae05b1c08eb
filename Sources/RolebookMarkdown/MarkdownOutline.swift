/// The block structure of a Markdown document as far as audience markers care: which blocks are
/// markers, which are list items, and where each starts. Built from cmark's tree, so a marker-like
/// line inside a code block is never mistaken for a marker.
package struct MarkdownOutline: Hashable, Sendable {
    package enum Kind: Hashable, Sendable {
        /// An HTML comment block such as `<!-- for: contract-manager -->`; `text` is the whole literal.
        case htmlComment(text: String)
        case listItem
        case blockQuote
        case other
    }

    package struct Node: Hashable, Sendable {
        package var kind: Kind
        /// 1-based line in the Markdown body.
        package var line: Int
        package var column: Int
        package var children: [Node]
        /// Whether the source line before the block, and the one after it, are blank (or hold only
        /// a block quote's `>`): markers are set apart from their neighbours by blank lines. Only
        /// known for HTML comments; true for other blocks.
        package var blankLineBefore = true
        package var blankLineAfter = true
    }

    /// An HTML comment inside a paragraph or heading. It is never a marker: cmark drops it from the
    /// text around it, which every reader then sees.
    package struct InlineComment: Hashable, Sendable {
        package var text: String
        package var line: Int
        package var column: Int
    }

    package var children: [Node]
    package var inlineComments: [InlineComment]

    package init(children: [Node] = [], inlineComments: [InlineComment] = []) {
        self.children = children
        self.inlineComments = inlineComments
    }
}

/// A position in the outline: child indexes from the document down.
package typealias OutlinePath = [Int]

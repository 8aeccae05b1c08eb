/// One value of a YAML or JSON data file, with where it starts in the text that was composed.
///
/// The composers (``YAMLComposer``, ``JSONComposer``) report syntax errors, duplicate keys and
/// alias abuse while they build it, so every mapping here has distinct text keys.
struct DataNode {
    enum Value {
        /// `plain` is false for quoted and block scalars and for JSON strings: only a plain `~`
        /// or `null` means "no value", a quoted "null" is text.
        case scalar(String, plain: Bool)
        case sequence([DataNode])
        case mapping([Entry])
    }

    struct Entry {
        var key: String
        var keyPosition: TextPosition
        var value: DataNode
    }

    var value: Value
    var position: TextPosition

    var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    var sequence: [DataNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    var mapping: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// Whether this is YAML's "no value": a plain `~`, `null` or nothing at all.
    var isNull: Bool {
        if case .scalar(let text, true) = value { return Self.nullSpellings.contains(text) }
        return false
    }

    static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// "a list", "a mapping" or "a single value", for messages about the wrong shape.
    var shape: String {
        switch value {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A 1-based line and column (in Unicode scalars) in the text a composer read.
struct TextPosition: Hashable {
    var line: Int
    var column: Int
}

// libyaml as Yams builds it. Yams' own composer cannot be used: it stops at the first duplicate
// key, and it finds duplicates by hashing whole key trees, which takes exponential time on an alias
// bomb used as a key. It has no public event API, so this file reads libyaml's events itself.
// CYaml is not a product of the Yams package, but SwiftPM puts the C modules of dependencies on
// the search path; a Yams release that renamed it would fail to compile here, not misbehave.
import CYaml

/// Builds a ``DataNode`` from one YAML document, reporting through the reader: syntax errors
/// (which end the file), every duplicate key (the first value is kept), keys that are not single
/// values or are aliases, and aliases that expand to more than ``aliasBudget`` nodes.
final class YAMLComposer {
    /// Most nodes aliases may bring in, counting what the aliased values contain: far more than
    /// any content file shares, far less than a billion laughs.
    static let aliasBudget = 100_000
    /// Deepest nesting of lists and mappings; content is about six deep.
    static let maximumDepth = 100
    /// libyaml checks nesting too, and in flow collections (`[[[[`) it scans ahead of the events,
    /// so it must stop at the same depth. Its limit is process-wide: set once.
    private static let nestingLimit: Void = yaml_set_max_nest_level(Int32(maximumDepth))
    static let tooDeep = "lists and mappings are nested more than \(maximumDepth) deep here"

    private struct Stop: Error {}

    private let reader: YAMLReader
    private var parser = yaml_parser_t()
    /// The text being read, for the position of a character libyaml refuses.
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var anchors: [String: (node: DataNode, size: Int)] = [:]
    private var expanded = 0

    init(reader: YAMLReader) {
        self.reader = reader
    }

    /// The document's root, or nil when the text holds none or a problem ended reading.
    func compose(_ text: String) -> DataNode? {
        Self.nestingLimit
        var text = text
        return text.withUTF8 { buffer in
            bytes = buffer
            yaml_parser_initialize(&parser)
            defer {
                yaml_parser_delete(&parser)
                bytes = UnsafeBufferPointer(start: nil, count: 0)
            }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            do {
                _ = try next()  // stream start
                let start = try next()
                guard start.type == YAML_DOCUMENT_START_EVENT else { return nil }
                let root = try node(from: try next(), depth: 0).node
                _ = try next()  // document end
                let after = try next()
                if after.type != YAML_STREAM_END_EVENT {
                    reader.error(
                        "YAML does not parse: a data file holds one document, but another starts here",
                        at: after.position)
                    return nil
                }
                return root
            } catch {
                return nil
            }
        }
    }

    /// The node that starts with `event`, and how many nodes it holds once aliases are expanded.
    private func node(from event: Event, depth: Int) throws -> (node: DataNode, size: Int) {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let node = DataNode(value: .scalar(event.scalarValue, plain: event.isPlain), position: event.position)
            remember(event.anchor(event.event.data.scalar.anchor), node, size: 1)
            return (node, 1)
        case YAML_ALIAS_EVENT:
            let name = event.anchor(event.event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                reader.error("YAML does not parse: unknown alias '*\(name)'", at: event.position)
                throw Stop()
            }
            expanded += anchored.size
            if expanded > Self.aliasBudget {
                reader.error(
                    "aliases expand to more than \(Self.aliasBudget) values by here: share less, or write the values out",
                    at: event.position)
                throw Stop()
            }
            return anchored
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard depth < Self.maximumDepth else {
                reader.error("YAML does not parse: \(Self.tooDeep)", at: event.position)
                throw Stop()
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = event.anchor(
                isMapping ? event.event.data.mapping_start.anchor : event.event.data.sequence_start.anchor)
            let (value, size) = isMapping ? try mapping(depth: depth + 1) : try sequence(depth: depth + 1)
            let node = DataNode(value: value, position: event.position)
            remember(anchor, node, size: size)
            return (node, size)
        default:
            reader.error("YAML does not parse: unexpected event", at: event.position)
            throw Stop()
        }
    }

    private func sequence(depth: Int) throws -> (DataNode.Value, Int) {
        var items: [DataNode] = []
        var size = 1
        while true {
            let event = try next()
            if event.type == YAML_SEQUENCE_END_EVENT { break }
            let item = try node(from: event, depth: depth)
            items.append(item.node)
            size += item.size
        }
        return (.sequence(items), size)
    }

    private func mapping(depth: Int) throws -> (DataNode.Value, Int) {
        var entries: [DataNode.Entry] = []
        var first: [String: TextPosition] = [:]
        var size = 1
        while true {
            let keyEvent = try next()
            if keyEvent.type == YAML_MAPPING_END_EVENT { break }
            // An alias key is refused before it is looked up: a key is a name, never shared data.
            let key = keyEvent.type == YAML_ALIAS_EVENT ? nil : try node(from: keyEvent, depth: depth).node
            let value = try node(from: try next(), depth: depth)
            size += 1 + value.size
            guard let key else {
                reader.error("a key cannot be an alias: write the key out", at: keyEvent.position)
                continue
            }
            guard let text = key.scalar else {
                reader.error("a key must be a single value, not \(key.shape)", at: key.position)
                continue
            }
            if let earlier = first[text] {
                reader.error(
                    "duplicate key '\(text)': the first value is used", at: key.position,
                    notes: [("'\(text)' is first given here", earlier)])
                continue
            }
            first[text] = key.position
            entries.append(DataNode.Entry(key: text, keyPosition: key.position, value: value.node))
        }
        return (.mapping(entries), size)
    }

    private func remember(_ anchor: String?, _ node: DataNode, size: Int) {
        if let anchor { anchors[anchor] = (node, size) }
    }

    /// The next event; a syntax error is reported at its position and ends the file.
    private func next() throws -> Event {
        let event = Event()
        guard yaml_parser_parse(&parser, &event.event) == 1 else {
            reportError()
            throw Stop()
        }
        return event
    }

    private func reportError() {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_READER_ERROR:
            // The text is valid UTF-8, so this is a character YAML does not allow, such as a raw
            // control character; libyaml gives its byte offset.
            let value = parser.problem_value
            let character = value >= 0 ? " (\(Self.codePoint(UInt32(value))))" : ""
            reader.error(
                "YAML does not parse: \(problem)\(character)",
                at: Self.position(ofByte: Int(parser.problem_offset), in: bytes))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let context = parser.context.map { " (\(String(cString: $0)))" } ?? ""
            var message = "\(problem)\(context)"
            if problem.hasPrefix("Maximum nesting level") {
                message = Self.tooDeep
            } else if Self.scalar(atCharacter: Int(parser.problem_mark.index), in: bytes) == "\t" {
                message = "a tab where YAML allows only spaces: indent with spaces"
            }
            reader.error(
                "YAML does not parse: \(message)",
                at: TextPosition(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1))
        default:
            reader.error("YAML does not parse: \(problem)", at: TextPosition(line: 1, column: 1))
        }
    }

    /// `U+001B`.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The Unicode scalar at a character offset (libyaml's mark index) in UTF-8 text.
    static func scalar(atCharacter offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var count = -1
        for byte in bytes where byte & 0xC0 != 0x80 {
            count += 1
            // Only ASCII is asked about, so a first byte below 0x80 is the whole scalar.
            if count == offset { return byte < 0x80 ? Unicode.Scalar(byte) : nil }
        }
        return nil
    }

    /// Line and column (in Unicode scalars) of a byte offset in UTF-8 text.
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextPosition {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TextPosition(line: line, column: column)
    }
}

/// One libyaml event, freed when released.
private final class Event {
    var event = yaml_event_t()
    deinit { yaml_event_delete(&event) }

    var type: yaml_event_type_t { event.type }

    var position: TextPosition {
        TextPosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    }

    var scalarValue: String {
        // Counted, not C-string: a scalar may hold a NUL written as "\0".
        String(
            decoding: UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length),
            as: UTF8.self)
    }

    var isPlain: Bool { event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE }

    func anchor(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// Reads JSON (RFC 8259, nothing more: no comments, no trailing commas) into a ``DataNode``.
///
/// Written out rather than Foundation's parser, which gives no positions and keeps one value of a
/// duplicate key without a word. Every node has its line and column, every duplicate key is
/// reported (the first value is kept), and a syntax error is reported where it is, ending the file.
final class JSONComposer {
    private struct Stop: Error {}

    private let reader: YAMLReader
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var index = 0
    /// The last position computed: positions are asked for in increasing order, so each byte is
    /// counted once even on a file that is one long line.
    private var counted = (index: 0, position: TextPosition(line: 1, column: 1))
    /// Where the text starts: after a byte order mark, if any.
    private var origin = 0
    /// Reused for every string, so that reading one allocates only the result.
    private var scratch: [UInt8] = []

    init(reader: YAMLReader) {
        self.reader = reader
    }

    /// The document's value, or nil when the text is empty or a syntax error ended reading.
    func compose(_ text: String) -> DataNode? {
        var text = text
        return text.withUTF8 { buffer in
            bytes = buffer
            defer { bytes = UnsafeBufferPointer(start: nil, count: 0) }
            // A byte order mark is an encoding label, not content.
            origin = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            index = origin
            counted = (origin, TextPosition(line: 1, column: 1))
            skipWhitespace()
            guard index < bytes.count else { return nil }
            do {
                let root = try value(depth: 0)
                skipWhitespace()
                if index < bytes.count { try fail("unexpected \(found()) after the end of the JSON value") }
                return root
            } catch {
                return nil
            }
        }
    }

    private func value(depth: Int) throws -> DataNode {
        skipWhitespace()
        guard index < bytes.count else { try fail("the file ends where a value should be") }
        let start = position(at: index)
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return DataNode(value: try object(depth: depth), position: start)
        case UInt8(ascii: "["):
            return DataNode(value: try array(depth: depth), position: start)
        case UInt8(ascii: "\""):
            return DataNode(value: .scalar(try string(), plain: false), position: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return DataNode(value: .scalar(try number(), plain: true), position: start)
        default:
            for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
                index += literal.utf8.count
                return DataNode(value: .scalar(literal, plain: true), position: start)
            }
            try fail("expected a value, found \(found())")
        }
    }

    private func object(depth: Int) throws -> DataNode.Value {
        try checkDepth(depth)
        index += 1
        var entries: [DataNode.Entry] = []
        var first: [String: TextPosition] = [:]
        skipWhitespace()
        if consume("}") { return .mapping(entries) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    try fail("a comma before '}': JSON allows none")
                }
                try fail("expected a key in double quotes, found \(found())")
            }
            let keyPosition = position(at: index)
            let key = try string()
            skipWhitespace()
            guard consume(":") else { try fail("expected ':' after the key '\(key)', found \(found())") }
            let value = try value(depth: depth + 1)
            if let earlier = first[key] {
                reader.error(
                    "duplicate key '\(key)': the first value is used", at: keyPosition,
                    notes: [("'\(key)' is first given here", earlier)])
            } else {
                first[key] = keyPosition
                entries.append(DataNode.Entry(key: key, keyPosition: keyPosition, value: value))
            }
            skipWhitespace()
            if consume(",") { continue }
            if consume("}") { return .mapping(entries) }
            try fail("expected ',' or '}', found \(found())")
        }
    }

    private func array(depth: Int) throws -> DataNode.Value {
        try checkDepth(depth)
        index += 1
        var items: [DataNode] = []
        skipWhitespace()
        if consume("]") { return .sequence(items) }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                try fail("a comma before ']': JSON allows none")
            }
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            if consume(",") { continue }
            if consume("]") { return .sequence(items) }
            try fail("expected ',' or ']', found \(found())")
        }
    }

    private func checkDepth(_ depth: Int) throws {
        if depth >= YAMLComposer.maximumDepth {
            try fail("lists and objects are nested more than \(YAMLComposer.maximumDepth) deep here")
        }
    }

    /// A string at `index` (its opening quote), escapes decoded.
    private func string() throws -> String {
        index += 1
        scratch.removeAll(keepingCapacity: true)
        while true {
            let runStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
                bytes[index] >= 0x20
            {
                index += 1
            }
            scratch.append(contentsOf: bytes[runStart..<index])
            guard index < bytes.count else { try fail("the file ends inside a string") }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape()
            default:
                let code = YAMLComposer.codePoint(UInt32(bytes[index])).dropFirst(2)
                try fail("control character U+\(code) in a string: write it as \\u\(code)")
            }
        }
    }

    /// One escape at `index` (its backslash), appended to `scratch`.
    private func escape() throws {
        let start = index
        index += 1
        guard index < bytes.count else { try fail("the file ends inside a string") }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let byte = simple[bytes[index]] {
            scratch.append(byte)
            index += 1
            return
        }
        guard bytes[index] == UInt8(ascii: "u") else {
            try fail("unknown escape \(found(at: start, length: 2))", at: start)
        }
        index += 1
        var value = try hex4(escapeStart: start)
        if (0xD800...0xDBFF).contains(value) {
            // A character beyond U+FFFF is written as two escapes, a high and a low surrogate.
            guard bytes[index...].starts(with: "\\u".utf8) else {
                try fail("\\u escape of a lone surrogate (U+\(String(value, radix: 16, uppercase: true)))", at: start)
            }
            index += 2
            let low = try hex4(escapeStart: start)
            guard (0xDC00...0xDFFF).contains(low) else {
                try fail("\\u escape of a lone surrogate (U+\(String(value, radix: 16, uppercase: true)))", at: start)
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
            try fail("\\u escape of a lone surrogate (U+\(String(value, radix: 16, uppercase: true)))", at: start)
        }
        scratch.append(contentsOf: String(scalar).utf8)
    }

    private func hex4(escapeStart: Int) throws -> UInt32 {
        guard index + 4 <= bytes.count else { try fail("a \\u escape needs four hex digits", at: escapeStart) }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Int(String(UnicodeScalar(byte)), radix: 16) else {
                try fail("a \\u escape needs four hex digits", at: escapeStart)
            }
            value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
    }

    /// A number at `index`, kept as written: the readers decide what they accept.
    private func number() throws -> String {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        _ = consume("-")
        if consume("0") {
            // JSON has no leading zeros: 007 is not a number.
            if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                try fail("a number cannot start with 0", at: start)
            }
        } else if digits() == 0 {
            try fail("expected a digit, found \(found())")
        }
        if consume("."), digits() == 0 { try fail("expected a digit after '.', found \(found())") }
        if consume("e") || consume("E") {
            _ = consume("+") || consume("-")
            if digits() == 0 { try fail("expected a digit in the exponent, found \(found())") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func consume(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    private func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// What is at `index` (or `length` characters from `at`), quoted, for messages.
    private func found(at start: Int? = nil, length: Int = 1) -> String {
        let from = start ?? index
        guard from < bytes.count else { return "the end of the file" }
        let text = String(decoding: bytes[from...].prefix(4 * length), as: UTF8.self)
        return "'\(String(text.unicodeScalars.prefix(length).map(Character.init)))'"
    }

    private func fail(_ message: String, at offset: Int? = nil) throws -> Never {
        reader.error("JSON does not parse: \(message)", at: position(at: offset ?? index))
        throw Stop()
    }

    private func position(at offset: Int) -> TextPosition {
        if offset < counted.index { counted = (origin, TextPosition(line: 1, column: 1)) }
        var (line, column) = (counted.position.line, counted.position.column)
        for byte in bytes[counted.index..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        counted = (offset, TextPosition(line: line, column: column))
        return counted.position
    }
}

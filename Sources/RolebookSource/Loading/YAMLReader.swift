import Foundation
import RolebookCore
import Yams

/// Reads YAML (and JSON, which the YAML composer also reads) into located values.
///
/// Every accessor records the key it asked for, so ``YAMLMap/finish()`` can report each key the
/// author wrote that the format does not know, at its own line and column.
final class YAMLReader {
    let path: String
    /// Added to YAML line numbers when the YAML starts inside a larger file (front matter).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int = 0) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// Composes the text; a syntax error becomes a diagnostic at its position.
    func compose(_ text: String) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                let .composer(context, problem, mark, _):
                let detail = context.map { "\(problem) (\($0.text))" } ?? problem
                self.error("YAML does not parse: \(detail)", at: mark)
            case let .duplicatedKeysInMapping(duplicates, context):
                self.error("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))", at: context.mark)
            case let .reader(problem, _, _, _):
                self.error("YAML does not parse: \(problem)", at: nil)
            default:
                self.error("YAML does not parse: \(error)", at: nil)
            }
            return nil
        } catch {
            self.error("YAML does not parse: \(error)", at: nil)
            return nil
        }
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    func location(of node: Node) -> SourceLocation { location(node.mark) }

    func error(_ message: String, at mark: Mark?) {
        diagnostics.append(.error(message, at: location(mark)))
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    func map(_ node: Node?, what: String) -> YAMLMap? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            error("expected \(what) to be a mapping of keys to values", at: node.mark)
            return nil
        }
        return YAMLMap(reader: self, node: node, mapping: mapping, what: what)
    }
}

/// One YAML mapping being read; see ``YAMLReader``.
final class YAMLMap {
    let reader: YAMLReader
    let node: Node
    let mapping: Node.Mapping
    let what: String
    private var known: [String] = []
    /// Keys as strings: `Node.Mapping`'s own subscript compares nodes by resolved tag, which runs
    /// regular expressions for every key and dominated load time on large sites.
    private let values: [String: Node]

    init(reader: YAMLReader, node: Node, mapping: Node.Mapping, what: String) {
        self.reader = reader
        self.node = node
        self.mapping = mapping
        self.what = what
        var values: [String: Node] = [:]
        for (key, value) in mapping where values[key.scalar?.string ?? ""] == nil {
            values[key.scalar?.string ?? ""] = value
        }
        self.values = values
    }

    var location: SourceLocation { reader.location(of: node) }

    /// The value node of `key`, or nil when absent or explicitly null.
    func value(_ key: String) -> Node? {
        known.append(key)
        guard let value = values[key] else { return nil }
        // YAML's null spellings, checked by hand: resolving the tag would run regular expressions.
        if let scalar = value.scalar, scalar.style == .plain, Self.nullSpellings.contains(scalar.string) {
            return nil
        }
        return value
    }

    static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

    func keyLocation(_ key: String) -> SourceLocation {
        let keyNode = mapping.keys.first { $0.scalar?.string == key }
        return reader.location(keyNode?.mark ?? node.mark)
    }

    func valueLocation(_ key: String) -> SourceLocation {
        reader.location((values[key] ?? node).mark)
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let scalar = value.scalar else {
            reader.error("'\(key)' must be a single value", at: value.mark)
            return nil
        }
        return scalar.string
    }

    func id(_ key: String = "id", required: Bool = true) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard Self.isSlug(text) else {
            reader.error(
                "'\(text)' is not a valid id: use lower-case letters, digits and hyphens", at: valueLocation(key))
            return nil
        }
        return text
    }

    func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            reader.error("'\(key)' must be true or false, not '\(text)'", at: valueLocation(key))
            return nil
        }
    }

    func int(_ key: String, minimum: Int = 0) -> Int? {
        guard let text = string(key) else { return nil }
        guard let number = Int(text), number >= minimum else {
            reader.error("'\(key)' must be a whole number of at least \(minimum), not '\(text)'", at: valueLocation(key))
            return nil
        }
        return number
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = string(key, required: required) else { return nil }
        guard let day = Day(iso: text) else {
            reader.error("'\(text)' is not a valid date: use YYYY-MM-DD", at: valueLocation(key))
            return nil
        }
        return day
    }

    func email(_ key: String, required: Bool = false) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard Self.isEmail(text) else {
            reader.error("'\(text)' is not a valid email address", at: valueLocation(key))
            return nil
        }
        return text
    }

    func enumeration<T: RawRepresentable & CaseIterable>(_ key: String, as _: T.Type, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            reader.error("'\(key)' must be one of \(allowed), not '\(text)'", at: valueLocation(key))
            return nil
        }
        return value
    }

    /// A list of scalars with their positions; a single scalar is accepted as a one-item list.
    func strings(_ key: String) -> [(String, SourceLocation)] {
        guard let value = value(key) else { return [] }
        if let scalar = value.scalar { return [(scalar.string, reader.location(of: value))] }
        guard let sequence = value.sequence else {
            reader.error("'\(key)' must be a list", at: value.mark)
            return []
        }
        return sequence.compactMap { item in
            guard let scalar = item.scalar else {
                reader.error("each item of '\(key)' must be a single value", at: item.mark)
                return nil
            }
            return (scalar.string, reader.location(of: item))
        }
    }

    func texts(_ key: String) -> [String] { strings(key).map(\.0) }

    func maps(_ key: String, what: String, required: Bool = false) -> [YAMLMap] {
        guard let value = value(key) else {
            if required { missing(key) }
            return []
        }
        guard let sequence = value.sequence else {
            reader.error("'\(key)' must be a list", at: value.mark)
            return []
        }
        return sequence.compactMap { reader.map($0, what: what) }
    }

    func submap(_ key: String, what: String) -> YAMLMap? {
        value(key).flatMap { reader.map($0, what: what) }
    }

    /// Every key of a free-form mapping (one whose keys are data, such as role set ids).
    func entries() -> [(key: String, keyLocation: SourceLocation, value: Node)] {
        mapping.map { ($0.key.scalar?.string ?? "", reader.location(of: $0.key), $0.value) }
    }

    func missing(_ key: String) {
        reader.error("\(what) is missing required key '\(key)'", at: location)
    }

    /// Reports every key that no accessor asked for.
    func finish() {
        for keyNode in mapping.keys {
            let key = keyNode.scalar?.string ?? ""
            if !known.contains(key) {
                let expected = known.sorted().joined(separator: ", ")
                reader.error("unknown key '\(key)' in \(what) (known keys: \(expected))", at: keyNode.mark)
            }
        }
    }

    static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Deliberately simple: one `@`, a dot in the domain, no spaces or angle brackets.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix(".")
        else { return false }
        return !text.contains { $0.isWhitespace || "<>()[],;:\"".contains($0) }
    }
}

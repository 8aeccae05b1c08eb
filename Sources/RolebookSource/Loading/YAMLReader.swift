import Foundation
import RolebookCore

/// Reads YAML and JSON into located values.
///
/// Every accessor records the key it asked for, so ``YAMLMap/finish()`` can report each key the
/// author wrote that the format does not know, at its own line and column.
final class YAMLReader {
    let path: String
    /// Added to YAML line numbers when the YAML starts inside a larger file (front matter).
    let lineOffset: Int
    /// The language a text given per language is read in (``YAMLMap/localizedString(_:required:)``).
    var language: ContentLanguage
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int = 0, language: ContentLanguage = .english) {
        self.path = path
        self.lineOffset = lineOffset
        self.language = language
    }

    /// Composes YAML; syntax errors, duplicate keys and alias abuse become diagnostics at their positions.
    func compose(_ text: String) -> DataNode? {
        YAMLComposer(reader: self).compose(text)
    }

    /// Composes JSON, with the same diagnostics as ``compose(_:)``.
    func composeJSON(_ text: String) -> DataNode? {
        JSONComposer(reader: self).compose(text)
    }

    func location(_ position: TextPosition) -> SourceLocation {
        SourceLocation(path: path, line: position.line + lineOffset, column: position.column)
    }

    func location(of node: DataNode) -> SourceLocation { location(node.position) }

    func error(_ message: String, at position: TextPosition, notes: [(String, TextPosition)] = []) {
        diagnostics.append(
            .error(message, at: location(position), notes: notes.map { .init($0.0, at: location($0.1)) }))
    }

    func error(_ message: String, at node: DataNode) {
        error(message, at: node.position)
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    func map(_ node: DataNode?, what: String) -> YAMLMap? {
        guard let node else { return nil }
        guard let entries = node.mapping else {
            error("expected \(what) to be a mapping of keys to values, not \(node.shape)", at: node)
            return nil
        }
        return YAMLMap(reader: self, node: node, entries: entries, what: what)
    }
}

/// One YAML mapping being read; see ``YAMLReader``.
package final class YAMLMap {
    let reader: YAMLReader
    let node: DataNode
    let pairs: [DataNode.Entry]
    let what: String
    private var known: [String] = []
    private let values: [String: DataNode]

    init(reader: YAMLReader, node: DataNode, entries: [DataNode.Entry], what: String) {
        self.reader = reader
        self.node = node
        pairs = entries
        self.what = what
        // The composers drop duplicate keys, so each key is here once.
        values = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    var location: SourceLocation { reader.location(of: node) }

    /// The value node of `key`, or nil when absent or explicitly null.
    func value(_ key: String) -> DataNode? {
        known.append(key)
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    func keyLocation(_ key: String) -> SourceLocation {
        reader.location(pairs.first { $0.key == key }?.keyPosition ?? node.position)
    }

    func valueLocation(_ key: String) -> SourceLocation {
        reader.location(of: values[key] ?? node)
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = value.scalar else {
            reader.error("'\(key)' must be a single value, not \(value.shape)", at: value)
            return nil
        }
        return text
    }

    /// Ids name files, so they are short lower-case slugs: no path separators, no dots, no case
    /// that a case-insensitive file system (where bundles are unzipped) would fold together.
    func id(_ key: String = "id", required: Bool = true) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard Self.isSlug(text) else {
            reader.error(
                "'\(text)' is not a valid id: use lower-case letters, digits and hyphens", at: valueLocation(key))
            return nil
        }
        guard text.count <= Self.maximumIDLength else {
            reader.error(
                "'\(text.prefix(20))…' is too long for an id: at most \(Self.maximumIDLength) characters",
                at: valueLocation(key))
            return nil
        }
        return text
    }

    /// Ids become file names, which most file systems limit to 255 bytes.
    static let maximumIDLength = 100

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
            reader.error(
                "'\(key)' must be a whole number of at least \(minimum), not '\(text)'", at: valueLocation(key))
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
        guard Day.supported.contains(day) else {
            reader.error(
                "'\(text)' is out of range: dates run from \(Day.supported.lowerBound) to \(Day.supported.upperBound)",
                at: valueLocation(key))
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

    /// An http or https address; with `relative`, also a path without scheme or host (`../site/`).
    func url(_ key: String, relative: Bool = false) -> String? {
        guard let text = string(key) else { return nil }
        guard Self.isURL(text, relative: relative) else {
            let allowed =
                relative
                ? "an http:// or https:// address, or a relative path such as ../site/"
                : "an http:// or https:// address"
            reader.error("'\(text)' is not a valid \(key): use \(allowed)", at: valueLocation(key))
            return nil
        }
        return text
    }

    func enumeration<T: RawRepresentable & CaseIterable>(_ key: String, as _: T.Type, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let hint = Suggestion.didYouMean(text, among: T.allCases.map(\.rawValue))
            reader.error("'\(key)' must be one of \(allowed), not '\(text)'\(hint)", at: valueLocation(key))
            return nil
        }
        return value
    }

    /// A list of scalars with their positions; a single scalar is accepted as a one-item list.
    func strings(_ key: String) -> [(String, SourceLocation)] {
        guard let value = value(key) else { return [] }
        if let text = value.scalar { return [(text, reader.location(of: value))] }
        guard let sequence = value.sequence else {
            reader.error("'\(key)' must be a list, not \(value.shape)", at: value)
            return []
        }
        return sequence.compactMap { item in
            guard let text = item.scalar else {
                reader.error("each item of '\(key)' must be a single value, not \(item.shape)", at: item)
                return nil
            }
            return (text, reader.location(of: item))
        }
    }

    func texts(_ key: String) -> [String] { strings(key).map(\.0) }

    // MARK: - Texts given per language

    /// A text that may be given once for every language or per language, as a mapping from
    /// language codes to texts (`name: {en: Contract Manager, de: Contract Manager}`): the value
    /// in the language being read (see ``ContentLanguage/choose(_:)``).
    /// With `exact`, a text given per language has no value in a language it does not name
    /// (a gloss of a name is for one language only).
    func localizedString(_ key: String, required: Bool = false, exact: Bool = false) -> String? {
        guard let value = value(key), let byLanguage = perLanguage(value, key: key) else {
            return string(key, required: required)
        }
        let texts: [(code: String, value: String)] = byLanguage.compactMap { code, node in
            guard let text = node.scalar else {
                reader.error("'\(key)' in '\(code)' must be a single value, not \(node.shape)", at: node)
                return nil
            }
            return (code, text)
        }
        return exact ? texts.first { $0.code == reader.language.code }?.value : reader.language.choose(texts)
    }

    /// A list of texts, given once or per language as ``localizedString(_:required:)`` is.
    func localizedTexts(_ key: String) -> [String] {
        guard let value = value(key), let byLanguage = perLanguage(value, key: key) else { return texts(key) }
        let lists: [(code: String, value: [String])] = byLanguage.map { code, node in
            let items = node.scalar.map { [$0] } ?? node.sequence?.compactMap(\.scalar) ?? []
            if node.scalar == nil, node.sequence?.allSatisfy({ $0.scalar != nil }) != true {
                reader.error("'\(key)' in '\(code)' must be a list of single values, not \(node.shape)", at: node)
            }
            return (code, items)
        }
        return reader.language.choose(lists) ?? []
    }

    /// The entries of a value given per language, or nil when it is given once. Every key must
    /// be a language code, so that a mistyped field is not taken for a language.
    private func perLanguage(_ value: DataNode, key: String) -> [(code: String, node: DataNode)]? {
        guard let entries = value.mapping else { return nil }
        var byLanguage: [(code: String, node: DataNode)] = []
        for entry in entries {
            guard Strings.isLanguageCode(entry.key) else {
                reader.error(
                    "'\(entry.key)' is not a language code: '\(key)' is one text, or one per language such as {en: …, de: …}",
                    at: entry.keyPosition)
                continue
            }
            byLanguage.append((entry.key, entry.value))
        }
        return byLanguage
    }

    func maps(_ key: String, what: String, required: Bool = false) -> [YAMLMap] {
        guard let value = value(key) else {
            if required { missing(key) }
            return []
        }
        guard let sequence = value.sequence else {
            reader.error("'\(key)' must be a list, not \(value.shape)", at: value)
            return []
        }
        return sequence.compactMap { reader.map($0, what: what) }
    }

    func submap(_ key: String, what: String) -> YAMLMap? {
        value(key).flatMap { reader.map($0, what: what) }
    }

    /// Every key of a free-form mapping (one whose keys are data, such as role set ids).
    func entries() -> [(key: String, keyLocation: SourceLocation, value: DataNode)] {
        pairs.map { ($0.key, reader.location($0.keyPosition), $0.value) }
    }

    func missing(_ key: String) {
        reader.error("\(what) is missing required key '\(key)'", at: location)
    }

    /// Reports every key that no accessor asked for, with each key the format knows here once (an
    /// accessor may ask for a key more than once), and the one it was probably meant to be.
    func finish() {
        let expected = Set(known)
        guard pairs.contains(where: { !expected.contains($0.key) }) else { return }
        let names = expected.sorted()
        for entry in pairs where !expected.contains(entry.key) {
            let hint = Suggestion.didYouMean(entry.key, among: names)
            reader.error(
                "unknown key '\(entry.key)' in \(what) (known keys: \(names.joined(separator: ", ")))\(hint)",
                at: entry.keyPosition)
        }
    }

    static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Deliberately simple, and safe in a `mailto:` link: before the one `@` letters, digits and
    /// `. _ + - '`; after it, dot-separated labels of letters, digits and hyphens. Nothing that
    /// would start a query (`?`), a fragment (`#`) or an escape (`%`) in the link.
    package static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        func isAlphanumeric(_ character: Character) -> Bool { character.isLetter || character.isNumber }
        return labels.count >= 2 && parts[0].allSatisfy { isAlphanumeric($0) || "._+-'".contains($0) }
            && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { isAlphanumeric($0) || $0 == "-" } }
    }

    /// Pages link to these, so only web addresses: `javascript:`, `data:` and the like are never
    /// accepted, nor a host-relative `//host` where a relative path is allowed.
    package static func isURL(_ text: String, relative: Bool) -> Bool {
        guard !text.isEmpty,
            !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }),
            let components = URLComponents(string: text)
        else { return false }
        if let scheme = components.scheme {
            return ["http", "https"].contains(scheme.lowercased()) && components.host?.isEmpty == false
        }
        return relative && components.host == nil && !text.hasPrefix("//")
    }
}

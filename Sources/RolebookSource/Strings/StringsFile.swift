import RolebookCore

/// A language's strings file as read (`themes/<theme>/strings/<code>.yaml`, docs/languages.md):
/// its table, and where each key was written, for the checks against English.
///
/// A site's own `strings/<code>.yaml` is read over the theme's file of the same code and replaces
/// the keys it gives; for a language the theme does not have, the site's file is the whole table.
package struct StringsFile: Sendable {
    package var strings: Strings
    /// The file every missing key is reported in: the theme's, or the site's for a language of its own.
    package var path: String
    /// Where each key was written (the last file that gave it).
    package var keyLocations: [String: SourceLocation]
    /// The `strings:` key of `path`, where a missing key is reported.
    package var tableLocation: SourceLocation

    /// Reads one file, on its own or over `base` (the theme's file of the same language); nil
    /// when it is too broken to use, with every problem in the diagnostics.
    package static func read(code: String, text: String, path: String, over base: StringsFile? = nil)
        -> (file: StringsFile?, diagnostics: [Diagnostic])
    {
        let reader = YAMLReader(path: path)
        guard let map = reader.map(reader.compose(text), what: "strings file") else {
            if reader.diagnostics.isEmpty { reader.error("the strings file is empty", at: SourceLocation(path: path)) }
            return (nil, reader.diagnostics)
        }
        let required = base == nil
        let name = map.string("name", required: required)
        let direction = map.enumeration("direction", as: Strings.Direction.self)
        let plurals = readPlurals(map, required: required)
        let months = readMonths(map, required: required)
        var values = base?.strings.values ?? [:]
        var locations = base?.keyLocations ?? [:]
        if let table = map.submap("strings", what: "strings") {
            for (key, keyLocation, node) in table.entries() {
                guard !Strings.reservedKeys.contains(key) else {
                    reader.error(
                        "'\(key)' is reserved: templates get the language's code and direction from the file's name and 'direction'",
                        at: keyLocation)
                    continue
                }
                guard isKey(key) else {
                    reader.error(
                        "'\(key)' is not a valid key: keys are letters and digits, starting with a letter (templates name them as {{>t.\(key)}})",
                        at: keyLocation)
                    continue
                }
                if let value = readValue(node, key: key, reader: reader) {
                    values[key] = value
                    locations[key] = reader.location(of: node)
                }
            }
        } else if required {
            map.missing("strings")
        }
        map.finish()
        let tableLocation = base?.tableLocation ?? map.keyLocation("strings")
        guard let name = name ?? base?.strings.name, let plurals = plurals ?? base?.strings.plurals,
            let months = months ?? base?.strings.months
        else { return (nil, reader.diagnostics) }
        let strings = Strings(
            code: code, name: name, direction: direction ?? base?.strings.direction ?? .ltr, months: months,
            plurals: plurals, values: values)
        let file = StringsFile(
            strings: strings, path: base?.path ?? path, keyLocations: locations, tableLocation: tableLocation)
        return (file, reader.diagnostics)
    }

    /// Every way this file falls short of `reference` (English): a key it lacks, a key English does
    /// not have, a plural where English has a text or the other way round, a plural without the
    /// forms its language's rules name, an argument English does not give.
    package func problems(against reference: StringsFile) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let referenceName = reference.path.split(separator: "/").last.map(String.init) ?? reference.path
        for key in reference.strings.values.keys.sorted() where strings.values[key] == nil {
            problems.append(
                .error(
                    "\(fileName) has no '\(key)': every key of \(referenceName) needs a value in each language",
                    at: tableLocation, notes: [.init("\(referenceName) gives it here", at: reference.keyLocations[key])]
                ))
        }
        for (key, value) in strings.values.sorted(by: { $0.key < $1.key }) {
            let location = keyLocations[key] ?? tableLocation
            guard let english = reference.strings.values[key] else {
                let hint = Suggestion.didYouMean(key, among: reference.strings.values.keys.sorted())
                problems.append(.error("unknown key '\(key)': \(referenceName) has no such key\(hint)", at: location))
                continue
            }
            let allowed = Set(Self.texts(of: english).flatMap(Strings.placeholders))
            switch (english, value) {
            case (.text, .plural):
                problems.append(
                    .error("'\(key)' is one text in \(referenceName), not a plural: give it one text", at: location))
            case (.plural, .text):
                problems.append(
                    .error(
                        "'\(key)' is shown with a count: give its plural forms (\(strings.plurals.categories.map(\.rawValue).joined(separator: ", ")))",
                        at: location))
            case (_, .plural(let forms)):
                let wanted = strings.plurals.categories
                let missing = wanted.filter { forms[$0] == nil }
                let unused = forms.keys.filter { !wanted.contains($0) }.sorted()
                if !missing.isEmpty {
                    problems.append(
                        .error(
                            "'\(key)' lacks the plural form\(missing.count == 1 ? "" : "s") \(missing.map(\.rawValue).joined(separator: ", ")) that this language's plurals name",
                            at: location))
                }
                if !unused.isEmpty {
                    problems.append(
                        .error(
                            "'\(key)' has the plural form\(unused.count == 1 ? "" : "s") \(unused.map(\.rawValue).joined(separator: ", ")) that this language's plurals never choose",
                            at: location))
                }
            default: break
            }
            for name in Self.texts(of: value).flatMap(Strings.placeholders) where !allowed.contains(name) {
                let known = allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
                problems.append(
                    .error(
                        "'{\(name)}' is not an argument of '\(key)' (\(referenceName) gives \(known.isEmpty ? "none" : known))",
                        at: location))
            }
        }
        return problems
    }

    static func texts(of value: Strings.Value) -> [String] {
        switch value {
        case .text(let text): [text]
        case .plural(let forms): forms.sorted { $0.key < $1.key }.map(\.value)
        }
    }

    private static func isKey(_ key: String) -> Bool {
        guard let first = key.first, first.isASCII, first.isLetter else { return false }
        return key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    private static func readValue(_ node: DataNode, key: String, reader: YAMLReader) -> Strings.Value? {
        if let text = node.scalar { return .text(text) }
        guard let forms = reader.map(node, what: "'\(key)'") else { return nil }
        defer { forms.finish() }
        var plural: [PluralRules.Category: String] = [:]
        for category in PluralRules.Category.allCases {
            if let text = forms.string(category.rawValue) { plural[category] = text }
        }
        guard plural[.other] != nil else {
            forms.missing("other")
            return nil
        }
        return .plural(plural)
    }

    private static func readPlurals(_ map: YAMLMap, required: Bool) -> PluralRules? {
        guard map.value("plurals") != nil else {
            if required { map.missing("plurals") }
            return nil
        }
        guard let rules = map.submap("plurals", what: "plurals") else { return nil }
        defer { rules.finish() }
        var parsed: [(category: PluralRules.Category, condition: [[PluralRules.Relation]])] = []
        for category in PluralRules.Category.allCases where category != .other {
            guard let text = rules.string(category.rawValue) else { continue }
            guard let condition = PluralRules.condition(text) else {
                rules.reader.error(
                    "'\(text)' is not a plural rule Rolebook reads: write CLDR's integer rules, such as 'n = 1' or 'n % 100 = 3..10 and n != 5'",
                    at: rules.valueLocation(category.rawValue))
                continue
            }
            parsed.append((category, condition))
        }
        if rules.value("other") != nil {
            rules.reader.error(
                "'other' needs no rule: it is every count the other rules do not match",
                at: rules.keyLocation("other"))
        }
        return PluralRules(parsed)
    }

    private static func readMonths(_ map: YAMLMap, required: Bool) -> [String]? {
        guard map.value("months") != nil else {
            if required { map.missing("months") }
            return nil
        }
        let months = map.texts("months")
        guard months.count == 12 else {
            map.reader.error(
                "'months' must list the twelve months, January first, not \(months.count)",
                at: map.valueLocation("months"))
            return nil
        }
        return months
    }
}

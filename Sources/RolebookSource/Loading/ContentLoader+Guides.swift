import Foundation
import RolebookCore
import RolebookMarkdown

extension ContentLoader {
    /// Reads a guide's front matter and compiles its body once per reader role.
    func loadGuide(_ file: SourceFile, roleSets: [RoleSet], diagnostics: inout [Diagnostic]) -> Guide? {
        let split = FrontMatter(splitting: file.text)
        guard let yaml = split.yaml else {
            diagnostics.append(
                .error("guide has no front matter: start the file with a '---' line, a title, and another '---'",
                    at: SourceLocation(path: file.path)))
            return nil
        }
        let reader = YAMLReader(path: file.path, lineOffset: split.yamlFirstLine - 1)
        defer { diagnostics += reader.diagnostics }
        guard let map = reader.map(reader.compose(yaml.isEmpty ? "{}" : yaml), what: "guide front matter") else {
            return nil
        }
        defer { map.finish() }
        let id = String(file.fileName.prefix { $0 != "." })
        if !YAMLMap.isSlug(id) {
            reader.error("guide file name '\(file.fileName)' is not a valid id", at: SourceLocation(path: file.path))
        }
        let title = map.string("title", required: true)
        let summary = map.string("summary")
        let kind = map.enumeration("kind", as: Guide.Kind.self) ?? .guide
        let order = map.int("order", minimum: Int.min) ?? 0

        var applicable: [RoleSet] = []
        let roleSetRefs = map.strings("role_sets")
        for (roleSetID, location) in roleSetRefs {
            if let set = roleSets.first(where: { $0.id == roleSetID }) {
                applicable.append(set)
            } else {
                reader.error("unknown role set '\(roleSetID)'", at: location)
            }
        }
        if roleSetRefs.isEmpty { applicable = roleSets }
        let resolver = RoleNameResolver(roleSets: applicable)

        func keys(for refs: [(String, SourceLocation)], what: String) -> [String] {
            refs.flatMap { name, location in
                let found = resolver.keys(for: name)
                if found.isEmpty { reader.error("unknown role '\(name)' in \(what)", at: location) }
                return found.sorted()
            }
        }
        let roleKeys = keys(for: map.strings("roles"), what: "roles")

        var procedure: Procedure?
        if kind == .procedure {
            procedure = readProcedure(map, resolver: resolver, keys: keys, file: file)
        } else {
            for key in ["performers", "when", "preconditions", "changes", "instead", "fallback"] where map.value(key) != nil {
                reader.error("'\(key)' is only allowed in a guide of kind procedure", at: map.keyLocation(key))
            }
        }

        let body = split.body
        let planner = AudiencePlanner(
            allKeys: resolver.allKeys, path: file.path, firstLine: split.bodyFirstLine, resolve: resolver.keys(for:))
        let plan = planner.plan(CommonMarkParser.outline(of: body))
        diagnostics += plan.diagnostics
        checkPlaceholders(in: body, firstLine: split.bodyFirstLine, file: file, resolver: resolver, into: &diagnostics)

        var variants: [String: GuideHTML] = [:]
        var byRemovals: [Set<OutlinePath>: GuideHTML] = [:]
        for key in resolver.allKeys.sorted() {
            let removals = plan.removals(for: key)
            if byRemovals[removals] == nil { byRemovals[removals] = CommonMarkParser.render(body, edit: .init(remove: removals)) }
            variants[key] = byRemovals[removals]
        }
        let labels = plan.audiences.mapValues { "For: " + resolver.label(for: $0) }
        let flagged = CommonMarkParser.render(body, edit: .init(remove: plan.markers, flag: labels))

        guard let title else { return nil }
        return Guide(
            id: id, title: title, summary: summary, kind: kind, roleKeys: roleKeys,
            roleSetIDs: roleSetRefs.isEmpty ? [] : applicable.map(\.id), order: order, procedure: procedure,
            variants: variants, flagged: flagged, isTailored: !plan.audiences.isEmpty, location: SourceLocation(path: file.path))
    }

    private func readProcedure(
        _ map: YAMLMap, resolver: RoleNameResolver, keys: ([(String, SourceLocation)], String) -> [String],
        file: SourceFile
    ) -> Procedure {
        let performers = Set(keys(map.strings("performers"), "performers"))
        var channels: [Contract.Channel] = []
        var experiences: [Contract.BuyingExperience] = []
        if let when = map.submap("when", what: "procedure condition") {
            for (text, location) in when.strings("channel") {
                if let channel = Contract.Channel(rawValue: text) {
                    channels.append(channel)
                } else {
                    map.reader.error("unknown channel '\(text)' (known: reseller, online-store, direct)", at: location)
                }
            }
            for (text, location) in when.strings("buying_experience") {
                if let experience = Contract.BuyingExperience(rawValue: text) {
                    experiences.append(experience)
                } else {
                    map.reader.error("unknown buying experience '\(text)' (known: classic, 2024)", at: location)
                }
            }
            when.finish()
        }
        var askKeys: [String] = []
        var say: GuideHTML?
        if let instead = map.submap("instead", what: "procedure instead") {
            // One name per role set may be given, e.g. [software-coordinator, secondary-admin].
            let asks = instead.strings("ask")
            if asks.isEmpty { instead.missing("ask") }
            for (ask, location) in asks {
                let found = resolver.perRoleSetKeys(for: ask)
                if found.isEmpty { map.reader.error("unknown role '\(ask)' in instead.ask", at: location) }
                askKeys += found.sorted()
            }
            if let text = instead.string("say") {
                say = inlineGuidance(text, at: instead.valueLocation("say"), resolver: resolver, reader: map.reader)
            }
            instead.finish()
        }
        let fallback = map.string("fallback").map {
            inlineGuidance($0, at: map.valueLocation("fallback"), resolver: resolver, reader: map.reader)
        }
        return Procedure(
            performerKeys: performers, channels: channels, buyingExperiences: experiences,
            preconditions: map.texts("preconditions"), changes: map.texts("changes"), askKeys: askKeys, say: say,
            fallback: fallback)
    }

    /// Front-matter text that may hold placeholders and inline Markdown.
    private func inlineGuidance(_ text: String, at location: SourceLocation, resolver: RoleNameResolver, reader: YAMLReader)
        -> GuideHTML
    {
        for use in CommonMarkParser.placeholders(in: text) {
            if let problem = resolver.problem(withValue: use.name) { reader.error(problem, at: location) }
        }
        return CommonMarkParser.render(text)
    }

    /// Scalar offset of `{{name` or `{{ name` at or after `from`.
    private static func find(_ name: String, in line: [Unicode.Scalar], from: Int) -> Int? {
        let patterns = ["{{" + name, "{{ " + name].map { Array($0.unicodeScalars) }
        guard from < line.count else { return nil }
        for offset in from..<line.count {
            for pattern in patterns where offset + pattern.count <= line.count
                && Array(line[offset..<offset + pattern.count]) == pattern
            {
                return offset
            }
        }
        return nil
    }

    private func checkPlaceholders(
        in body: String, firstLine: Int, file: SourceFile, resolver: RoleNameResolver, into diagnostics: inout [Diagnostic]
    ) {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        // cmark gives positions for blocks, not for text: find the placeholder in the source from
        // its block's first line on, past earlier uses of the same name.
        var searchFrom: [String: (line: Int, column: Int)] = [:]
        for use in CommonMarkParser.placeholders(in: body) {
            var start = (line: use.blockLine, column: 0)
            if let previous = searchFrom[use.name], previous > start { start = previous }
            var found: (line: Int, column: Int)?
            for lineNumber in start.line...max(start.line, lines.count) where lineNumber - 1 < lines.count {
                let line = Substring(lines[lineNumber - 1])
                let scalars = Array(line.unicodeScalars)
                let from = lineNumber == start.line ? start.column : 0
                if let hit = Self.find(use.name, in: scalars, from: from) {
                    found = (lineNumber, hit)
                    break
                }
            }
            searchFrom[use.name] = found.map { ($0.line, $0.column + 1) } ?? start
            guard let problem = resolver.problem(withValue: use.name) else { continue }
            let line = found?.line ?? use.line
            let column = (found?.column).map { $0 + 1 } ?? use.blockColumn
            diagnostics.append(.error(problem, at: SourceLocation(path: file.path, line: firstLine - 1 + line, column: column)))
        }
    }
}

import Foundation
import RolebookCore
import RolebookMarkdown

extension ContentLoader {
    /// Reads a guide's front matter and compiles its body once per reader role. Its links are added
    /// to `links`, to be checked once every guide is read.
    func loadGuide(
        _ file: SourceFile, roleSets: [RoleSet], language: ContentLanguage, links: inout [WrittenLink],
        diagnostics: inout [Diagnostic]
    ) -> Guide? {
        // Reported whatever the content, and the guide is then dropped: two files must never give one id.
        let id = Self.guideID(fileName: file.fileName, languages: language.published)
        if let problem = id.problem { diagnostics.append(.error(problem, at: SourceLocation(path: file.path))) }
        let text = FrontMatter.normalized(file.text)
        if let nul = Self.firstNUL(in: text) {
            // A NUL is no text an author typed: the file is binary or damaged. Reading on would only
            // report its other bytes as Markdown or YAML mistakes.
            diagnostics.append(
                .error(
                    "the file contains a NUL character: a guide is UTF-8 text",
                    at: SourceLocation(path: file.path, line: nul.line, column: nul.column)))
            return nil
        }
        let split = FrontMatter(splitting: text)
        guard let yaml = split.yaml else {
            diagnostics.append(
                split.isUnclosed
                    ? .error(
                        "the front matter is not closed: add a '---' line after its last line",
                        at: SourceLocation(path: file.path))
                    : .error(
                        "guide has no front matter: start the file with a '---' line, a title, and another '---'",
                        at: SourceLocation(path: file.path)))
            return nil
        }
        let reader = YAMLReader(path: file.path, lineOffset: split.yamlFirstLine - 1)
        defer { diagnostics += reader.diagnostics }
        guard let map = reader.map(reader.compose(yaml.isEmpty ? "{}" : yaml), what: "guide front matter") else {
            return nil
        }
        defer { map.finish() }
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

        func keys(for refs: [(String, SourceLocation)], what: String) -> [RoleKey] {
            refs.flatMap { name, location in
                let found = resolver.keys(for: name)
                if found.isEmpty { reader.error("unknown role '\(name)' in \(what)", at: location) }
                return found.sorted()
            }
        }
        let roleKeys = keys(for: map.strings("roles"), what: "roles")

        var procedure: Procedure?
        if kind == .procedure {
            procedure = readProcedure(
                map, resolver: resolver, keys: keys, file: file, guideID: id.id, links: &links)
        } else {
            for key in ["performers", "when", "preconditions", "changes", "instead", "fallback"]
            where map.value(key) != nil {
                reader.error("'\(key)' is only allowed in a guide of kind procedure", at: map.keyLocation(key))
            }
        }

        let body = split.body
        let analysis = CommonMarkParser.analyze(body)
        func here(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(path: file.path, line: split.bodyFirstLine - 1 + line, column: column)
        }
        for problem in analysis.problems {
            let location = here(problem.line, problem.column)
            diagnostics.append(
                problem.isWarning ? .warning(problem.message, at: location) : .error(problem.message, at: location))
        }
        links += analysis.links.map {
            WrittenLink(use: $0, guideID: id.id, location: here($0.line, $0.column))
        }
        let planner = AudiencePlanner(
            allKeys: resolver.allKeys, path: file.path, firstLine: split.bodyFirstLine, resolve: resolver.keys(for:))
        let plan = planner.plan(analysis.outline)
        diagnostics += plan.diagnostics
        for use in analysis.placeholders {
            // A role's placeholder must have a holder in every role set whose readers see it.
            if let problem = resolver.problem(withValue: use.name)
                ?? resolver.problem(withRoleIn: use.name, readers: plan.audience(of: use.block))
            {
                diagnostics.append(.error(problem, at: here(use.line, use.column)))
            }
        }

        // Each reader's guidance twice: on pages about one contract and on pages that belong to none.
        var variants: [RoleKey: GuideHTML] = [:]
        var byRemovals: [Set<OutlinePath>: GuideHTML] = [:]
        func rendered(removing removals: Set<OutlinePath>, flagging labels: [OutlinePath: String] = [:])
            -> GuideHTML
        {
            if labels.isEmpty, let done = byRemovals[removals] { return done }
            let html = CommonMarkParser.render(body, edit: .init(remove: removals, flag: labels, guideID: id.id))
            if labels.isEmpty { byRemovals[removals] = html }
            return html
        }
        for key in resolver.allKeys.sorted() {
            let generic = rendered(removing: plan.removals(for: key, on: .generic))
            variants[key] = GuideHTML(
                parts: rendered(removing: plan.removals(for: key, on: .contract)).parts, genericParts: generic.parts,
                anchors: generic.anchors)
        }
        // For reviewers every block is shown, each conditional one boxed with its readers and page.
        // Pages without a contract show the same boxes for readers, without the contract pages' blocks.
        let readers = plan.audiences.mapValues { resolver.label(for: $0) }
        let readerLabels = readers.mapValues { strings(.flagFor, ["roles": $0]) }
        var labels = readerLabels
        for (path, pages) in plan.pages {
            let (alone, withReaders): (Phrase, Phrase) =
                pages == [.contract]
                ? (.flagOnlyContract, .flagForOnlyContract)
                : pages == [.generic] ? (.flagOnlyGeneric, .flagForOnlyGeneric) : (.flagNoPage, .flagForNoPage)
            labels[path] = readers[path].map { strings(withReaders, ["roles": $0]) } ?? strings(alone)
        }
        let notOnGenericPages = Set(plan.pages.filter { !$0.value.contains(.generic) }.keys)
        let flaggedEverywhere = rendered(removing: plan.markers, flagging: labels)
        let flaggedGeneric =
            plan.pages.isEmpty
            ? nil : rendered(removing: plan.markers.union(notOnGenericPages), flagging: readerLabels)
        let flagged = GuideHTML(
            parts: flaggedEverywhere.parts, genericParts: flaggedGeneric?.parts,
            anchors: (flaggedGeneric ?? flaggedEverywhere).anchors)

        guard let title, id.problem == nil else { return nil }
        return Guide(
            id: id.id, title: title, summary: summary, kind: kind, roleKeys: roleKeys,
            roleSetIDs: roleSetRefs.isEmpty ? [] : applicable.map(\.id), order: order, procedure: procedure,
            variants: variants, flagged: flagged, isTailored: !plan.audiences.isEmpty,
            location: SourceLocation(path: file.path), language: id.language ?? language.fallback)
    }

    private func readProcedure(
        _ map: YAMLMap, resolver: RoleNameResolver, keys: ([(String, SourceLocation)], String) -> [RoleKey],
        file: SourceFile, guideID: String, links: inout [WrittenLink]
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
        var askKeys: [RoleKey] = []
        var say: GuideHTML?
        var sayTo = Procedure.ScriptAudience.holder
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
                say = inlineGuidance(
                    text, at: instead.valueLocation("say"), resolver: resolver, reader: map.reader, guideID: guideID,
                    links: &links)
            }
            sayTo = instead.enumeration("say_to", as: Procedure.ScriptAudience.self) ?? .holder
            instead.finish()
        }
        let fallback = map.string("fallback").map {
            inlineGuidance(
                $0, at: map.valueLocation("fallback"), resolver: resolver, reader: map.reader, guideID: guideID,
                links: &links)
        }
        return Procedure(
            performerKeys: performers, channels: channels, buyingExperiences: experiences,
            preconditions: map.texts("preconditions"), changes: map.texts("changes"), askKeys: askKeys, say: say,
            sayTo: sayTo, fallback: fallback)
    }

    /// Front-matter text that may hold placeholders and inline Markdown. YAML may fold or escape the
    /// text, so positions inside it do not map back to the file: problems point at the value.
    private func inlineGuidance(
        _ text: String, at location: SourceLocation, resolver: RoleNameResolver, reader: YAMLReader,
        guideID: String, links: inout [WrittenLink]
    )
        -> GuideHTML
    {
        let analysis = CommonMarkParser.analyze(text)
        links += analysis.links.map { WrittenLink(use: $0, guideID: guideID, location: location) }
        for problem in analysis.problems where !problem.isWarning { reader.error(problem.message, at: location) }
        for use in analysis.placeholders {
            if let problem = resolver.problem(withValue: use.name)
                ?? resolver.problem(withRoleIn: use.name, readers: nil)
            {
                reader.error(problem, at: location)
            }
        }
        return CommonMarkParser.render(text, edit: .init(guideID: guideID))
    }

    /// A guide file is named `<id>.md`, and its translation into another language the site
    /// publishes `<id>.<language>.md`. Any other dot would make two files one id, so it is
    /// refused, not cut off.
    static func guideID(fileName: String, languages: [String]) -> (id: String, language: String?, problem: String?) {
        let parts = fileName.split(separator: ".", omittingEmptySubsequences: false)
        let stem = parts.dropLast()
        let id = String(stem.first ?? "")
        let extra = stem.dropFirst()
        let rule = "a guide file is named <id>.md"
        if parts.last != "md" {
            // `a.MD` next to `a.md` would be a second guide 'a' where file names are case-sensitive.
            return (id, nil, "guide file name '\(fileName)' must end in '.md', in lower case (\(rule))")
        }
        var language: String?
        if extra.count == 1, let part = extra.first, Self.isLanguageTag(part) {
            guard String(part) != languages.first else {
                return (
                    id, nil,
                    "guide file name '\(fileName)' names the site's default language '\(part)': name the guide \(id).md, and its translations <id>.<language>.md"
                )
            }
            guard languages.contains(String(part)) else {
                return (
                    id, nil,
                    "guide file name '\(fileName)' has a language part '\(part)', but the site is not published in '\(part)' (\(rule), and a translation <id>.<language>.md into a language of site.yaml's 'languages')"
                )
            }
            language = String(part)
        } else if !extra.isEmpty {
            return (
                id, nil,
                "guide file name '\(fileName)' has more than one dot (\(rule), with lower-case letters, digits and hyphens in the id)"
            )
        }
        if !YAMLMap.isSlug(id) {
            return (
                id, nil,
                "guide file name '\(fileName)' is not a valid id (\(rule), with lower-case letters, digits and hyphens in the id)"
            )
        }
        return (id, language, nil)
    }

    /// The guide files to read in `language`: each guide's translation into it where there is
    /// one, else the guide itself. A translation of no guide is an error.
    func guidesToRead(_ files: [SourceFile], language: ContentLanguage, diagnostics: inout [Diagnostic])
        -> [SourceFile]
    {
        let named = files.map { ($0, Self.guideID(fileName: $0.fileName, languages: language.published)) }
        let originals = Set(named.filter { $0.1.language == nil && $0.1.problem == nil }.map(\.1.id))
        var translated: [String: SourceFile] = [:]
        for (file, name) in named {
            guard let code = name.language, name.problem == nil else { continue }
            guard originals.contains(name.id) else {
                diagnostics.append(
                    .error(
                        "'\(file.fileName)' translates the guide '\(name.id).md', which does not exist: a translation is read with its original, which every language without one shows",
                        at: SourceLocation(path: file.path)))
                continue
            }
            if code == language.code { translated[name.id] = file }
        }
        return named.compactMap { file, name in
            if name.language != nil { return nil }
            return name.problem == nil ? translated[name.id] ?? file : file
        }
    }

    /// `de`, `pt-br`, `zh-Hant`: what a language part of a file name would look like.
    private static func isLanguageTag(_ part: Substring) -> Bool {
        let pieces = part.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = pieces.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return pieces.dropFirst().allSatisfy {
            (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// Line and column of the first NUL in `text`, if any.
    private static func firstNUL(in text: String) -> (line: Int, column: Int)? {
        guard text.unicodeScalars.contains("\u{0}") else { return nil }
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\u{0}" { return (line, column) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }
}

import Dispatch
import RolebookCore

/// Reads every data file and guide into ``LoadedContent``, collecting every problem on the way.
///
/// Data files are read before guides, because a guide is compiled once per role of the role sets
/// it applies to; and the site settings before both, because they name the languages the rest is
/// read in.
package struct ContentLoader: Sendable {
    /// The language to read (one of those the site publishes); nil for the site's default.
    package var language: String?
    /// The words the loader writes into guidance itself (the reviewers' flags on conditional blocks).
    package var strings: Strings

    package init(language: String? = nil, strings: Strings = .english) {
        self.language = language
        self.strings = strings
    }

    package func load(_ files: [SourceFile]) -> LoadedContent {
        var content = LoadedContent()
        var guideFiles: [SourceFile] = []
        var importFiles: [SourceFile] = []
        // The settings name the languages the rest is read in: read once ahead (their problems are
        // reported where the file comes in the order, as before languages).
        var ahead = LoadedContent()
        for file in files where file.problem == nil && Self.isSettings(file) {
            loadData(file, into: &ahead, language: .english)
        }
        let language = ContentLanguage(settings: ahead.settings, requested: self.language)
        content.language = language
        let data = readData(files, language: language)
        for (position, file) in files.enumerated() {
            // Unreadable or not UTF-8: reported where the scan found it, and nothing else read from it.
            if let problem = file.problem {
                content.diagnostics.append(problem)
                continue
            }
            switch Self.kind(of: file) {
            case .guide:
                guideFiles.append(file)
            case .export:
                importFiles.append(file)
            case .data:
                content.merge(data[position]!)
            case .unexpected:
                content.diagnostics.append(
                    .error(
                        "unexpected file: data files are .yaml, .yml or .json, guidance is .md under content/guides/, vendor exports are .csv under content/exports/",
                        at: SourceLocation(path: file.path)))
            }
        }
        // After the hand-written data, which exports are matched against (docs/importing.md).
        ExportImporter.load(importFiles, scanned: Set(files.map(\.path)), into: &content)
        if content.settings == nil, !files.contains(where: Self.isSettings) {
            content.diagnostics.append(
                .error("content/site.yaml is missing: it gives the site title and the data's as_of date", at: nil))
        }
        var links: [WrittenLink] = []
        for file in guidesToRead(guideFiles, language: language, diagnostics: &content.diagnostics) {
            if let guide = loadGuide(
                file, roleSets: content.roleSets, language: language, links: &links,
                diagnostics: &content.diagnostics)
            {
                content.guides.append(guide)
            }
        }
        // A guide left in the default language was checked when that language was read: its links
        // name the default language's headings, which a translated target does not have.
        let checked = Set(content.guides.filter { $0.language == language.code }.map(\.id))
        content.diagnostics += Self.checkLinks(
            links.filter { language.code == language.fallback || checked.contains($0.guideID) },
            guides: content.guides, files: guideFiles)
        return content
    }

    /// Every data file read on its own, on every core: no file's records depend on another's until
    /// the resolver links them. By position in `files`; nil for what is not a data file. Merged in
    /// file order, the result and its diagnostics are those of reading the files one by one.
    private func readData(_ files: [SourceFile], language: ContentLanguage) -> [LoadedContent?] {
        var parts = [LoadedContent?](repeating: nil, count: files.count)
        parts.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes its own element only.
            nonisolated(unsafe) let parts = buffer
            DispatchQueue.concurrentPerform(iterations: files.count) { position in
                let file = files[position]
                guard file.problem == nil, Self.kind(of: file) == .data else { return }
                var part = LoadedContent()
                loadData(file, into: &part, language: language)
                parts[position] = part
            }
        }
        return parts
    }

    /// What a file under `content/` is, by its folder and extension: decided in one place for the
    /// loop that reads files in order and for the data read ahead on every core.
    private enum Kind {
        case guide, export, data, unexpected
    }

    private static func kind(of file: SourceFile) -> Kind {
        switch (file.section, file.fileExtension) {
        case (_, "md") where file.section == "guides": .guide
        case ("exports", _), ("overlays", _): .export
        case (_, "yaml"), (_, "yml"), (_, "json"): .data
        default: .unexpected
        }
    }

    private static func isSettings(_ file: SourceFile) -> Bool {
        file.section == "" && ["site.yaml", "site.yml", "site.json"].contains(file.fileName)
    }

    private func loadData(_ file: SourceFile, into content: inout LoadedContent, language: ContentLanguage) {
        let reader = YAMLReader(path: file.path, language: language)
        defer { content.diagnostics += reader.diagnostics }
        let root = file.fileExtension == "json" ? reader.composeJSON(file.text) : reader.compose(file.text)
        // A document of only comments, or only `---`, is as empty as a file of nothing.
        guard let root, !root.isNull else {
            if reader.diagnostics.isEmpty { reader.error("the file is empty", at: SourceLocation(path: file.path)) }
            return
        }
        read(root, from: file, reader: reader, into: &content)
    }

    private func read(_ root: DataNode, from file: SourceFile, reader: YAMLReader, into content: inout LoadedContent) {
        switch (file.section, file.fileName) {
        case ("", "site.yaml"), ("", "site.yml"), ("", "site.json"):
            content.settings = readSettings(reader.map(root, what: "site settings"), language: language)
        case ("", "contacts.yaml"), ("", "contacts.yml"), ("", "contacts.json"):
            content.topics += readTopics(reader.map(root, what: "contact topics"))
        case ("roles", _):
            if let (roleSet, unscoped) = readRoleSet(reader.map(root, what: "role set")) {
                content.roleSets.append(roleSet)
                if !unscoped.isEmpty { content.unscopedRoles[roleSet.id, default: []].formUnion(unscoped) }
            }
        case ("resellers", _):
            if let reseller = readReseller(reader.map(root, what: "reseller")) { content.resellers.append(reseller) }
        case ("companies", _):
            if let (company, people) = readCompany(reader.map(root, what: "company")) {
                content.companies.append(company)
                content.people += people
            }
        case ("people", _):
            guard let list = root.sequence else {
                reader.error("expected a list of people, not \(root.shape)", at: root)
                return
            }
            content.people += list.compactMap { readPerson(reader.map($0, what: "person")) }
        default:
            reader.error(
                "unexpected data file: put it in roles/, resellers/, companies/ or people/, or name it site.yaml or contacts.yaml",
                at: SourceLocation(path: file.path))
        }
    }
}

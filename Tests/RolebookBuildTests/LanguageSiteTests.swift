import Foundation
import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing
import ZIPFoundation

@testable import RolebookBuild

/// The sample published in other languages: a pseudo-language whose every word is marked, to
/// catch any English left in Swift or the templates; German and English together, with the
/// language switcher and a translated guide; Arabic, right to left. One build each, shared.
@Suite struct LanguageSiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Languages")

    struct Built: Sendable {
        var root: URL
        var output: URL
        var fragments: URL
        var bundles: URL
        var report: BuildReport
    }

    /// The sample's content in a new site whose site.yaml gets `settings`, with the site's own
    /// strings files and extra guides, built in-process (reports and fragments included).
    static func build(
        _ name: String, settings: String, strings: [String: String] = [:], guides: [URL] = [], reports: Bool = true,
        people: [String: String] = [:], bundles: Bool = false
    ) async throws -> Built {
        let root = try TestPaths.temporaryFolder(name)
        try FixtureTree.copy("content", into: root)
        // People renamed in Keystone's file: names in other scripts for the PDFs' fonts.
        let keystone = root.appendingPathComponent("content/companies/keystone-architects.yaml")
        var companyText = try String(contentsOf: keystone, encoding: .utf8)
        for (old, new) in people {
            companyText = companyText.replacingOccurrences(of: "name: \(old)\n", with: "name: \(new)\n")
        }
        try companyText.write(to: keystone, atomically: true, encoding: .utf8)
        let site = root.appendingPathComponent("content/site.yaml")
        try (try String(contentsOf: site, encoding: .utf8) + settings).write(
            to: site, atomically: true, encoding: .utf8)
        if !strings.isEmpty {
            let folder = root.appendingPathComponent("strings")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (code, text) in strings {
                try text.write(to: folder.appendingPathComponent("\(code).yaml"), atomically: true, encoding: .utf8)
            }
        }
        for guide in guides {
            try FileManager.default.copyItem(
                at: guide, to: root.appendingPathComponent("content/guides/\(guide.lastPathComponent)"))
        }
        var options = BuildOptions(root: root)
        options.reports = reports
        options.fragments = root.appendingPathComponent("fragments")
        if bundles { options.bundles = root.appendingPathComponent("bundles") }
        let report = try await SiteBuilder(options: options).build()
        return Built(
            root: root, output: root.appendingPathComponent("output"),
            fragments: root.appendingPathComponent("fragments"), bundles: root.appendingPathComponent("bundles"),
            report: report)
    }

    /// A strings file with `values` over English: every key English has, each plural with a form
    /// for every category `plurals` names.
    static func stringsFile(
        name: String, direction: String = "ltr", plurals: [(String, String)], months: [String],
        values: [String: Strings.Value], wrap: (String) -> String = { $0 }
    ) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let categories = plurals.map(\.0) + ["other"]
        var lines = [
            "name: \(quoted(name))", "direction: \(direction)", "plurals:",
        ]
        lines += plurals.map { "  \($0.0): \($0.1)" }
        lines.append("months: [" + months.map { quoted(wrap($0)) }.joined(separator: ", ") + "]")
        lines.append("strings:")
        for (key, english) in Strings.english.values.sorted(by: { $0.key < $1.key }) {
            switch values[key] ?? english {
            case .text(let text):
                lines.append("  \(quoted(key)): \(quoted(wrap(text)))")
            case .plural(let forms):
                lines.append("  \(quoted(key)):")
                for category in categories {
                    let text = forms[PluralRules.Category(rawValue: category)!] ?? forms[.other]!
                    lines.append("    \(category): \(quoted(wrap(text)))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - A pseudo-language: every word from the strings file, none from code

    /// English with every value wrapped in ⟦…⟧, made here from the English file, so it is never
    /// out of date.
    static let pseudo = Task {
        try await build(
            "pseudo", settings: "language: en-xa\n",
            strings: [
                "en-xa": stringsFile(
                    name: "Pseudo", plurals: [("one", "n = 1")], months: Strings.english.months,
                    values: [:], wrap: { "⟦\($0)⟧" })
            ])
    }

    @Test func everyWordOnEveryPageReportPacketAndFragmentComesFromTheStringsFile() async throws {
        let built = try await Self.pseudo.value
        #expect(built.report.succeeded, "\(built.report.diagnostics.filter { $0.severity == .error })")
        let checker = try ChromeText(site: built.root)
        var problems: [String] = []
        var pages = 0
        for (folder, label) in [(built.output, "output"), (built.fragments, "fragments")] {
            for path in Self.sample(TestPaths.files(under: folder).filter { $0.hasSuffix(".html") }) {
                let html = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                problems += checker.untransformed(in: html).map { "\(label)/\(path): \($0)" }
                pages += 1
            }
        }
        #expect(pages > 60)
        #expect(
            problems.isEmpty,
            "\(problems.count) texts not from the strings file:\n\(problems.prefix(40).joined(separator: "\n"))")
    }

    /// Pages of every kind, in every state the sample has: every page of Keystone Architects (a
    /// departed Contract Manager, an asset without a coordinator, a renewal due) and up to three
    /// of each folder, so the check reads every template without reading every page.
    static func sample(_ paths: [String]) -> [String] {
        var byFolder: [Substring: Int] = [:]
        return paths.filter { path in
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")[...]
            byFolder[folder, default: 0] += 1
            return byFolder[folder]! <= 3 || path.contains("keystone")
        }
    }

    @Test func theSearchIndexAndCalendarsAreWordedFromTheStringsFile() async throws {
        let built = try await Self.pseudo.value
        let checker = try ChromeText(site: built.root)
        var problems: [String] = []
        let search = built.output.appendingPathComponent("assets/search")
        var records = 0
        for path in TestPaths.files(under: search) {
            let text = try String(contentsOf: search.appendingPathComponent(path), encoding: .utf8)
            // A record: [kind, label, detail, href, tokens].
            for match in text.matches(of: /\n\[\d+,("(?:[^"\\]|\\.)*"),("(?:[^"\\]|\\.)*"),/) {
                records += 1
                for field in [match.1, match.2] {
                    let value = try JSONDecoder().decode(String.self, from: Data(String(field).utf8))
                    problems += checker.untransformed(text: value).map { "\(path): \($0)" }
                }
            }
        }
        #expect(records > 20)
        let calendars = built.output.appendingPathComponent("exports")
        for path in TestPaths.files(under: calendars) where path.hasSuffix(".ics") {
            let text = try String(contentsOf: calendars.appendingPathComponent(path), encoding: .utf8)
            for line in text.split(separator: "\r\n")
            where line.hasPrefix("SUMMARY:") || line.hasPrefix("X-WR-CALNAME:") || line.hasPrefix("DESCRIPTION:") {
                if !line.contains("⟦") { problems.append("\(path): \(line)") }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func theCheckCatchesEnglishThatCodeOrATemplateWrites() throws {
        let checker = try ChromeText(site: TestPaths.packageRoot)
        #expect(checker.untransformed(in: "<p>⟦Contract ⟧<a>Keystone Architects</a>⟦.⟧</p>").isEmpty)
        #expect(checker.untransformed(in: "<p>Walter Hughes, ⟦has left⟧</p>").isEmpty)
        #expect(checker.untransformed(in: "<div class=\"guidance\"><p>Any words at all</p></div>").isEmpty)
        #expect(checker.untransformed(in: "<p>Keystone Architects has left</p>") == ["Keystone Architects has left"])
        #expect(
            checker.untransformed(in: "<th>Contract</th>") == ["Contract"], "a word content has only in longer names")
        #expect(checker.untransformed(in: "<input placeholder=\"Search\">") == ["placeholder: Search"])
        #expect(checker.untransformed(in: "<p>⟦Soon: in 3 days⟧</p><p>In 3 days</p>") == ["In 3 days"])
    }

    // MARK: - Two languages

    static let bilingual = Task {
        try await build(
            "bilingual", settings: "languages: [en, de]\n",
            guides: [fixtures.appendingPathComponent("content/guides/verify-your-role.de.md")],
            people: ["Elena Rossi": "Ελένη Ρόσση", "Owen Park": "Änne Groß"], bundles: true)
    }

    @Test func eachLanguageHasItsFolderAndEveryPageLinksTheSamePageInTheOther() async throws {
        let built = try await Self.bilingual.value
        #expect(built.report.succeeded, "\(built.report.diagnostics.filter { $0.severity == .error })")
        let files = Set(TestPaths.files(under: built.output))
        let english = files.filter { !$0.hasPrefix("de/") && $0.hasSuffix(".html") }
        #expect(english.count > 100)
        #expect(english.allSatisfy { files.contains("de/" + $0) }, "every page in both languages")
        let contract = try String(
            contentsOf: built.output.appendingPathComponent("contracts/keystone-bim.html"), encoding: .utf8)
        #expect(contract.contains(#"<html lang="en" dir="ltr">"#))
        #expect(contract.contains(#"<a href="../de/contracts/keystone-bim.html" lang="de" hreflang="de">Deutsch</a>"#))
        let german = try String(
            contentsOf: built.output.appendingPathComponent("de/contracts/keystone-bim.html"), encoding: .utf8)
        #expect(german.contains(#"<html lang="de" dir="ltr">"#))
        #expect(german.contains(#"<a href="../../contracts/keystone-bim.html" lang="en" hreflang="en">English</a>"#))
        #expect(german.contains("<h2 id=\"roles\">Wer welche Rolle hat</h2>"))
        #expect(german.contains("Datenstand: 23. November 2026."), "dates from the German file")
        // The switcher links only pages that exist, and every page is reachable from the home page.
        let links = try SiteLinks.check(built.output)
        #expect(links.broken.isEmpty, "\(links.broken.prefix(10))")
        #expect(links.unreachable.isEmpty, "\(links.unreachable.prefix(10))")
    }

    @Test func aTranslatedGuideReplacesItsOriginalAndAnUntranslatedOneSaysSo() async throws {
        let built = try await Self.bilingual.value
        let translated = try String(
            contentsOf: built.output.appendingPathComponent("de/guides/verify-your-role.html"), encoding: .utf8)
        #expect(translated.contains("<h1>Prüfen, welche Rolle Sie haben</h1>"))
        #expect(!translated.contains("translation-note"))
        let untranslated = try String(
            contentsOf: built.output.appendingPathComponent("de/guides/change-contract-manager.html"), encoding: .utf8)
        #expect(untranslated.contains("Diese Anleitung ist noch nicht ins Deutsche übersetzt"))
        #expect(untranslated.contains(#"<div class="guidance" lang="en">"#), "the English text is marked as English")
        let english = try String(
            contentsOf: built.output.appendingPathComponent("guides/verify-your-role.html"), encoding: .utf8)
        #expect(english.contains("<h1>Check which role you hold</h1>"))
    }

    /// A company's bundle carries the site's languages as the site does, and works on its own.
    @Test func aBundleHoldsEveryLanguageWithItsSwitcher() async throws {
        let built = try await Self.bilingual.value
        let folder = built.bundles.appendingPathComponent("keystone-architects")
        let german = try String(contentsOf: folder.appendingPathComponent("de/index.html"), encoding: .utf8)
        #expect(german.contains(#"<html lang="de""#))
        #expect(german.contains(#"href="../index.html" lang="en" hreflang="en""#), "the switcher, inside the bundle")
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("de/reports/keystone-architects.html").path))
        let links = try SiteLinks.check(folder)
        #expect(links.broken.isEmpty, "\(links.broken.prefix(5))")
        #expect(links.unreachable.isEmpty, "\(links.unreachable.prefix(5))")
        let archive = try Archive(
            url: built.bundles.appendingPathComponent("keystone-architects.zip"), accessMode: .read)
        let paths = Set(archive.map(\.path))
        #expect(paths.contains("index.html") && paths.contains("de/index.html"))
        #expect(paths == Set(TestPaths.files(under: folder)), "the zip holds the folder, both languages")
    }

    @Test func aProcedureNotYetTranslatedIsMarkedAsItsLanguageWhereverItIsShown() async throws {
        let built = try await Self.bilingual.value
        func page(_ path: String) throws -> String {
            try String(contentsOf: built.output.appendingPathComponent(path), encoding: .utf8)
        }
        // A User on Keystone's BIM contract asks for changes; its Contract Manager makes them.
        let asks = try page("de/contracts/keystone-bim/user.html")
        #expect(asks.contains(#"lang="en">Give a user access to software</a>"#), "the ask card's title")
        let makes = try page("de/contracts/keystone-bim/contract-manager.html")
        #expect(makes.contains(#"<h3 lang="en">Give a user access to software</h3>"#))
        #expect(makes.contains(#"<div class="guidance" lang="en">"#), "the steps")
        let report = try page("de/reports/keystone-architects.html")
        #expect(report.contains(#"id="procedure-give-user-access" lang="en">Give a user access to software</h3>"#))
        #expect(report.contains(#"<div class="rb-guidance" lang="en">"#))
        // The German words around it are not marked, and the English site marks nothing.
        #expect(makes.contains(#"<html lang="de""#))
        for english in ["contracts/keystone-bim/contract-manager.html", "reports/keystone-architects.html"] {
            let html = try page(english)
            #expect(!html.contains(#"<h3 lang="#) && !html.contains(#"guidance" lang="#), "\(english)")
        }
    }

    /// The report as printed to PDF, in German, for people named in Greek and with German letters:
    /// every character comes out as text, in fonts embedded in the file.
    @Test func aGermanReportPrintsGermanLettersAndAnotherScript() async throws {
        let built = try await Self.bilingual.value
        let html = try [UInt8](
            Data(contentsOf: built.output.appendingPathComponent("de/reports/keystone-architects.html")))
        let printed = try await ChromiumPrinter().print([("keystone-de", html)])
        let pdf = try TestPaths.temporaryFolder("german-pdf").appendingPathComponent("keystone-de.pdf")
        try Data(printed[0]).write(to: pdf)
        let text = try Tools.pdfText(pdf)
        #expect(text.contains("Ελένη Ρόσση"), "Greek")
        #expect(text.contains("Änne Groß"), "Ä and ß")
        let fonts = try Tools.pdfFonts(pdf)
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.contains("DejaVu"), "the report's font, not a fallback: \(font)")
            #expect(font.contains(" yes "), "embedded: \(font)")
        }
    }

    @Test func roleSetsNameRolesPerLanguageAndMarkTheGlossAsATranslation() async throws {
        let built = try await Self.bilingual.value
        let role = try String(
            contentsOf: built.output.appendingPathComponent("de/roles/autodesk-classic/contract-manager.html"),
            encoding: .utf8)
        #expect(role.contains("<h1>Contract Manager</h1>"), "Autodesk's name stays")
        #expect(role.contains("Auf Deutsch etwa: <span class=\"gloss__text\">Vertragsverwalter"))
        #expect(role.contains("Die eine Person, der der Vertrag gehört"))
        let english = try String(
            contentsOf: built.output.appendingPathComponent("roles/autodesk-classic/contract-manager.html"),
            encoding: .utf8)
        #expect(!english.contains("gloss"), "a gloss is for its language only")
        let report = try String(
            contentsOf: built.output.appendingPathComponent("de/reports/keystone-architects.html"), encoding: .utf8)
        #expect(report.contains(#"<html lang="de" dir="ltr">"#))
        let fragment = try String(
            contentsOf: built.fragments.appendingPathComponent("de/people/ben-adler.html"), encoding: .utf8)
        #expect(fragment.contains(#"lang="de" dir="ltr""#))
    }

    // MARK: - Right to left

    @Test func anArabicStringsFileGivesRightToLeftPages() async throws {
        let fixture = try String(contentsOf: Self.fixtures.appendingPathComponent("ar.yaml"), encoding: .utf8)
        let arabic = try #require(StringsFile.read(code: "ar", text: fixture, path: "ar.yaml").file)
        let text = Self.stringsFile(
            name: arabic.strings.name, direction: "rtl",
            plurals: [
                ("zero", "n = 0"), ("one", "n = 1"), ("two", "n = 2"), ("few", "n % 100 = 3..10"),
                ("many", "n % 100 = 11..99"),
            ],
            months: arabic.strings.months, values: arabic.strings.values)
        let built = try await Self.build("arabic", settings: "language: ar\n", strings: ["ar": text], reports: false)
        #expect(built.report.succeeded, "\(built.report.diagnostics.filter { $0.severity == .error })")
        let home = try String(contentsOf: built.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains(#"<html lang="ar" dir="rtl">"#))
        #expect(home.contains("<h2 id=\"companies\">الشركات</h2>"))
        // Arabic's rules from the file: 7 takes the few form, 21 the many form.
        #expect(home.contains("7 عقود، 21 شخصًا"))
    }

    // MARK: - Mistakes

    @Test func aLanguageWithoutAStringsFileIsALocatedError() async throws {
        let root = try TestPaths.temporaryFolder("no-language")
        try FixtureTree.copy("content", into: root)
        let site = root.appendingPathComponent("content/site.yaml")
        let text = try String(contentsOf: site, encoding: .utf8)
        try (text + "languages: [en, fr]\n").write(to: site, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let report = try await SiteBuilder(options: BuildOptions(root: root)).build()
        #expect(!report.succeeded)
        #expect(
            report.diagnostics.map(\.description).contains {
                $0.hasPrefix(
                    "content/site.yaml:\(line):17: error: the theme has no strings file for 'fr' (it has de, en)")
            }, "\(report.diagnostics.map(\.description))")
    }

    @Test func anIncompleteSiteStringsFileNamesItselfAndEachMissingKey() async throws {
        let root = try TestPaths.temporaryFolder("incomplete")
        try FixtureTree.copy("content", into: root)
        let site = root.appendingPathComponent("content/site.yaml")
        try (try String(contentsOf: site, encoding: .utf8) + "language: fr\n").write(
            to: site, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("strings"), withIntermediateDirectories: true)
        try """
        name: Français
        plurals: {one: n = 1}
        months: [janv., févr., mars, avr., mai, juin, juil., août, sept., oct., nov., déc.]
        strings:
          home: Accueil
        """.write(to: root.appendingPathComponent("strings/fr.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent("content/guides/verify-your-role.de.md"),
            to: root.appendingPathComponent("content/guides/verify-your-role.de.md"))
        let report = try await SiteBuilder(options: BuildOptions(root: root)).build()
        let messages = report.diagnostics.map(\.description)
        #expect(!report.succeeded)
        #expect(messages.contains { $0.hasPrefix("strings/fr.yaml:4:1: error: fr.yaml has no 'accountNumber'") })
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "content/guides/verify-your-role.de.md:1:1: error: guide file name 'verify-your-role.de.md' has a language part 'de', but the site is not published in 'de'"
                )
            })
    }
}

/// Finds the words on a page that did not come from the strings file, in a site whose strings
/// file wraps every value in ⟦…⟧: what is outside every ⟦…⟧ must be content (a name, a title,
/// a number from content/), or punctuation. Guidance, compiled from content's Markdown, is left
/// out as a whole (its reviewers' flags come from the strings file and are checked); Markdown
/// from front matter (what to tell someone) is content with this contract's values in its holes.
struct ChromeText {
    /// Every text of the site's model (names, titles, summaries, numbers), and its parts.
    let content: Set<String>
    /// The same texts joined, for Markdown from front matter, whose text nodes are runs of it.
    let corpus: String
    /// Content values short enough to fill a hole in such Markdown (a number, a name), longest first.
    let values: [String]

    init(site: URL) throws {
        let (model, _) = try SiteBuilder(options: BuildOptions(root: site)).model()
        var texts: Set<String> = []
        func walk(_ value: Any) {
            if let text = value as? String {
                let normal = Self.normalized(text)
                texts.insert(normal)
                for part in Self.parts(of: normal) { texts.insert(part) }
                return
            }
            // A guide's body is only ever shown inside guidance, which the check leaves out.
            for child in Mirror(reflecting: value).children where child.label != "variants" && child.label != "flagged"
            {
                walk(child.value)
            }
        }
        if let model { walk(model) }
        content = texts
        corpus = texts.sorted().joined(separator: "\n")
        values = texts.filter { $0.count <= 60 && $0.count >= 2 }.sorted { ($0.count, $0) > ($1.count, $1) }
        valueLengths = Set(values.map(\.count)).sorted(by: >)
    }

    /// The lengths of ``values``, longest first.
    let valueLengths: [Int]

    /// Punctuation that joins content values ("Revit, AutoCAD · 3-year") without being words.
    static let separators: Set<Character> = [",", ";", ":", "·", "(", ")", "–", "—", "|", "/", "?", "!", "\"", "+"]

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func parts(of text: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map { part in
            String(part.drop { $0 == " " || $0 == "." }.reversed().drop { $0 == " " || $0 == "." }.reversed())
        }.filter { !$0.isEmpty }
    }

    /// The untransformed words of one value (a search record's label).
    func untransformed(text: String) -> [String] {
        var depth = 0
        return outside(Self.decoded(text), depth: &depth)
    }

    /// The untransformed texts of a page: its text and its attributes that readers see or hear.
    func untransformed(in html: String) -> [String] {
        var problems: [String] = []
        var depth = 0
        // Elements whose text is not the page's own words: scripts, styles, guidance from Markdown.
        var skipping = 0
        var open: [(name: String, skips: Bool)] = []
        // Bytes, not characters: the pages are long, and tags and brackets are ASCII.
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            let start = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
            if skipping == 0, start > index {
                problems += outside(Self.decoded(String(decoding: bytes[index..<start], as: UTF8.self)), depth: &depth)
            }
            guard start < bytes.count, let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            index = end + 1
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().lowercased()
                if let found = open.lastIndex(where: { $0.name == name }) {
                    skipping -= open[found...].count(where: \.skips)
                    open.removeSubrange(found...)
                }
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            let attributes = Self.attributes(of: tag)
            let classes = attributes["class"]?.split(separator: " ") ?? []
            let flag = classes.contains("audience-flag")
            if skipping == 0 {
                for attribute in [
                    "aria-label", "placeholder", "title", "alt", "data-none", "data-loading", "data-failed",
                ] {
                    guard let value = attributes[attribute] else { continue }
                    var inner = 0
                    problems += outside(Self.decoded(value), depth: &inner).map { "\(attribute): \($0)" }
                }
                if let kinds = attributes["data-kinds"] {
                    for kind in kinds.split(separator: "|") where !kind.contains("⟦") {
                        problems.append("data-kinds: \(kind)")
                    }
                }
                if let counts = attributes["data-counts"] {
                    for match in Self.decoded(counts).matches(of: /"(one|other)":"([^"]*)"/)
                    where !match.2.contains("⟦") {
                        problems.append("data-counts: \(match.2)")
                    }
                }
            } else if flag {
                // A reviewers' flag inside guidance is the loader's words, from the strings file.
                let close = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                let text = String(decoding: bytes[index..<close], as: UTF8.self)
                if !text.contains("⟦") { problems.append("audience flag: \(text)") }
            }
            if ["meta", "link", "input", "br", "img", "hr"].contains(name) || tag.hasSuffix("/") { continue }
            let skips =
                ["script", "style"].contains(name) || classes.contains("guidance") || classes.contains("rb-guidance")
            if skips { skipping += 1 }
            open.append((name, skips))
        }
        return problems
    }

    /// The parts of `text` outside every ⟦…⟧ that are not content, carrying the bracket depth
    /// from one text node to the next (a sentence's arguments may be links).
    func outside(_ text: String, depth: inout Int) -> [String] {
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0 == "⟦" || $0 == "⟧" }) else {
            return []
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "⟦" {
                depth += 1
                scalars.append("|")
            } else if scalar == "⟧" {
                depth = max(0, depth - 1)
                scalars.append("|")
            } else if depth == 0 {
                scalars.append(scalar)
            }
        }
        let outside = String(scalars)
        var problems: [String] = []
        for part in outside.split(separator: "|") {
            let normal = Self.normalized(String(part))
            guard normal.contains(where: \.isLetter), !content.contains(normal) else { continue }
            let pieces = Self.parts(of: normal).filter { !isContent($0) }
            if !pieces.isEmpty, !isMarkdown(normal) { problems += pieces }
        }
        return problems
    }

    /// A name, a number, an initial of the A–Z index, or a name with a count ("Revit +1").
    func isContent(_ piece: String) -> Bool {
        let words = piece.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        return words.isEmpty || content.contains(piece) || piece.count == 1
            || content.contains(words.joined(separator: " "))
    }

    /// A paragraph of Markdown from content, with this contract's values in its holes: covered,
    /// letter by letter, by content values and by runs of the content's own text of two words or
    /// more (so a single word a template writes is never taken for content).
    func isMarkdown(_ text: String) -> Bool {
        let characters = Array(text)
        var index = 0
        // A label or short sentence a template or Swift writes is never mistaken for one: some
        // stretch of it must be 20 characters of the content's own text.
        var stretch = 0
        while index < characters.count {
            guard characters[index].isLetter else {
                index += 1
                continue
            }
            let rest = characters.count - index
            var longest =
                valueLengths.first { $0 <= rest && content.contains(String(characters[index..<index + $0])) } ?? 0
            // A prefix of a run of the corpus is in the corpus too: the longest is found by halving.
            var low = 0
            var high = rest
            while low < high {
                let middle = (low + high + 1) / 2
                if corpus.contains(String(characters[index..<index + middle])) {
                    low = middle
                } else {
                    high = middle - 1
                }
            }
            if low >= 15 || String(characters[index..<index + low]).trimmingCharacters(in: .whitespaces).contains(" ") {
                longest = max(longest, low)
                stretch = max(stretch, low)
            }
            guard longest > 0 else { return false }
            index += longest
        }
        return stretch >= 20
    }

    /// A tag's `name="value"` attributes (the renderer quotes every value with `"`).
    static func attributes(of tag: String) -> [String: String] {
        var attributes: [String: String] = [:]
        var rest = Substring(tag)
        while let equals = rest.firstIndex(of: "="), rest[rest.index(after: equals)...].first == "\"" {
            let name = rest[..<equals].split(separator: " ").last.map(String.init) ?? ""
            let value = rest[rest.index(equals, offsetBy: 2)...]
            let end = value.firstIndex(of: "\"") ?? value.endIndex
            attributes[name] = String(value[..<end])
            rest = end < value.endIndex ? value[value.index(after: end)...] : ""
        }
        return attributes
    }

    static func decoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

import Foundation
import RolebookCore
import RolebookRender
import RolebookSource
import RolebookTestSupport
import Testing

/// The strings files: every phrase answered, arguments filled by name, dates and plurals from the
/// file, and every language checked against English with located errors.
@Suite struct StringsTests {
    static func table(_ values: [String: String], plurals: PluralRules = .oneOther) -> Strings {
        Strings(
            code: "xx", name: "Test", months: (1...12).map { "M\($0)" }, plurals: plurals,
            values: values.mapValues { .text($0) })
    }

    static let strings = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes/default/strings")

    @Test func englishAnswersEveryPhraseSwiftNames() {
        let missing = Phrase.allCases.filter { Strings.english.values[$0.rawValue] == nil }
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func argumentsAreFilledByNameAndAnUnknownOneStaysVisible() {
        let strings = Self.table(["departed": "{person}, {role}, has left the company.", "teamUnit": "Team: {name}"])
        #expect(strings(.departed, ["role": "Owner", "person": "Bo"]) == "Bo, Owner, has left the company.")
        // A missing argument shows its name rather than vanishing, so a wrong key is seen in review.
        #expect(strings(.teamUnit, ["team": "Design"]) == "Team: {name}")
        // A phrase missing from a table shows its key.
        #expect(strings(.home) == "home")
    }

    @Test func valuesAreInsertedVerbatimNeverReinterpreted() {
        let strings = Self.table(["departed": "{person}, {role}, has left the company."])
        #expect(strings(.departed, ["person": "{role}", "role": "<b>"]) == "{role}, <b>, has left the company.")
        // A brace that encloses no name is text.
        #expect(Strings.parts(of: "a {b c} {d}") == [.literal("a {b c} "), .placeholder("d")])
    }

    @Test func datesComeFromTheFile() {
        let day = Day(iso: "2027-03-05")!
        #expect(Strings.english.date(day) == "5 Mar 2027")
        let other = Self.table(["date": "{year}/{month}/{day}"])
        #expect(other.date(day) == "2027/M3/5")
    }

    @Test func pluralRulesInCLDRSyntaxChooseTheForm() throws {
        // Arabic's rules, as ar.yaml would give them.
        let rules = PluralRules([
            (.zero, try #require(PluralRules.condition("n = 0"))),
            (.one, try #require(PluralRules.condition("n = 1"))),
            (.two, try #require(PluralRules.condition("n = 2"))),
            (.few, try #require(PluralRules.condition("n % 100 = 3..10"))),
            (.many, try #require(PluralRules.condition("n % 100 = 11..99"))),
        ])
        let picked = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map { rules.category(of: $0).rawValue }
        #expect(picked == ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"])
        let or = try #require(PluralRules.condition("n % 10 = 1 and n % 100 != 11 or n = 0"))
        #expect(PluralRules([(.one, or)]).category(of: 21) == .one)
        #expect(PluralRules([(.one, or)]).category(of: 11) == .other)
        #expect(PluralRules.condition("i = 1 and v = 0") == nil, "only whole-number rules over n")
        let english = Strings.english
        #expect(english.plural(1, .changeCount) == "1 change")
        #expect(english.plural(3, .changeCount) == "3 changes")
        #expect(english.plural(0, .changeCount) == "0 changes")
    }

    // MARK: - Words in templates

    /// Templates are compiled with their words in place of the strings partials; a tag whose
    /// partial Mustache would draw differently (alone on its line, indented, over several lines)
    /// stays a partial.
    @Test func wordsAreInlinedWhereThePartialWouldDrawExactlyThem() {
        let strings = Self.table([
            "save": "Save & go", "of": "{number} of {company}", "brace": "a {b c}",
        ])
        let inline = { TemplateStrings.inlined($0, strings) }
        #expect(inline("<b>{{>t.save}}</b> {{> t.brace }}.") == "<b>Save &amp; go</b> a &#123;b c&#125;.")
        #expect(
            inline("<p>{{<t.of}}{{$company}}<a>{{name}}</a>{{/company}}{{$number}}{{n}}{{/number}}{{/t.of}}!</p>")
                == "<p>{{n}} of <a>{{name}}</a>!</p>")
        #expect(inline("x {{<t.of}}{{$number}}{{>t.save}}{{/number}}{{/t.of}}.") == "x Save &amp; go of .")
        #expect(inline("<html lang=\"{{>t.lang}}\" dir=\"{{>t.dir}}\">") == "<html lang=\"xx\" dir=\"ltr\">")
        // Partials Mustache may treat as standing alone or indent, unknown keys and list positions stay.
        for kept in [
            "{{>t.save}}\n", "<p>\n  {{>t.save}}<b>", "a {{>t.save}}  \nb", "  {{! note }}{{>t.save}}.",
            "a {{<t.of}}{{$number}}\n{{n}}{{/number}}{{/t.of}}.", "a {{>t.missing}}.",
            "a {{<t.of}}{{$number}}{{index()}}{{/number}}{{/t.of}}.",
        ] {
            #expect(inline(kept) == kept)
        }
    }

    // MARK: - Files

    @Test func theBuiltInEnglishIsTheThemesFile() throws {
        let text = try String(contentsOf: Self.strings.appendingPathComponent("en.yaml"), encoding: .utf8)
        let file = try #require(StringsFile.read(code: "en", text: text, path: "en.yaml").file)
        #expect(file.strings == Strings.english)
    }

    @Test(arguments: ["de"])
    func everyShippedLanguageHasEveryKeyOfEnglish(_ code: String) throws {
        let english = try #require(
            StringsFile.read(
                code: "en",
                text: try String(contentsOf: Self.strings.appendingPathComponent("en.yaml"), encoding: .utf8),
                path: "themes/default/strings/en.yaml"
            ).file)
        let path = "themes/default/strings/\(code).yaml"
        let read = StringsFile.read(
            code: code,
            text: try String(contentsOf: Self.strings.appendingPathComponent("\(code).yaml"), encoding: .utf8),
            path: path)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics.map(\.description))")
        let problems = try #require(read.file).problems(against: english)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func aMissingKeyIsALocatedErrorNamingTheFile() throws {
        let english = try #require(
            StringsFile.read(
                code: "en",
                text: """
                    name: English
                    plurals: {one: n = 1}
                    months: [a, b, c, d, e, f, g, h, i, j, k, l]
                    strings:
                      home: Home
                      departed: "{person} has left."
                      changeCount: {one: 1 change, other: "{count} changes"}
                    """, path: "en.yaml"
            ).file)
        let marked = MarkedText(
            """
            name: Deutsch
            plurals: {one: n = 1}
            months: [a, b, c, d, e, f, g, h, i, j, k, l]
            1️⃣strings:
              departed: 2️⃣"{persn} ist gegangen."
              changeCount: 3️⃣Änderungen
              hme: Start
            """)
        let file = try #require(StringsFile.read(code: "de", text: marked.text, path: "strings/de.yaml").file)
        let (one, two, three) = try (marked["1️⃣"], marked["2️⃣"], marked["3️⃣"])
        let problems = file.problems(against: english).map(\.description)
        #expect(problems.contains { $0.hasPrefix("strings/de.yaml:\(one): error: de.yaml has no 'home'") })
        #expect(
            problems.contains(
                "strings/de.yaml:\(two): error: '{persn}' is not an argument of 'departed' (en.yaml gives {person})"
            ))
        #expect(
            problems.contains {
                $0.hasPrefix("strings/de.yaml:\(three): error: 'changeCount' is shown with a count")
            })
        #expect(problems.contains { $0.contains("unknown key 'hme': en.yaml has no such key; did you mean 'home'?") })
    }

    @Test func aBrokenFileSaysWhereAndWhy() throws {
        let marked = MarkedText(
            """
            name: X
            plurals: {one: 1️⃣n == 1}
            months: 2️⃣[a, b]
            strings:
              3️⃣lang: x
            """)
        let read = StringsFile.read(code: "xx", text: marked.text, path: "xx.yaml")
        let (one, two, three) = try (marked["1️⃣"], marked["2️⃣"], marked["3️⃣"])
        let messages = read.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("xx.yaml:\(one): error: 'n == 1' is not a plural rule") })
        #expect(messages.contains { $0.hasPrefix("xx.yaml:\(two): error: 'months' must list the twelve") })
        #expect(messages.contains { $0.hasPrefix("xx.yaml:\(three): error: 'lang' is reserved") })
    }
}

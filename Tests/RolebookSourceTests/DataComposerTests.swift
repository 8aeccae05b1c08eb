import Foundation
import RolebookCore
import RolebookSource
import Testing

/// Hostile YAML and JSON: every problem located, nothing that hangs or crashes.
@Suite struct DataComposerTests {
    static let site = SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\n")

    func load(_ text: String, as path: String = "content/companies/c.yaml") -> LoadedContent {
        ContentLoader().load([Self.site, SourceFile(path: path, text: text)])
    }

    func diagnostics(_ text: String, as path: String = "content/companies/c.yaml") -> [String] {
        var bag = DiagnosticBag()
        bag.append(contentsOf: load(text, as: path).diagnostics)
        return bag.sorted.map(\.description)
    }

    /// Runs `body` and fails when it takes longer than `limit` seconds.
    func quickly<T>(_ limit: Double = 2, _ body: () -> T) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = body()
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(limit), "took \(elapsed)")
        return result
    }

    // MARK: - Duplicate keys

    @Test func everyDuplicateYAMLKeyIsReportedWithItsFirstOccurrenceAndTheFirstValueIsKept() {
        let text = """
            id: c
            name: First
            name: Second
            contracts: []
            name: Third
            people:
              - {id: ann, name: Ann, email: ann@c.example.com, id: anne}
            """
        #expect(
            diagnostics(text) == [
                "content/companies/c.yaml:3:1: error: duplicate key 'name': the first value is used\ncontent/companies/c.yaml:2:1: note: 'name' is first given here",
                "content/companies/c.yaml:5:1: error: duplicate key 'name': the first value is used\ncontent/companies/c.yaml:2:1: note: 'name' is first given here",
                "content/companies/c.yaml:7:52: error: duplicate key 'id': the first value is used\ncontent/companies/c.yaml:7:6: note: 'id' is first given here",
            ])
        let content = load(text)
        #expect(content.companies.first?.name == "First")
        #expect(content.people.map(\.id) == ["ann"])
    }

    @Test func everyDuplicateJSONKeyIsReportedAndTheRestOfTheFileIsRead() {
        let json = """
            {"id": "c", "name": "First", "name": "Second",
             "contracts": [], "colour": "red", "id": "d"}
            """
        #expect(
            diagnostics(json, as: "content/companies/c.json") == [
                "content/companies/c.json:1:30: error: duplicate key 'name': the first value is used\ncontent/companies/c.json:1:13: note: 'name' is first given here",
                "content/companies/c.json:2:19: error: unknown key 'colour' in company (known keys: contracts, id, name, people, reseller, teams)",
                "content/companies/c.json:2:36: error: duplicate key 'id': the first value is used\ncontent/companies/c.json:1:2: note: 'id' is first given here",
            ])
        #expect(load(json, as: "content/companies/c.json").companies.map(\.id) == ["c"])
    }

    // MARK: - Aliases

    /// Billion laughs: ten aliases of ten aliases, nine levels deep (10⁹ values once expanded).
    static func laughs(levels: Int) -> String {
        var text = "id: c\nname: C\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...levels {
            text +=
                "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        return text
    }

    @Test func billionLaughsStopsQuicklyAtTheAliasThatExceedsTheBudget() {
        let found = quickly { diagnostics(Self.laughs(levels: 9) + "contracts: []\n") }
        // Levels 1 to 3 bring in 12,330 values; each alias on level 4 (line 7) 11,111 more, so
        // the eighth passes 100,000.
        #expect(
            found == [
                "content/companies/c.yaml:7:45: error: aliases expand to more than 100000 values by here: share less, or write the values out"
            ])
    }

    @Test func aliasUsedAsAKeyIsRefusedEvenWhenItIsABomb() {
        let text = Self.laughs(levels: 3) + "? *l3\n: boom\n*l0 : again\ncontracts: []\n"
        let found = quickly { diagnostics(text) }
        #expect(found.contains("content/companies/c.yaml:7:3: error: a key cannot be an alias: write the key out"))
        #expect(found.contains("content/companies/c.yaml:9:1: error: a key cannot be an alias: write the key out"))
    }

    @Test func aliasesWithinTheBudgetAreValues() {
        let text = """
            id: c
            name: C
            people:
              - &ann {id: ann, name: Ann, email: ann@c.example.com}
            contracts:
              - id: k
                contract_number: "1"
                vendor: V
                role_set: v
                start: 2026-01-01
                end: &end 2027-01-01
                channel: direct
              - id: k2
                contract_number: "2"
                vendor: V
                role_set: v
                start: 2026-01-01
                end: *end
                channel: direct
            """
        #expect(diagnostics(text) == [])
        #expect(load(text).companies.first?.contracts.map(\.end.description) == ["2027-01-01", "2027-01-01"])
    }

    @Test func undefinedAliasIsASyntaxError() {
        #expect(
            diagnostics("id: c\nname: *nobody\n") == [
                "content/companies/c.yaml:2:7: error: YAML does not parse: unknown alias '*nobody'"
            ])
    }

    // MARK: - Nesting, characters and syntax

    @Test func tenThousandLevelsOfNestingAreAnErrorNotACrash() {
        let depth = 10_000
        let flow =
            "id: c\nname: C\ncontracts: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let block = "id: c\nname: C\ncontracts:\n" + String(repeating: "- ", count: depth) + "x\n"
        let json =
            #"{"id": "c", "contracts": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            + "}"
        let tooDeep = "lists and mappings are nested more than 100 deep here"
        quickly {
            #expect(diagnostics(flow).count == 1)
            #expect(diagnostics(flow).first?.hasSuffix("error: YAML does not parse: \(tooDeep)") == true)
            #expect(diagnostics(block) == ["content/companies/c.yaml:4:199: error: YAML does not parse: \(tooDeep)"])
            #expect(
                diagnostics(json, as: "content/companies/c.json") == [
                    "content/companies/c.json:1:125: error: JSON does not parse: lists and objects are nested more than 100 deep here"
                ])
        }
    }

    @Test func nulAndOtherRawControlCharactersAreLocated() {
        #expect(
            diagnostics("id: c\nname: A\u{0}B\n") == [
                "content/companies/c.yaml:2:8: error: YAML does not parse: control characters are not allowed (U+0000)"
            ])
        #expect(
            diagnostics("{\"id\": \"c\",\n \"name\": \"é\u{7}\"}", as: "content/companies/c.json") == [
                "content/companies/c.json:2:12: error: JSON does not parse: control character U+0007 in a string: write it as \\u0007"
            ])
    }

    @Test func escapedControlCharactersAreDataAndReadAsWritten() {
        let content = load(
            #"{"id": "c", "name": "A\u001b[31mB\u0000", "contracts": []}"#, as: "content/companies/c.json")
        #expect(content.companies.first?.name == "A\u{1B}[31mB\u{0}")
        #expect(load("id: c\nname: \"A\\eB\"\ncontracts: []\n").companies.first?.name == "A\u{1B}B")
    }

    @Test func tabIndentationSaysSo() {
        #expect(
            diagnostics("id: c\ncontracts:\n\t- id: k\n") == [
                "content/companies/c.yaml:3:1: error: YAML does not parse: a tab where YAML allows only spaces: indent with spaces"
            ])
    }

    @Test func jsonIsStrict() {
        func problem(_ json: String) -> String? {
            diagnostics(json, as: "content/companies/c.json").first
        }
        #expect(
            problem("{\"id\": \"c\",}")
                == "content/companies/c.json:1:12: error: JSON does not parse: a comma before '}': JSON allows none")
        #expect(
            problem("[1, 2,]")
                == "content/companies/c.json:1:7: error: JSON does not parse: a comma before ']': JSON allows none")
        #expect(
            problem("{\"seats\": 01}")
                == "content/companies/c.json:1:11: error: JSON does not parse: a number cannot start with 0")
        #expect(
            problem("{\"a\": 1} {}")
                == "content/companies/c.json:1:10: error: JSON does not parse: unexpected '{' after the end of the JSON value"
        )
        #expect(
            problem("{\"a\": \"\\ud800\"}")
                == "content/companies/c.json:1:8: error: JSON does not parse: \\u escape of a lone surrogate (U+D800)")
        #expect(
            problem("{\"a\": \"\\q\"}")
                == "content/companies/c.json:1:8: error: JSON does not parse: unknown escape '\\q'")
        #expect(
            problem("{\"a\": tru}")
                == "content/companies/c.json:1:7: error: JSON does not parse: expected a value, found 't'")
        #expect(
            problem("{\"a\" 1}")
                == "content/companies/c.json:1:6: error: JSON does not parse: expected ':' after the key 'a', found '1'"
        )
    }

    @Test func jsonStringsAndNumbersAreReadAsWritten() {
        let content = load(
            #"{"id": "c", "name": "caf\u00e9 \ud83d\ude00 \"q\" \/", "contracts": [{"id": "k", "contract_number": 1e3, "subscription_id": -0.5}]}"#,
            as: "content/companies/c.json")
        #expect(content.companies.first?.name == "café 😀 \"q\" /")
        let diagnostics = content.diagnostics.map(\.message)
        #expect(diagnostics.contains("contract is missing required key 'vendor'"))
        #expect(!diagnostics.contains { $0.contains("contract_number") })
    }

    @Test func jsonPositionsCountCharactersNotBytes() {
        #expect(
            diagnostics(
                "{\"name\": \"Zoë 😀\", \"colour\": 1, \"id\": \"c\", \"contracts\": []}", as: "content/companies/c.json"
            ) == [
                "content/companies/c.json:1:19: error: unknown key 'colour' in company (known keys: contracts, id, name, people, reseller, teams)"
            ])
    }
}

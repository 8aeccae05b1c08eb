import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing

/// The marker helper the diagnostic tests give positions with: it must count lines and columns
/// exactly as the loader does, or every test built on it checks the wrong place.
@Suite struct MarkedTextTests {
    @Test func markersAreRemovedAndGiveTheLineAndColumnOfTheNextCharacter() throws {
        let marked = MarkedText(
            """
            1️⃣id: c
            contracts:
              - 2️⃣id: k
                assignments:
                  - {role: 3️⃣ownr, person: ann}4️⃣
            🔟
            """)
        #expect(marked.text == "id: c\ncontracts:\n  - id: k\n    assignments:\n      - {role: ownr, person: ann}\n")
        #expect(try marked["1️⃣"] == MarkedText.Position(line: 1, column: 1))
        #expect(try marked["2️⃣"] == MarkedText.Position(line: 3, column: 5))
        #expect(try marked["3️⃣"] == MarkedText.Position(line: 5, column: 16))
        // At the end of a line: the column of its line break.
        #expect(try marked["4️⃣"] == MarkedText.Position(line: 5, column: 34))
        #expect(try marked["🔟"] == MarkedText.Position(line: 6, column: 1))
        #expect(try marked.location("3️⃣", in: "content/companies/c.yaml").description == "content/companies/c.yaml:5:16")
        #expect(marked.markers.count == 5)
    }

    @Test func columnsAreUnicodeScalarsAsInSourceLocation() throws {
        // "é" as e + U+0301 is one character but two scalars; "😀" and "名" are one scalar each.
        let marked = MarkedText("e\u{301}😀名1️⃣x\n\u{301}2️⃣y")
        #expect(marked.text == "e\u{301}😀名x\n\u{301}y")
        #expect(try marked["1️⃣"] == MarkedText.Position(line: 1, column: 5))
        #expect(try marked["2️⃣"] == MarkedText.Position(line: 2, column: 2))
    }

    /// The same count the YAML loader makes: an unknown key after non-ASCII text on its line.
    @Test func positionsAgreeWithTheLoaderAfterNonASCIIText() throws {
        let yaml = MarkedText(
            "id: r\nname: R\ncontacts: [{name: \"Zoe\u{301} 😀 名前\", purpose: sales, phone: '1', 1️⃣colour: red}]\n")
        let json = MarkedText(
            "{\"id\": \"s\", \"name\": \"e\u{301}😀\", 1️⃣\"colour\": 1, \"contacts\": [{\"purpose\": \"sales\", \"phone\": \"1\"}]}"
        )
        let found = ContentLoader().load([
            SourceFile(path: "content/resellers/r.yaml", text: yaml.text),
            SourceFile(path: "content/resellers/s.json", text: json.text),
        ]).diagnostics.map(\.description)
        #expect(
            try found == [
                "\(yaml.location("1️⃣", in: "content/resellers/r.yaml")): error: unknown key 'colour' in reseller contact (known keys: email, hours, name, phone, purpose, url)",
                "\(json.location("1️⃣", in: "content/resellers/s.json")): error: unknown key 'colour' in reseller (known keys: account_number, contacts, id, name)",
                "error: content/site.yaml is missing: it gives the site title and the data's as_of date",
            ])
    }

    @Test func keycapsWithoutTheVariationSelectorAreMarkersAndPlainDigitsAreText() throws {
        let marked = MarkedText("a: 10\nb: 1\u{20E3}2")
        #expect(marked.text == "a: 10\nb: 2")
        #expect(try marked["1️⃣"] == MarkedText.Position(line: 2, column: 4))
        #expect(try marked["1\u{20E3}"] == MarkedText.Position(line: 2, column: 4))
    }

    @Test func aMissingOrRepeatedMarkerThrowsInsteadOfGivingAPosition() throws {
        let marked = MarkedText("1️⃣a 2️⃣b 2️⃣c")
        #expect(marked.text == "a b c")
        #expect(try marked["1️⃣"] == MarkedText.Position(line: 1, column: 1))
        #expect(throws: MarkedText.LookupError.repeated("2️⃣")) { try marked["2️⃣"] }
        #expect(throws: MarkedText.LookupError.missing("3️⃣", known: ["1️⃣", "2️⃣"])) { try marked["3️⃣"] }
        #expect(
            MarkedText.LookupError.missing("3️⃣", known: []).description == "marker 3️⃣ is not in the text (it has none)")
    }
}

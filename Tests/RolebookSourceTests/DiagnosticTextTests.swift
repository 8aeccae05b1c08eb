import Foundation
import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing

/// Diagnostics quote data; the terminal text must never carry its control characters.
@Suite struct DiagnosticTextTests {
    @Test func controlAndBidiCharactersAreEscapedInTheTextButKeptInTheMessage() throws {
        let diagnostic = Diagnostic.error(
            "unknown person 'eve\u{1B}[2J\u{7}'",
            at: SourceLocation(path: "content/companies/\u{1B}]0;x\u{7}.yaml", line: 2),
            notes: [.init("name 'a\nb\u{202E}c\u{85}'", at: nil)])
        #expect(
            diagnostic.description == """
                content/companies/\\u{1B}]0;x\\u{7}.yaml:2:1: error: unknown person 'eve\\u{1B}[2J\\u{7}'
                note: name 'a\\u{A}b\\u{202E}c\\u{85}'
                """)
        // Structured output keeps the data; JSON escapes it by its own rules.
        #expect(diagnostic.message == "unknown person 'eve\u{1B}[2J\u{7}'")
        let json = String(decoding: try JSONEncoder().encode(diagnostic), as: UTF8.self)
        #expect(json.contains(#"eve\u001b[2J\u0007"#))
        #expect(try JSONDecoder().decode(Diagnostic.self, from: Data(json.utf8)) == diagnostic)
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Zoë's \"café\" — 😀 \\u{1B} written out"
        #expect(Diagnostic.escaped(text) == text)
    }

    @Test func controlCharactersFromDataAreEscapedWhenReported() throws {
        let company = MarkedText(
            "id: c\nname: C\npeople:\n  - {id: ann, name: Ann, email: ann@c.example.com, 1️⃣\"\\u202Ebad\": 1}\n2️⃣\"x\\e[31m\": 1\ncontracts: []\n"
        )
        let files = [
            SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\n"),
            SourceFile(path: "content/companies/c.yaml", text: company.text),
        ]
        let printed = ContentLoader().load(files).diagnostics.map(\.description)
        let path = "content/companies/c.yaml"
        #expect(
            try printed == [
                "\(company.location("1️⃣", in: path)): error: unknown key '\\u{202E}bad' in person (known keys: email, id, name, phone, status, title)",
                "\(company.location("2️⃣", in: path)): error: unknown key 'x\\u{1B}[31m' in company (known keys: contracts, id, name, people, reseller, teams)",
            ])
    }
}

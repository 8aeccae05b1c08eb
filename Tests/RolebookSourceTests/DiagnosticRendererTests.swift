import Foundation
import RolebookCore
import RolebookTestSupport
import Testing

/// What `rolebook check` shows under each diagnostic line: the source line and a caret.
@Suite struct DiagnosticRendererTests {
    func render(_ diagnostics: [Diagnostic], files: [String: String], colour: Bool = false) -> String {
        var renderer = DiagnosticRenderer(colour: colour, source: { files[$0] })
        return renderer.render(diagnostics)
    }

    static let site = "title: T\nas_of: 2026-13-01\n"

    @Test func theLineAndACaretUnderTheColumnFollowTheUnchangedFirstLine() {
        let diagnostic = Diagnostic.error(
            "'2026-13-01' is not a valid date: use YYYY-MM-DD",
            at: SourceLocation(path: "content/site.yaml", line: 2, column: 8),
            notes: [
                .init("the title is here", at: SourceLocation(path: "content/site.yaml", line: 1, column: 1)),
                .init("no place"),
            ])
        #expect(
            render([diagnostic], files: ["content/site.yaml": Self.site]) == """
                content/site.yaml:2:8: error: '2026-13-01' is not a valid date: use YYYY-MM-DD
                 2 | as_of: 2026-13-01
                   |        ^
                content/site.yaml:1:1: note: the title is here
                 1 | title: T
                   | ^
                note: no place

                """)
    }

    @Test func aDiagnosticAndItsNotesShareOneGutterWidth() {
        let text = (1...120).map { "line \($0)" }.joined(separator: "\n")
        let diagnostic = Diagnostic.error(
            "x", at: SourceLocation(path: "f", line: 7, column: 1),
            notes: [.init("y", at: SourceLocation(path: "f", line: 110, column: 6))])
        #expect(
            render([diagnostic], files: ["f": text]) == """
                f:7:1: error: x
                   7 | line 7
                     | ^
                f:110:6: note: y
                 110 | line 110
                     |      ^

                """)
    }

    @Test func withoutTheFileOrTheLineOnlyTheFirstLineIsPrinted() {
        let gone = Diagnostic.error("gone", at: SourceLocation(path: "content/gone.yaml", line: 1, column: 1))
        let pastTheEnd = Diagnostic.warning(
            "past the end", at: SourceLocation(path: "content/site.yaml", line: 9, column: 1))
        let lineZero = Diagnostic.warning(
            "line zero", at: SourceLocation(path: "content/site.yaml", line: 0, column: 1))
        let nowhere = Diagnostic.error("content/site.yaml is missing", at: nil)
        let all = [gone, pastTheEnd, lineZero, nowhere]
        #expect(render(all, files: ["content/site.yaml": Self.site]) == all.map { $0.description + "\n" }.joined())
    }

    @Test func aColumnPastTheEndOfTheLinePutsTheCaretJustAfterIt() {
        let diagnostic = Diagnostic.error("x", at: SourceLocation(path: "f", line: 1, column: 40))
        #expect(render([diagnostic], files: ["f": "abc\n"]).hasSuffix(" 1 | abc\n   |    ^\n"))
        let empty = Diagnostic.error("x", at: SourceLocation(path: "f", line: 2, column: 1))
        #expect(render([empty], files: ["f": "abc\n\n"]).hasSuffix(" 2 |\n   | ^\n"))
    }

    @Test func controlCharactersInTheLineAreEscapedAndTheCaretAccountsForThem() {
        // ESC, a tab and a right-to-left override before the column: each shown as \u{…}.
        let line = "a\u{1B}[2J\t\u{202E}b: value"
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(path: "f", line: 1, column: 11))
        let shown = render([diagnostic], files: ["f": line])
        #expect(!shown.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\t" || $0 == "\u{202E}" })
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1] == #" 1 | a\u{1B}[2J\u{9}\u{202E}b: value"#)
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let value = lines[1].range(of: "value").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
        #expect(caret != nil && caret == value)
    }

    @Test func linesEndAtLFCRLFAndALoneCR() {
        let text = "one\r\ntwo\rthree\nfour"
        for (number, word) in [(1, "one"), (2, "two"), (3, "three"), (4, "four")] {
            let diagnostic = Diagnostic.error("x", at: SourceLocation(path: "f", line: number, column: 1))
            #expect(render([diagnostic], files: ["f": text]).contains(" \(number) | \(word)\n"))
        }
    }

    @Test func wideCharactersTakeTwoColumnsAndCombiningMarksNone() {
        // "名前" is four columns wide; "é" written as e + U+0301 is one.
        let diagnostic = Diagnostic.error("x", at: SourceLocation(path: "f", line: 1, column: 7))
        #expect(render([diagnostic], files: ["f": "名前: e\u{301}x"]).hasSuffix("   |        ^\n"))
    }

    @Test func aLongLineIsCutToAWindowAroundTheColumn() throws {
        let line = String(repeating: "a", count: 300) + "TARGET" + String(repeating: "b", count: 300)
        let diagnostic = Diagnostic.error("x", at: SourceLocation(path: "f", line: 1, column: 301))
        let lines = render([diagnostic], files: ["f": line]).split(separator: "\n").map(String.init)
        let prefix = " 1 | "
        #expect(lines[1].hasPrefix(prefix + "…") && lines[1].hasSuffix("…"))
        #expect(lines[1].count - prefix.count <= DiagnosticRenderer.maximumWidth)
        let caret = try #require(lines[2].firstIndex(of: "^"))
        let target = try #require(lines[1].range(of: "TARGET"))
        #expect(
            lines[2].distance(from: lines[2].startIndex, to: caret)
                == lines[1].distance(from: lines[1].startIndex, to: target.lowerBound))
    }

    @Test func aCaretDeepInALongLineIsShownAsNearTheStart() throws {
        // A one-line JSON file of a company: the caret thousands of characters in, wide ones among them.
        let before = String(repeating: "日本", count: 2_000) + String(repeating: "a", count: 30)
        let line = before + "TARGET" + String(repeating: "b", count: 5_000)
        let column = before.unicodeScalars.count + 1
        let diagnostic = Diagnostic.error("x", at: SourceLocation(path: "f", line: 1, column: column))
        let lines = render([diagnostic], files: ["f": line]).split(separator: "\n").map(String.init)
        let prefix = " 1 | "
        #expect(lines[1].hasPrefix(prefix + "…") && lines[1].hasSuffix("…"))
        #expect(lines[1].contains("日本") && lines[1].contains("TARGET"))
        // The caret sits under TARGET, counting two columns for each wide character before it.
        let shown = lines[1][lines[1].index(lines[1].startIndex, offsetBy: prefix.count)...]
        let head = try #require(shown.range(of: "TARGET")).lowerBound
        // 日 and 本 take two columns, the rest (ASCII and "…") one.
        func width(_ text: Substring) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x3000 ? 2 : 1) } }
        let columns = width(shown[..<head])
        #expect(lines[2] == String(repeating: " ", count: 3) + "| " + String(repeating: " ", count: columns) + "^")
        #expect(width(shown) <= DiagnosticRenderer.maximumWidth)
    }

    @Test func colourWrapsTheSameText() {
        let diagnostic = Diagnostic.warning(
            "w", at: SourceLocation(path: "content/site.yaml", line: 2, column: 8), notes: [.init("n", at: nil)])
        let plain = render([diagnostic], files: ["content/site.yaml": Self.site])
        let coloured = render([diagnostic], files: ["content/site.yaml": Self.site], colour: true)
        #expect(coloured != plain)
        #expect(coloured.replacing(/\x{1B}\[[0-9;]*m/, with: "") == plain)
    }

    @Test func filesAreReadRelativeToTheRootAndOnlyWhenRegular() throws {
        let root = try TestPaths.temporaryFolder("renderer")
        let manager = FileManager.default
        try manager.createDirectory(
            at: root.appendingPathComponent("content/folder"), withIntermediateDirectories: true)
        try Data([0xEF, 0xBB, 0xBF] + Array("title: T\n".utf8)).write(
            to: root.appendingPathComponent("content/site.yaml"))
        let fifo = root.appendingPathComponent("content/pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let read = DiagnosticRenderer.files(under: root)
        #expect(read("content/site.yaml") == "title: T\n", "the byte order mark is dropped, as the loader does")
        #expect(read("content/gone.yaml") == nil)
        #expect(read("content/folder") == nil)
        // Opening a pipe with no writer would block for ever.
        #expect(read("content/pipe.yaml") == nil)
        #expect(read(root.appendingPathComponent("content/site.yaml").path) == "title: T\n")
    }
}

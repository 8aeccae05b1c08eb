import RolebookCore
import RolebookMarkdown
import Testing

/// Input a careless editor or a hostile author produces: each case has its exact outcome.
/// The same cases through the whole loader are the `guide-*` fixtures of InvalidSiteTests.
@Suite struct HostileGuidanceTests {
    typealias H = GuidanceHarness

    static let lfGuide = """
        ---
        title: Line ends
        ---

        Intro {{contract.number}} and {{nope.x}}
        on two lines.

        <!-- for: manager -->

        ```
        code
          indented
        ```

        > quote
        lazy

        <!-- fro: user -->

        Text.

        <!-- end -->

        """

    @Test(arguments: [("CRLF", "\r\n"), ("CR", "\r")])
    func windowsAndOldMacLineEndsReadLikeLF(_ name: String, _ lineEnd: String) {
        let lf = FrontMatter(splitting: Self.lfGuide)
        let other = FrontMatter(splitting: Self.lfGuide.replacingOccurrences(of: "\n", with: lineEnd))
        #expect(other == lf)
        #expect(other.yaml == "title: Line ends" && other.bodyFirstLine == 4)
        // And the body compiles the same even when handed over unnormalized.
        let rawBody = lf.body.replacingOccurrences(of: "\n", with: lineEnd)
        #expect(H.diagnostics(rawBody) == H.diagnostics(lf.body))
        #expect(H.html(rawBody, for: "manager") == H.html(lf.body, for: "manager"))
        #expect(
            H.diagnostics(lf.body) == [
                "guide.md:2:31: error: unknown value '{{nope.x}}' in guidance",
                "guide.md:15:1: error: misspelt audience marker: did you mean '<!-- for: user -->'?",
            ])
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstLine() {
        let split = FrontMatter(splitting: "\u{FEFF}---\r\ntitle: X\r\n---\r\nBody {{a.b}}\r\n")
        #expect(split.yaml == "title: X" && split.body == "Body {{a.b}}\n" && split.bodyFirstLine == 4)
        #expect(CommonMarkParser.analyze(split.body).placeholders.map(\.column) == [6])
    }

    @Test func frontMatterThatNeverClosesIsToldApartFromNone() {
        #expect(FrontMatter(splitting: "---\ntitle: X\n\nBody\n").isUnclosed)
        #expect(FrontMatter(splitting: "---").isUnclosed)
        #expect(!FrontMatter(splitting: "Body only\n").isUnclosed && FrontMatter(splitting: "Body only\n").yaml == nil)
        #expect(FrontMatter(splitting: "---\n---").yaml == "" && FrontMatter(splitting: "---\n---").body == "")
    }

    @Test(arguments: [
        ("quotes", String(repeating: "> ", count: 10_000) + "deep\n", "5:129"),
        ("list items", String(repeating: "- ", count: 10_000) + "deep\n", "5:129"),
        ("ordered items", String(repeating: "1. ", count: 10_000) + "deep\n", "5:193"),
        ("quotes and items", String(repeating: "> - ", count: 5_000) + "deep\n", "5:129"),
    ])
    func nestingTenThousandDeepIsAnErrorNotACrash(_ name: String, _ body: String, _ place: String) {
        let markdown = "<!-- for: manager -->\n\nBefore.\n\n" + body
        let analysis = CommonMarkParser.analyze(markdown)
        #expect(
            analysis.problems.map { "\($0.line):\($0.column): \($0.message)" } == [
                "\(place): block quotes and lists are nested 10000 levels deep; the limit is 64"
            ])
        #expect(analysis.outline.children.isEmpty, "no outline: walking it would recurse 10,000 times")
        #expect(H.planner().plan(analysis.outline).diagnostics.isEmpty)
        #expect(CommonMarkParser.render(markdown).filled { $0 }.contains("deep"))
    }

    @Test func sixtyFourLevelsAreAllowedAndSixtyFiveAreNot() {
        let ok =
            String(repeating: "> ", count: 64) + "<!-- for: manager -->\n" + String(repeating: "> ", count: 64) + "\n"
            + String(repeating: "> ", count: 64) + "Deep.\n" + String(repeating: "> ", count: 64) + "\n"
            + String(repeating: "> ", count: 64) + "<!-- end -->\n"
        #expect(H.diagnostics(ok) == [])
        #expect(!H.html(ok).contains("Deep.") && H.html(ok, for: "manager").contains("Deep."))
        #expect(
            H.diagnostics(String(repeating: "> ", count: 65) + "x\n") == [
                "guide.md:1:129: error: block quotes and lists are nested 65 levels deep; the limit is 64"
            ])
    }

    @Test func deepInlineNestingIsNoProblem() {
        let markdown =
            String(repeating: "*a ", count: 10_000) + "x" + String(repeating: " b*", count: 10_000) + "\n\n"
            + String(repeating: "[", count: 10_000) + "{{contract.number}}" + String(repeating: "]", count: 10_000)
            + "\n"
        #expect(H.diagnostics(markdown) == [])
        #expect(H.html(markdown).contains("[contract.number]"))
    }

    @Test func emptyAndBlankBodiesRenderNothing() {
        for body in ["", "\n\n\n", "   \n\t\n"] {
            #expect(H.diagnostics(body) == [])
            #expect(CommonMarkParser.render(body).parts.isEmpty)
        }
    }

    @Test func anExtremelyLongLineIsFine() {
        let markdown = String(repeating: "word ", count: 200_000) + "{{nope.end}}"
        #expect(H.diagnostics(markdown) == ["guide.md:1:1000001: error: unknown value '{{nope.end}}' in guidance"])
    }

    @Test func manyInlineMarkersOnOneLineAreEachReportedAtTheirColumn() {
        let markdown = "Start " + String(repeating: "`<!-- for: user -->` <!-- for: user --> ", count: 5_000)
        let diagnostics = H.diagnostics(markdown)
        #expect(diagnostics.count == 5_000)
        #expect(diagnostics.first?.hasPrefix("guide.md:1:28: error:") == true, "not the copy in the code span at 8")
        #expect(diagnostics.last?.hasPrefix("guide.md:1:199988: error: an audience marker inside a paragraph") == true)
    }

    @Test func rawHTMLAndDangerousLinksStayOut() {
        let markdown =
            "<img src=x onerror=alert(1)>\n\n<script>alert({{contract.number}})</script>\n\n[x](javascript:alert(1)) <a href=\"{{contract.number}}\">y</a>\n"
        let html = H.html(markdown)
        #expect(
            !html.contains("<img") && !html.contains("<script") && !html.contains("javascript:")
                && !html.contains("<a href=\"{{")
        )
        #expect(H.diagnostics(markdown) == [], "placeholders in omitted HTML are neither filled in nor checked")
    }
}

import RolebookCore
import RolebookMarkdown
import Testing

/// Placeholders are found in the source, so their positions are exact and escapes are honoured.
@Suite struct PlaceholderTests {
    typealias H = GuidanceHarness

    @Test func escapedBracesStayLiteralText() {
        let markdown = #"Escaped \{\{contract.number\}\}, half \{{contract.number}}, real {{contract.number}}."#
        #expect(
            H.html(markdown)
                == "<p>Escaped {{contract.number}}, half {{contract.number}}, real [contract.number].</p>\n")
        #expect(CommonMarkParser.analyze(markdown).placeholders.map(\.column) == [66])
        #expect(H.diagnostics(#"\{\{nope.x\}\} and \{{nope.y}}"#) == [], "escaped braces are no placeholder to check")
    }

    @Test func anEscapedBackslashDoesNotEscapeTheBrace() {
        #expect(H.html(#"a \\{{contract.number}}"#) == "<p>a \\[contract.number]</p>\n")
    }

    @Test func placeholdersInCodeStayLiteralAndAreNotChecked() {
        let markdown = """
            Inline `{{nope.a}}` and `\\{{nope.b}}`.

            ```{{nope.c}}
            {{nope.d}} and \\{\\{nope.e\\}\\}
            ```

                {{nope.f}}
            """
        #expect(H.diagnostics(markdown) == [])
        let html = H.html(markdown)
        #expect(html.contains("<code>{{nope.a}}</code> and <code>\\{{nope.b}}</code>"))
        #expect(
            html.contains("<pre><code class=\"language-{{nope.c}}\">{{nope.d}} and \\{\\{nope.e\\}\\}\n</code></pre>"))
        #expect(html.contains("<pre><code>{{nope.f}}\n</code></pre>"))
    }

    @Test func anErrorPointsAtThePlaceholderInTextNotAtAnEarlierCopyInCode() {
        let markdown = "Intro.\n\nWrite `{{nope.x}}` like this: {{nope.x}}, then {{nope.x}} again.\n"
        #expect(
            H.diagnostics(markdown) == [
                "guide.md:3:31: error: unknown value '{{nope.x}}' in guidance",
                "guide.md:3:48: error: unknown value '{{nope.x}}' in guidance",
            ])
    }

    @Test func positionsAreExactOnContinuationLazyQuotedAndIndentedLines() {
        let markdown = """
            First {{a.one}} and
              continued {{a.two}}

            > quoted {{a.three}}
            >more {{a.four}}
            lazy {{a.five}}

            - item {{a.six}}
              next {{a.seven}}
            \t{{a.eight}}

            Ünïcödé → {{a.nine}}
            """
        let uses = CommonMarkParser.analyze(markdown).placeholders
        #expect(
            uses.map(\.name) == [
                "a.one", "a.two", "a.three", "a.four", "a.five", "a.six", "a.seven", "a.eight", "a.nine",
            ])
        #expect(
            uses.map { "\($0.line):\($0.column)" } == [
                "1:7", "2:13", "4:10", "5:7", "6:6", "8:8", "9:8", "10:2", "12:11",
            ])
    }

    @Test func malformedPlaceholdersInTextAreErrorsWithTheirPlace() {
        let markdown = "Unclosed {{contract.number}, bad {{contract number}}, one {contract.number}} end {{manager.name"
        #expect(
            H.diagnostics(markdown) == [
                "guide.md:1:10: error: placeholder '{{contract.number}' is not closed with '}}'; write '\\{{' for literal braces",
                "guide.md:1:34: error: '{{contract number}}' is not a placeholder: a placeholder name has only letters, digits, '-' and '.'; write '\\{{' for literal braces",
                "guide.md:1:59: error: '{contract.number}}' has one opening brace: a placeholder is written '{{contract.number}}'",
                "guide.md:1:82: error: placeholder '{{manager.name' is not closed with '}}'; write '\\{{' for literal braces",
            ])
    }

    @Test func bracesThatNameNothingAreText() {
        let markdown = "Mustache {{#if}} {{> partial}} {{}} {{ }} }} alone, {x} and {{{contract.number}}}"
        #expect(H.diagnostics(markdown) == [])
        #expect(
            H.html(markdown)
                == "<p>Mustache {{#if}} {{&gt; partial}} {{}} {{ }} }} alone, {x} and {[contract.number]}</p>\n")
    }

    @Test func spacesInsideTheBracesAreAllowed() {
        #expect(H.html("No. {{ contract.number }}.") == "<p>No. [contract.number].</p>\n")
    }

    @Test func aPlaceholderInALinkAddressIsAnErrorButLinkTextAndImageDescriptionsAreFilled() {
        let markdown = """
            [Mail {{manager.name}}](mailto:{{manager.email}} "Title {{contract.number}}") <https://x.example/{{contract.number}}>

            ![Photo of {{manager.name}}](photo.png)

            [ref]

            [ref]: https://x.example/{{nope.r}}
            """
        #expect(
            H.diagnostics(markdown) == [
                "guide.md:1:32: error: '{{manager.email}}' is in a link address or title, where values are not filled in",
                "guide.md:1:57: error: '{{contract.number}}' is in a link address or title, where values are not filled in",
                "guide.md:1:98: error: '{{contract.number}}' is in a link address or title, where values are not filled in",
                "guide.md:7:26: error: '{{nope.r}}' is in a link address or title, where values are not filled in",
            ])
        let html = H.html(markdown)
        #expect(
            html.contains(
                "<a href=\"mailto:%7B%7Bmanager.email%7D%7D\" title=\"Title {{contract.number}}\">Mail [manager.name]</a>"
            ))
        #expect(html.contains("<img src=\"photo.png\" alt=\"Photo of [manager.name]\" />"))
    }

    @Test func valuesInImageDescriptionsAreEscapedForTheAttribute() {
        let html = CommonMarkParser.render("![Photo of {{manager.name}}](p.png)").filled { _ in "\"><script>" }
        #expect(html == "<p><img src=\"p.png\" alt=\"Photo of &quot;&gt;&lt;script&gt;\" /></p>\n")
    }

    @Test func privateUseCharactersAnAuthorTypesComeOutLiterally() {
        let markdown =
            "Text \u{E000}x\u{E001} {{contract.number}} `\u{E000}0\u{E000}` [\u{E001}](u \"\u{E000}\") ![\u{E000}](i.png) &#xE002;"
        let rendered = CommonMarkParser.render(markdown)
        #expect(rendered.parts.filter { if case .value = $0 { true } else { false } } == [.value("contract.number")])
        #expect(
            rendered.filled { "[\($0)]" }
                == "<p>Text \u{E000}x\u{E001} [contract.number] <code>\u{E000}0\u{E000}</code> <a href=\"u\" title=\"\u{E000}\">\u{E001}</a> <img src=\"i.png\" alt=\"\u{E000}\" /> \u{E002}</p>\n"
        )
    }

    @Test func flagLabelsCannotForgeAHole() {
        let markdown = "<!-- for: manager -->\n\nFor {{manager.name}}.\n\n<!-- end -->\n"
        let plan = H.plan(markdown)
        let label = "Manager \u{E000}0\u{E000} \u{E003}1\u{E003}"
        let html = CommonMarkParser.render(
            markdown, edit: .init(remove: plan.markers, flag: plan.audiences.mapValues { _ in label }))
        #expect(html.parts.count { if case .value = $0 { true } else { false } } == 1)
        #expect(html.filled { "[\($0)]" }.contains("<p class=\"audience-flag\">\(label)</p>"))
    }

    @Test func aTextWithEveryPrivateUseCharacterHasItsPlaceholdersReportedNotLost() {
        var text = "{{contract.number}} "
        for range in [0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x10_0000...0x10_FFFD] as [ClosedRange<UInt32>] {
            text.unicodeScalars.append(contentsOf: range.map { Unicode.Scalar($0)! })
        }
        let analysis = CommonMarkParser.analyze(text)
        #expect(
            analysis.problems.map(\.message) == [
                "the text uses every private-use character, so its placeholders cannot be found"
            ]
        )
        #expect(CommonMarkParser.render(text).filled { _ in "X" }.hasPrefix("<p>{{contract.number}} \u{E000}"))
    }

    @Test func sixteenThousandPlaceholdersAreAllFoundAndFilled() {
        let line = "No. {{contract.number}}, {{contract.number}}; {{contract.number}} and {{contract.number}}.\n"
        let markdown = String(repeating: String(repeating: line, count: 20) + "\n", count: 200)
        let uses = CommonMarkParser.analyze(markdown).placeholders
        #expect(uses.count == 16_000)
        #expect(uses.last.map { "\($0.line):\($0.column)" } == "4199:71")
        let html = CommonMarkParser.render(markdown)
        #expect(html.parts.count { $0 == .value("contract.number") } == 16_000)
    }

    @Test func aNULDoesNotEndTheDocument() {
        #expect(H.html("before\u{0}after {{contract.number}}") == "<p>before\u{FFFD}after [contract.number]</p>\n")
    }
}

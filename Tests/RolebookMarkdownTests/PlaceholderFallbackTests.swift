import RolebookCore
import RolebookMarkdown
import Testing

/// `{{contract.number|your contract number}}`: a placeholder that says how it reads where its value
/// is not known, so a page that belongs to no contract reads as prose.
@Suite struct PlaceholderFallbackTests {
    typealias H = GuidanceHarness

    /// Values as a page fills them: from `known` on a contract page, else the fallback or `generic`.
    struct Page: GuideValueSource {
        var isContractPage: Bool
        var known: [String: String] = [:]
        func value(_ name: String, fallback: String?) -> String {
            (isContractPage ? known[name] : nil) ?? fallback ?? "generic \(name)"
        }
    }

    @Test func theFallbackIsReadWithItsPositionAndWithoutTheSpacesAroundIt() {
        let uses = CommonMarkParser.analyze(
            "Contract {{contract.number|your contract}} or {{ manager.name | your manager }}."
        )
        .placeholders
        #expect(uses.map(\.name) == ["contract.number", "manager.name"])
        #expect(uses.map(\.fallback) == ["your contract", "your manager"])
        #expect(uses.map(\.column) == [10, 47])
        #expect(CommonMarkParser.analyze("No fallback {{contract.number}}.").placeholders.map(\.fallback) == [nil])
    }

    @Test func markdownInTheFallbackIsPlainTextAndLeavesTheParagraphAlone() {
        let html = CommonMarkParser.render("Ask {{manager.name|*your* manager & <co>}} today, *please*.")
        #expect(
            html.parts == [
                .html("<p>Ask "), .value("manager.name", fallback: "*your* manager & <co>"),
                .html(" today, <em>please</em>.</p>\n"),
            ])
        #expect(
            html.filled(with: Page(isContractPage: false))
                == "<p>Ask *your* manager &amp; &lt;co&gt; today, <em>please</em>.</p>\n",
            "the fallback is text, escaped like any value")
    }

    @Test func aContractPageShowsTheValueAndFallsBackOnlyWhereTheDataHasNone() {
        let html = CommonMarkParser.render("{{contract.number|your contract}}, {{manager.name|your manager}}.")
        let contract = Page(isContractPage: true, known: ["contract.number": "110002345678"])
        #expect(html.filled(with: contract) == "<p>110002345678, your manager.</p>\n")
        #expect(html.filled(with: Page(isContractPage: false)) == "<p>your contract, your manager.</p>\n")
    }

    @Test func withoutAFallbackThePageKeepsItsGenericWording() {
        let html = CommonMarkParser.render("Ask {{manager.name}}.")
        #expect(html.filled(with: Page(isContractPage: false)) == "<p>Ask generic manager.name.</p>\n")
        #expect(html.filled { "your \($0)" } == "<p>Ask your manager.name.</p>\n", "the lookup gets the bare name")
    }

    @Test func theClosureFormPassesThePlaceholderAsWrittenSoTheLookupChooses() {
        let html = CommonMarkParser.render("{{contract.number|your contract}} and {{ company.name }}")
        #expect(html.filled { "[\($0)]" } == "<p>[contract.number|your contract] and [company.name]</p>\n")
    }

    @Test func inCodeAPlaceholderWithAFallbackStaysAsWritten() {
        let markdown = "Write `{{contract.number|your contract}}` for the number.\n\n    {{a.b|c d}}\n"
        #expect(H.diagnostics(markdown) == [])
        #expect(
            H.html(markdown)
                == "<p>Write <code>{{contract.number|your contract}}</code> for the number.</p>\n<pre><code>{{a.b|c d}}\n</code></pre>\n"
        )
    }

    @Test func inLinkTextTheFallbackIsFilledAndInAnAddressItIsAnError() {
        let markdown = "[Mail {{manager.name|your manager}}](https://example.com/{{contract.number|x}})"
        #expect(
            H.diagnostics(markdown) == [
                "guide.md:1:58: error: '{{contract.number|x}}' is in a link address or title, where values are not filled in"
            ])
        #expect(H.html(markdown, on: .generic).contains(">Mail [manager.name|your manager]</a>"))
    }

    @Test(arguments: [
        (
            "See {{contract.number|}} now.",
            "guide.md:1:5: error: placeholder '{{contract.number|}}' has no fallback after '|': write how it reads where the value is not known, or leave out the '|'"
        ),
        (
            "See {{contract.number|  }} now.",
            "guide.md:1:5: error: placeholder '{{contract.number|  }}' has no fallback after '|': write how it reads where the value is not known, or leave out the '|'"
        ),
        (
            "See {{contract.number|your contract\nnumber}} now.",
            "guide.md:1:5: error: placeholder '{{contract.number|your contract' is not closed with '}}' on its line: a placeholder and its fallback are written on one line"
        ),
        (
            "See {{contract.number|your {{company.name}} contract}}.",
            "guide.md:1:5: error: placeholder '{{contract.number|your ' is not closed with '}}' on its line: a placeholder and its fallback are written on one line"
        ),
        (
            "See {contract.number|your contract}} now.",
            "guide.md:1:5: error: '{contract.number|your contract}}' has one opening brace: a placeholder is written '{{contract.number|your contract}}'"
        ),
    ])
    func aBrokenFallbackIsAnErrorAtItsPlaceholder(markdown: String, message: String) {
        #expect(H.diagnostics(markdown).first == message)
    }

    @Test func aBrokenFallbackLeavesTheTextAsWritten() {
        #expect(
            H.html("See {{contract.number|your contract\nnumber}} now.")
                == "<p>See {{contract.number|your contract\nnumber}} now.</p>\n")
    }

    @Test func aPlaceholderInAHeadingIsAWarningAtItsPlace() {
        let markdown = "# Ask {{manager.name}}\n\nText {{manager.name}}.\n\nSetext {{contract.number|yours}}\n---\n"
        #expect(
            H.diagnostics(markdown) == [
                "guide.md:1:7: warning: '{{manager.name}}' is in a heading, which should name its section the same way on every page: put the value in the text below it",
                "guide.md:5:8: warning: '{{contract.number|yours}}' is in a heading, which should name its section the same way on every page: put the value in the text below it",
            ])
        #expect(H.html(markdown).hasPrefix("<h1>Ask [manager.name]</h1>"), "a warning: the heading is still filled")
    }

    @Test func aPlaceholderKnowsTheBlockItIsIn() {
        let markdown = "Intro {{a.one}}.\n\n- item\n- > quoted {{a.two}}\n\n# Heading {{a.three}}\n"
        let uses = CommonMarkParser.analyze(markdown).placeholders
        #expect(uses.map(\.block) == [[0], [1, 1, 0, 0], [2]])
        #expect(uses.map(\.isInHeading) == [false, false, true])
    }
}

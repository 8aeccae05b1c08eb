import RolebookCore
import RolebookMarkdown
import RolebookTestSupport
import Testing

/// Heading ids and links to guides, as the parser writes them for the renderer to resolve.
@Suite struct GuideLinkTests {
    typealias H = GuidanceHarness

    @Test(arguments: [
        ("Before you start", "before-you-start"),
        ("Steps (Autodesk's instructions, 2014)", "steps-autodesks-instructions-2014"),
        ("Über die Rolle", "über-die-rolle"),
        ("  Two  spaces ", "--two--spaces-"),
        ("snake_case and `code`", "snake_case-and-code"),
        ("C++ / C#", "c--c"),
        ("Who? Me!", "who-me"),
    ])
    func slugsAreGitHubs(_ heading: String, _ slug: String) {
        #expect(GuideAnchor.slug(heading) == slug)
    }

    @Test func repeatedAndReservedSlugsAreNumbered() {
        var slugger = GuideAnchor.Slugger()
        let ids = ["Steps", "Steps", "Steps-1", "Steps", "Variants", "Main", "!!!", "???"].map { slugger.id(for: $0) }
        #expect(ids == ["steps", "steps-1", "steps-1-1", "steps-2", "variants-1", "main-1", "section", "section-1"])
    }

    @Test(arguments: [
        ("change-contract-manager.md", LinkAddress.guide(id: "change-contract-manager", anchor: nil)),
        ("change-contract-manager.md#steps", .guide(id: "change-contract-manager", anchor: "steps")),
        ("./change-contract-manager.md#", .guide(id: "change-contract-manager", anchor: nil)),
        ("../guides/roles.md#%C3%BCber", .guide(id: "roles", anchor: "über")),
        ("#steps", .sameGuide(anchor: "steps")),
        ("#", .empty),
        ("", .empty),
        ("https://autodesk.com/x", .external),
        ("MAILTO:a@example.com", .external),
        ("tel:+441234", .external),
        ("javascript:alert(1)", .scheme("javascript")),
        ("File:///etc/passwd", .scheme("file")),
        ("//example.com/a", .schemeRelative),
        ("nope.html", .page("nope.html")),
        ("guides/a.md", .page("guides/a.md")),
        ("/index.html#x", .page("/index.html")),
        (".md", .page(".md")),
    ])
    func addressesAreClassified(_ address: String, _ expected: LinkAddress) {
        #expect(LinkAddress(address) == expected)
    }

    /// Headings get their ids from the whole document, so a heading has one id in every version.
    @Test func headingIDsAreTheSameInEveryReadersVersion() {
        let markdown = """
            ## Steps

            <!-- for: manager -->

            ## Steps

            <!-- end -->

            ## Ask {{contract.number}}
            """
        func ids(_ role: String) -> ([String], String) {
            let html = CommonMarkParser.render(
                markdown, edit: .init(remove: H.plan(markdown).removals(for: RoleKey("s", role)), guideID: "g"))
            return (html.anchors, html.filled { "[\($0)]" })
        }
        #expect(ids("manager").0 == ["steps", "steps-1", "ask-contractnumber"])
        #expect(ids("user").0 == ["steps", "ask-contractnumber"])
        #expect(
            ids("user").1
                == "<h2 id=\"rolebook-anchor:steps\">Steps</h2>\n<h2 id=\"rolebook-anchor:ask-contractnumber\">Ask [contract.number]</h2>\n"
        )
        #expect(CommonMarkParser.render("## Steps").anchors == [], "without a guide id, headings have none")
    }

    @Test func linksToGuidesBecomeTokensAndOthersStayAsWritten() {
        let html = CommonMarkParser.render(
            "[a](other.md#steps) [b](#intro) [c](https://example.com) [d](nope.html) ![e](https://example.com/e.png)",
            edit: .init(guideID: "this")
        ).filled { $0 }
        #expect(
            html
                == "<p><a href=\"rolebook-guide:other#steps\">a</a> <a href=\"rolebook-guide:this#intro\">b</a> <a href=\"https://example.com\">c</a> <a href=\"nope.html\">d</a> <img src=\"https://example.com/e.png\" alt=\"e\" /></p>\n"
        )
    }

    @Test func demotedHeadingsLoseTheirIDs() {
        let html = CommonMarkParser.render("# One\n\n## Two\n", edit: .init(guideID: "g")).demotingHeadings(by: 2)
        #expect(html.filled { $0 } == "<h3>One</h3>\n<h4>Two</h4>\n")
    }

    /// Each link is reported where its `[` (or `![`, `<`) is, in the source as written: after a
    /// placeholder, on a lazy continuation line, inside a list and a block quote, by reference.
    @Test func linksAreLocatedAtTheirOpening() throws {
        let marked = MarkedText(
            """
            Ask {{contract.number}} 1️⃣[here](a.md) and 2️⃣<https://example.com>.

            - item
              with 3️⃣[a link](b.md#x)

            > quote
            lazy line 4️⃣![image](c.png)

            Use 5️⃣[the reference][ref] or é 6️⃣[x](y.md).

            [ref]: d.md
            """)
        let links = CommonMarkParser.analyze(marked.text).links
        #expect(links.map(\.address) == ["a.md", "https://example.com", "b.md#x", "c.png", "d.md", "y.md"])
        #expect(links.map(\.isImage) == [false, false, false, true, false, false])
        let expected = try ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"].map { try marked[$0] }
        #expect(links.map { MarkedText.Position(line: $0.line, column: $0.column) } == expected)
    }

    /// Thousands of links on one line are located in linear time (each line's openings found once).
    @Test func manyLinksOnOneLineAreEachLocated() {
        let markdown = String(repeating: "[x](nope.html) ", count: 5_000)
        let links = CommonMarkParser.analyze(markdown).links
        #expect(links.count == 5_000)
        #expect(links.last?.line == 1 && links.last?.column == 4_999 * 15 + 1)
    }
}

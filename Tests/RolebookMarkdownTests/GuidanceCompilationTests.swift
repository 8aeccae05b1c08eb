import RolebookCore
import RolebookMarkdown
import Testing

/// Audience markers and placeholders, found in cmark's parse tree.
@Suite struct GuidanceCompilationTests {
    let keys: Set<RoleKey> = [RoleKey("s", "manager"), RoleKey("s", "coordinator"), RoleKey("s", "user")]

    func plan(_ markdown: String) -> AudiencePlanner.Plan {
        AudiencePlanner(allKeys: keys, path: "guide.md", firstLine: 5) { name in
            ["manager", "coordinator", "user"].contains(name) ? [RoleKey("s", name)] : []
        }.plan(CommonMarkParser.analyze(markdown).outline)
    }

    func render(_ markdown: String, for role: String) -> String {
        let removals = plan(markdown).removals(for: RoleKey("s", role))
        return CommonMarkParser.render(markdown, edit: .init(remove: removals)).filled { "<\($0)>" }
    }

    let guide = """
        Intro for everyone.

        <!-- for: manager -->

        1. Open the page.
        2. Press Assign.

        <!-- for: everyone-else -->

        Ask {{manager.name}}.

        <!-- end -->

        Outro.
        """

    @Test func eachReaderSeesOnlyTheirBlock() {
        let manager = render(guide, for: "manager")
        let user = render(guide, for: "user")
        #expect(manager.contains("Press Assign"))
        #expect(!manager.contains("Ask "))
        #expect(!user.contains("Press Assign"))
        #expect(user.contains("Ask &lt;manager.name&gt;."))
        for html in [manager, user] {
            #expect(html.contains("Intro for everyone.") && html.contains("Outro."))
            #expect(!html.contains("for:"), "markers never reach the page")
        }
    }

    @Test func markerInsideACodeBlockStaysLiteral() {
        let markdown = """
            ```
            <!-- for: manager -->
            {{manager.name}}
            ```

            Visible.
            """
        #expect(plan(markdown).audiences.isEmpty)
        let html = render(markdown, for: "user")
        #expect(html.contains("&lt;!-- for: manager --&gt;"))
        #expect(html.contains("{{manager.name}}"), "placeholders in code stay literal")
        #expect(html.contains("Visible."))
    }

    @Test func markerAsFirstThingInAListItemConditionsTheItem() {
        let markdown = """
            1. Everyone does this.
            2. <!-- for: coordinator -->
               Only coordinators do this.
            3. Everyone again.
            """
        let user = render(markdown, for: "user")
        let coordinator = render(markdown, for: "coordinator")
        #expect(!user.contains("Only coordinators"))
        #expect(coordinator.contains("Only coordinators"))
        #expect(user.components(separatedBy: "<li>").count == 3)
    }

    @Test func markersWorkAroundHeadingsAndInsideNestedLists() {
        let markdown = """
            - Outer item

              <!-- for: manager -->

              ## Manager heading

              Manager text.

              <!-- end -->

            - Second item
            """
        let user = render(markdown, for: "user")
        let manager = render(markdown, for: "manager")
        #expect(!user.contains("Manager heading") && !user.contains("Manager text"))
        #expect(manager.contains("<h2>Manager heading</h2>") && manager.contains("Manager text"))
        #expect(user.contains("Second item"))
    }

    @Test func unknownRoleInAMarkerIsAnErrorAtItsLine() {
        let diagnostics = plan("Text.\n\n<!-- for: nobody -->\n\nHidden.\n\n<!-- end -->\n").diagnostics
        #expect(diagnostics.map(\.description) == ["guide.md:7:1: error: unknown role 'nobody' in audience marker"])
    }

    @Test func flaggedViewLabelsConditionalBlocks() {
        let p = plan(guide)
        let html = CommonMarkParser.render(
            guide,
            edit: .init(
                remove: p.markers,
                flag: p.audiences.mapValues { "For: " + $0.sorted().map(\.description).joined(separator: ", ") })
        )
        .filled { $0 }
        #expect(html.contains("<p class=\"audience-flag\">For: s/manager</p>"))
        #expect(html.contains("Press Assign") && html.contains("Ask manager.name"))
    }

    @Test func hostileValuesAreInsertedAsText() {
        let html = CommonMarkParser.render("Ask {{manager.name}} now.").filled { _ in
            "*Bob* <img src=x onerror=alert(1)> [x](javascript:alert(1))"
        }
        #expect(html.contains("*Bob* &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))"))
        #expect(!html.contains("<img") && !html.contains("<em>") && !html.contains("href=\"javascript"))
    }

    @Test func rawHTMLInGuidanceIsNotRendered() {
        let html = CommonMarkParser.render("<script>alert(1)</script>\n\n[x](javascript:alert(1))").filled { $0 }
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func placeholdersAreFoundWithTheirLines() {
        let uses = CommonMarkParser.analyze("First line\nsecond {{a.name}} line\n\n- item {{contract.number}}")
            .placeholders
        #expect(uses.map(\.name) == ["a.name", "contract.number"])
        #expect(uses.map(\.line) == [2, 4])
        #expect(uses.map(\.column) == [8, 8])
    }

    @Test func frontMatterIsSplitWithLineNumbers() {
        let split = FrontMatter(splitting: "---\ntitle: X\n---\nBody\n")
        #expect(split.yaml == "title: X")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 4)
    }
}

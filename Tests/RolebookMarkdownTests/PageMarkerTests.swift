import RolebookCore
import RolebookMarkdown
import Testing

/// `<!-- on: contract -->` and `<!-- on: generic -->`: text for pages about one contract only, or
/// for pages that belong to no contract only, and the slips around markers that used to pass.
@Suite struct PageMarkerTests {
    typealias H = GuidanceHarness

    let guide = """
        Everyone, everywhere.

        <!-- on: contract -->

        Contract {{contract.number}} only.

        <!-- on: generic -->

        Open your contract's page for its number.

        <!-- end -->

        Outro.
        """

    @Test func eachKindOfPageSeesOnlyItsBlock() {
        #expect(H.diagnostics(guide) == [])
        let contract = H.html(guide, on: .contract)
        let generic = H.html(guide, on: .generic)
        #expect(
            contract.contains("Contract [contract.number] only.") && !contract.contains("Open your contract's page"))
        #expect(!generic.contains("Contract [contract.number]") && generic.contains("Open your contract's page"))
        for html in [contract, generic] {
            #expect(html.contains("Everyone, everywhere.") && html.contains("Outro."))
            #expect(!html.contains("on:"), "markers never reach the page")
        }
    }

    @Test func aRenderingKeepsBothReadingsAndFillsTheOneItsPageNeeds() {
        let plan = H.plan(guide)
        let key = RoleKey("s", "user")
        let html = GuideHTML(
            parts: CommonMarkParser.render(guide, edit: .init(remove: plan.removals(for: key, on: .contract))).parts,
            genericParts: CommonMarkParser.render(guide, edit: .init(remove: plan.removals(for: key, on: .generic)))
                .parts)
        struct Page: GuideValueSource {
            var isContractPage: Bool
            func value(_ name: String, fallback: String?) -> String { isContractPage ? "110002345678" : "?" }
        }
        #expect(html.filled(with: Page(isContractPage: true)).contains("Contract 110002345678 only."))
        #expect(!html.filled(with: Page(isContractPage: false)).contains("Contract"))
        #expect(!html.filled { $0 }.contains("Contract "), "the closure form fills a page without a contract")
        #expect(GuideHTML(parts: [.html("a")], genericParts: [.html("a")]).genericParts == nil, "one reading kept once")
    }

    @Test func audienceAndPageGroupsNestEitherWay() {
        let markdown = """
            <!-- for: manager -->

            Managers everywhere.

            <!-- on: contract -->

            Managers on contract pages.

            <!-- end -->

            Managers again.

            <!-- for: everyone-else -->

            The others.

            <!-- end -->

            <!-- on: generic -->

            <!-- for: user -->

            Users without a contract.

            <!-- end -->

            <!-- end -->
            """
        #expect(H.diagnostics(markdown) == [])
        let managerOnContract = H.html(markdown, for: "manager", on: .contract)
        let managerGeneric = H.html(markdown, for: "manager", on: .generic)
        let userGeneric = H.html(markdown, for: "user", on: .generic)
        let userOnContract = H.html(markdown, for: "user", on: .contract)
        #expect(
            managerOnContract.contains("Managers on contract pages.") && managerOnContract.contains("Managers again."))
        #expect(!managerGeneric.contains("Managers on contract pages.") && managerGeneric.contains("Managers again."))
        #expect(!managerGeneric.contains("Users without a contract."))
        #expect(userGeneric.contains("The others.") && userGeneric.contains("Users without a contract."))
        #expect(!userOnContract.contains("Users without a contract.") && !userOnContract.contains("Managers"))
    }

    @Test func anItemMarkerConditionsItsItemAndTheListIsNumberedForEachPage() {
        let markdown = """
            1. Sign in.
            2. <!-- on: contract -->
               Open contract {{contract.number}}.
            3. <!-- on: generic -->
               Open your contract.
            4. Press **Save**.
            """
        #expect(H.diagnostics(markdown) == [])
        #expect(
            H.html(markdown, on: .contract)
                == "<ol>\n<li>Sign in.</li>\n<li>Open contract [contract.number].</li>\n<li>Press <strong>Save</strong>.</li>\n</ol>\n"
        )
        #expect(
            H.html(markdown, on: .generic)
                == "<ol>\n<li>Sign in.</li>\n<li>Open your contract.</li>\n<li>Press <strong>Save</strong>.</li>\n</ol>\n"
        )
    }

    @Test(arguments: [
        (
            "<!-- on: -->",
            "error: page marker names no kind of page: write '<!-- on: contract -->' or '<!-- on: generic -->'"
        ),
        ("<!-- on: contracts -->", "error: unknown kind of page 'contracts': did you mean '<!-- on: contract -->'?"),
        (
            "<!-- on: everywhere -->",
            "error: unknown kind of page 'everywhere': write 'contract' (pages about one contract) or 'generic' (pages that belong to no contract)"
        ),
        (
            "<!-- on: contract, generic -->",
            "error: a block for both kinds of page is shown everywhere: leave out the '<!-- on: ... -->' marker"
        ),
        (
            "<!-- on: contract guide -->",
            "error: page marker names more than one kind of page: write '<!-- on: contract -->' or '<!-- on: generic -->'"
        ),
        ("<!-- on contract -->", "error: misspelt audience marker: did you mean '<!-- on: contract -->'?"),
        ("<!-- On: generic -->", "error: misspelt audience marker: did you mean '<!-- on: generic -->'?"),
        ("<!-- no: generc -->", "error: misspelt audience marker: did you mean '<!-- on: generic -->'?"),
        ("<!-- on : contract -->", "error: misspelt audience marker: did you mean '<!-- on: contract -->'?"),
        (
            "<!-- on: contract --> Text.",
            "error: text after an audience marker is not shown: put the marker on a line of its own"
        ),
    ])
    func aPageMarkerMistakeIsAnErrorAtTheMarker(marker: String, message: String) {
        let markdown = "Intro.\n\n\(marker)\n\nText.\n\n<!-- end -->\n"
        #expect(H.diagnostics(markdown) == ["guide.md:3:1: \(message)"])
    }

    @Test(arguments: ["<!-- on hold -->", "<!-- one contract left -->", "<!-- note: contract -->", "<!-- no -->"])
    func commentsThatOnlyStartLikeAPageMarkerStayAllowed(comment: String) {
        #expect(H.diagnostics("Intro.\n\n\(comment)\n\nText.\n") == [])
    }

    @Test func aMisspeltEndIsCaughtLikeAnyOtherMarker() {
        let markdown = "<!-- on: contract -->\n\nContract only.\n\n<!-- ende -->\n\nEveryone.\n"
        #expect(
            H.diagnostics(markdown) == ["guide.md:5:1: error: misspelt audience marker: did you mean '<!-- end -->'?"])
        #expect(H.html(markdown, on: .generic).contains("Everyone."), "obeyed as the end it was meant to be")
    }

    @Test func aKindTwiceInOneGroupAndAGroupLeftOpenAreReported() {
        let markdown = """
            <!-- on: contract -->

            A.

            <!-- on: contract -->

            B.

            <!-- end -->

            <!-- on: generic -->

            C.
            """
        #expect(
            H.diagnostics(markdown) == [
                "guide.md:5:1: error: this group already has an '<!-- on: contract -->' block: close the group with '<!-- end -->' first",
                "guide.md:11:1: warning: page group is not closed with '<!-- end -->': this block runs to the end of the document",
            ])
    }

    @Test func aBlockForTheOtherKindOfPageInsideOneIsAWarning() {
        let markdown = """
            <!-- on: contract -->

            - <!-- on: generic -->
              Never shown.

            <!-- end -->

            <!-- on: generic -->

            <!-- for: manager -->

            <!-- on: contract -->

            Never shown either.

            <!-- end -->

            <!-- end -->

            <!-- end -->
            """
        #expect(
            H.diagnostics(markdown) == [
                "guide.md:3:3: warning: no page shows this block: it is inside an '<!-- on: contract -->' block",
                "guide.md:12:1: warning: no page shows this block: it is inside an '<!-- on: generic -->' block",
            ])
        for page in AudiencePlanner.PageKind.allCases {
            #expect(!H.html(markdown, for: "manager", on: page).contains("Never shown"))
        }
    }

    @Test func aMarkerWithoutBlankLinesAroundItIsAWarning() {
        let markdown = """
            Text above.
            <!-- for: manager -->

            Managers.

            <!-- on: contract -->
            Contract pages.
            <!-- end -->
            Text below.

            <!-- end -->
            """
        #expect(
            H.diagnostics(markdown) == [
                "guide.md:2:1: warning: marker has no blank line before it: put one there, so the marker stands on its own between blocks",
                "guide.md:6:1: warning: marker has no blank line after it: put one there, so the marker stands on its own between blocks",
                "guide.md:8:1: warning: marker has no blank line before and after it: put one there, so the marker stands on its own between blocks",
            ])
        #expect(!H.html(markdown).contains("Managers"), "a warning: the marker still works")
    }

    @Test func blankLinesAreAskedForInBlockQuotesButNotInListItemsOrAtTheEdges() {
        let quoted = "> Quote.\n> <!-- for: manager -->\n>\n> Managers.\n>\n> <!-- end -->\n"
        #expect(
            H.diagnostics(quoted) == [
                "guide.md:2:3: warning: marker has no blank line before it: put one there, so the marker stands on its own between blocks"
            ])
        let tight = "1. Step.\n   <!-- for: manager -->\n   Managers.\n   <!-- end -->\n2. Next.\n"
        #expect(H.diagnostics(tight) == [], "a blank line would make the list loose")
        #expect(H.diagnostics("<!-- on: contract -->\n\nFirst.\n\n<!-- end -->") == [])
    }

    @Test func theLocationsOfAudienceBlocksAreKnownForEveryBlockInside() {
        let markdown = "<!-- for: manager -->\n\n- One\n- > Two\n\n<!-- end -->\n\nThree.\n"
        let plan = H.plan(markdown)
        #expect(plan.audience(of: [1, 1, 0, 0]) == [RoleKey("s", "manager")])
        #expect(plan.audience(of: [3]) == nil)
    }
}

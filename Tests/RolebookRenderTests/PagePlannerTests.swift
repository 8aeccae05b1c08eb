import RolebookCore
import RolebookRender
import RolebookSource
import Testing

/// The planner decides every page from the model: the exact routes for a small model, the batch
/// a person's page goes to, and what `reports` adds.
@Suite struct PagePlannerTests {
    static let files = [
        SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\n"),
        SourceFile(
            path: "content/roles/v.yaml",
            text: """
                id: v
                name: Vendor view
                vendor: V
                roles:
                  - {id: owner, name: Owner, summary: Owns it., scope: contract, min_per_scope: 1, max_per_scope: 1}
                  - {id: user, name: User, summary: Uses it., scope: contract}
                """),
        SourceFile(
            path: "content/companies/c.yaml",
            text: """
                id: c
                name: C Ltd
                people:
                  - {id: ann, name: Ann, email: ann@c.example.com}
                  - {id: bo, name: Bo, email: bo@c.example.com}
                contracts:
                  - id: k1
                    contract_number: "1"
                    vendor: V
                    role_set: v
                    start: 2026-01-01
                    end: 2027-01-01
                    channel: direct
                    assignments:
                      - {role: owner, person: ann}
                      - {role: user, person: bo}
                """),
        SourceFile(path: "content/people/others.yaml", text: "- {id: cy, name: Cy, email: cy@x.example.com}\n"),
        SourceFile(path: "content/guides/help.md", text: "---\ntitle: Help\n---\nText.\n"),
    ]

    func model() throws -> SiteModel {
        let (model, diagnostics) = ModelResolver().resolve(ContentLoader().load(Self.files))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return try #require(model)
    }

    @Test func listsEveryRouteOfASmallModelOnce() throws {
        let batches = PagePlanner().batches(try model())
        #expect(
            batches.map { $0.map(\.path) } == [
                [
                    "index.html", "guides/index.html", "roles/index.html", "authors/index.html", "people/index.html",
                    "contracts/index.html", "actions/index.html", "roles/v/owner.html", "roles/v/user.html",
                    "guides/help.html", "authors/help.html", "guides/help/v/owner.html", "guides/help/v/user.html",
                    "people/cy.html",
                ],
                [
                    "companies/c.html", "companies/c/contacts.html", "companies/c/actions.html", "contracts/k1.html",
                    "contracts/k1/owner.html", "contracts/k1/user.html", "people/ann.html", "people/bo.html",
                ],
            ])
    }

    @Test func reportsAddACompanyReportAndAPacketPerPerson() throws {
        let model = try model()
        let plain = Set(PagePlanner().plan(model).map(\.path))
        let withReports = Set(PagePlanner().plan(model, reports: true).map(\.path))
        #expect(
            withReports.subtracting(plain) == [
                "reports/c.html", "packets/ann.html", "packets/bo.html", "packets/cy.html",
            ])
    }
}

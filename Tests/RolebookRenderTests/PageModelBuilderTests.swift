import RolebookCore
import RolebookRender
import RolebookSource
import Testing

/// View models built without a theme: what a page says is decided by the builder, and can be read
/// here field by field; drawing is the templates' job.
@Suite struct PageModelBuilderTests {
    /// One contract with an owner, a coordinator role per asset that the owner stands in for, and
    /// two assets: one coordinated by Bo (who has left), one by nobody.
    static let files = [
        SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-12-01\nrenewal_window_days: 90\n"),
        SourceFile(
            path: "content/roles/v.yaml",
            text: """
                id: v
                name: Vendor view
                vendor: V
                roles:
                  - {id: owner, name: Owner, summary: Owns it., scope: contract, min_per_scope: 1, max_per_scope: 1}
                  - {id: coordinator, name: Coordinator, summary: Hands out access., scope: asset, max_per_scope: 1,
                     stand_in: owner}
                """),
        SourceFile(
            path: "content/resellers/r.yaml",
            text: "id: r\nname: R Partners\ncontacts:\n  - {purpose: renewals, email: renew@r.example.com}\n"),
        SourceFile(
            path: "content/companies/c.yaml",
            text: """
                id: c
                name: C Ltd
                reseller: r
                people:
                  - {id: ann, name: Ann, email: ann@c.example.com}
                  - {id: bo, name: Bo, email: bo@c.example.com, status: departed}
                contracts:
                  - id: k1
                    contract_number: "1001"
                    vendor: V
                    role_set: v
                    start: 2026-01-01
                    end: 2026-12-02
                    channel: reseller
                    assignments:
                      - {role: owner, person: ann}
                    assets:
                      - id: a1
                        product: Alpha
                        serial_number: 111-1
                        assignments:
                          - {role: coordinator, person: bo}
                      - {id: a2, product: Beta}
                """),
        SourceFile(
            path: "content/contacts.yaml",
            text: """
                topics:
                  - id: access
                    name: Access
                    chains:
                      v: [coordinator, reseller:billing, reseller:renewals]
                """),
    ]

    static func builder() throws -> PageModelBuilder {
        let (model, diagnostics) = ModelResolver().resolve(ContentLoader().load(files))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return PageModelBuilder(index: SiteIndex(model: try #require(model)), strings: .english)
    }

    /// A team whose subscriptions are all on the company's other team: its members' roles are
    /// named by the team, not as "User on " with an empty list of contracts.
    @Test func aRoleInATeamWithoutContractsNamesTheTeam() throws {
        let files = [
            SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-12-01\n"),
            SourceFile(
                path: "content/roles/t.yaml",
                text: """
                    id: t
                    name: Team view
                    vendor: V
                    roles:
                      - {id: admin, name: Admin, summary: Runs the team., scope: team, min_per_scope: 1, max_per_scope: 1}
                      - {id: user, name: User, summary: Uses it., scope: team}
                    """),
            SourceFile(
                path: "content/companies/c.yaml",
                text: """
                    id: c
                    name: C Ltd
                    people:
                      - {id: ann, name: Ann, email: ann@c.example.com}
                      - {id: cy, name: Cy, email: cy@c.example.com}
                    teams:
                      - id: main
                        name: Main office
                        role_set: t
                        assignments: [{role: admin, person: ann}, {role: user, person: cy}]
                      - id: west
                        name: West office
                        role_set: t
                        assignments: [{role: admin, person: ann}, {role: user, person: cy}]
                    contracts:
                      - id: k1
                        subscription_id: "7001"
                        vendor: V
                        role_set: t
                        team: main
                        start: 2026-01-01
                        end: 2026-12-31
                        channel: direct
                    """),
        ]
        let (model, diagnostics) = ModelResolver().resolve(ContentLoader().load(files))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        let builder = PageModelBuilder(index: SiteIndex(model: try #require(model)), strings: .english)
        let rows = builder.companyPage("c", root: "../").people
        let cy = try #require(rows.first { $0.person.name == "Cy" })
        #expect(cy.roles.hasPrefix("User on "), "the team with a contract: \(cy.roles)")
        #expect(cy.roles.hasSuffix("; User in the team West office"), "\(cy.roles)")
        #expect(!rows.contains { $0.roles.contains(" on ;") || $0.roles.hasSuffix(" on ") })
    }

    @Test func aContractPageNamesItsFactsAndItsRenewalInWords() throws {
        let page = try Self.builder().contractPage("k1", root: "../")
        #expect(page.chrome.pageTitle == "Contract Alpha, Beta · 1001")
        #expect(page.chrome.breadcrumbs.map(\.label) == ["Home", "C Ltd"])
        #expect(page.facts.first { $0.label == "Ends" }?.value == "2 Dec 2026")
        #expect(page.facts.first { $0.label == "Bought through" }?.value == "Reseller")
        // One day left: the singular, and the contract does not renew by itself.
        #expect(
            page.nearRenewal
                == "This contract ends in 1 day, on 2 Dec 2026, and does not renew automatically: renew it in time.")
    }

    @Test func holdersAreCardsNotHTMLAndTheStandInIsNamedPerAsset() throws {
        let page = try Self.builder().contractPage("k1", root: "../")
        let coordinator = try #require(page.roles.first { $0.name == "Coordinator" })
        #expect(coordinator.units.map(\.label) == ["Alpha, serial 111-1", "Beta"])
        #expect(coordinator.units.map { $0.people.map(\.name) } == [["Bo"], ["Ann"]])
        #expect(coordinator.units.map(\.standIn) == [nil, "No Coordinator is assigned; the Owner stands in."])
        // Drawing fills these in; the builder never draws.
        #expect(coordinator.units.allSatisfy { $0.peopleHTML.isEmpty })
        #expect(page.contactTableHTML.isEmpty && page.contactTable.key == "../|k1|")
    }

    @Test func contactRowsSayWhyEachStepWasPassedOver() throws {
        let rows = try Self.builder().contractPage("k1", root: "../").contactTable.contacts
        #expect(rows.map(\.topic) == ["Access"])
        let access = try #require(rows.first)
        #expect(access.first?.label == "R Partners, renewals")
        #expect(access.first?.contact?.email == "renew@r.example.com")
        #expect(!access.hasThen)
        // Why the first contact is the reseller's renewals desk: said beside it, in chain order.
        #expect(
            access.first?.passedOver == [
                "Bo, Coordinator for Alpha, serial 111-1, has left the company.",
                "No Coordinator is assigned for Beta, so the next contact is asked.",
                "No reseller billing contact is on record.",
            ])
    }

    @Test func theModelLayerResolvesTheSameRouteTheJSONExportReads() throws {
        let builder = try Self.builder()
        let contract = try #require(builder.index.contractsByID["k1"])
        let route = try #require(builder.index.model.contactRoutes(for: contract).first)
        guard case .departed(let person, let role, let asset)? = route.skipped.first else {
            Issue.record("first skip is \(String(describing: route.skipped.first))")
            return
        }
        #expect([person.id, role.id, asset?.id] == ["bo", "coordinator", "a1"])
        #expect(route.steps.count == 1)
    }

    @Test func aPersonPageListsWhatTheyHoldAndLeavesTheAdviceUndrawn() throws {
        let page = try Self.builder().personPage("ann", root: "../")
        #expect(page.chrome.breadcrumbs.map(\.label) == ["Home", "People"])
        #expect(page.held.map(\.role.label) == ["Owner"])
        #expect(page.advice.map(\.contract.label) == ["Alpha, Beta · 1001"])
        #expect(page.advice.allSatisfy { $0.adviceHTML.isEmpty && !$0.advice.key.isEmpty })
    }

    @Test func roleFactsSpellOutCardinalityAndStandIn() throws {
        let page = try Self.builder().rolePage(RoleKey("v", "coordinator"), root: "../../")
        #expect(page.role.scope == "Held per asset")
        #expect(page.role.cardinality == "At most one per asset. When nobody holds it, the Owner stands in")
        #expect(page.groups.flatMap(\.holders).map(\.company.label) == ["C Ltd"])
    }
}

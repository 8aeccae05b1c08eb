import Foundation
import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing

@testable import RolebookRender

/// What pages say about roles and contracts: a counterpart is worded as the same role or as the
/// nearest equivalent, as the data says; a rule shows with its era; a departed holder's note
/// reaches only the contracts it is true of; and the contract facts name the buying experience
/// from the channel and the identifiers, never "classic" for an online-store subscription.
@Suite struct RoleFactsTests {
    static let files = [
        SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-11-23\n"),
        SourceFile(
            path: "content/roles/classic.yaml",
            text: """
                id: classic
                name: Classic view
                vendor: Acme
                roles:
                  - id: manager
                    name: Manager
                    long_name: Manager (owner)
                    other_names: [owner]
                    summary: Owns the contract.
                    scope: contract
                    min_per_scope: 1
                    max_per_scope: 1
                    counterparts:
                      - {role: online/owner, relation: same-role, note: One role under two names.}
                      - {role: online/lead-admin, relation: nearest-equivalent, note: Similar work.}
                    when_holder_leaves:
                      - when: {channel: reseller, buying_experience: classic}
                        text: Ask the reseller.
                      - when: {channel: online-store}
                        text: Buy a new subscription.
                      - when: {channel: [reseller, direct], buying_experience: "2024"}
                        text: Contact support.
                      - text: Notices go to the old address.
                  - id: coordinator
                    name: Coordinator
                    summary: Looks after software.
                    scope: asset
                    max_per_scope: 1
                    stand_in: manager
                    rules_by_era:
                      - {era: "2013", rule: One per serial number.}
                      - {era: Today, rule: One per contract.}
                    when_holder_leaves: The Manager names a new one.
                """),
        SourceFile(
            path: "content/roles/online.yaml",
            text: """
                id: online
                name: Online view
                vendor: Acme
                roles:
                  - id: owner
                    name: Owner
                    long_name: Owner (formerly Manager)
                    other_names: [manager]
                    summary: Owns the subscription.
                    scope: contract
                    counterparts:
                      - {role: classic/manager, relation: same-role, note: Formerly the Manager.}
                  - id: lead-admin
                    name: Lead admin
                    summary: Runs the users.
                    scope: contract
                    counterparts:
                      - {role: classic/manager, relation: nearest-equivalent, note: The Manager did this.}
                """),
        SourceFile(
            path: "content/companies/c.yaml",
            text: """
                id: c
                name: C Ltd
                people:
                  - {id: ann, name: Ann, email: ann@c.example.com}
                  - {id: bo, name: Bo, email: bo@c.example.com, status: departed}
                contracts:
                  - {id: reseller-number, contract_number: "110", subscription_id: "700", vendor: Acme,
                     role_set: classic, start: 2024-01-01, end: 2027-06-30, channel: reseller,
                     assignments: [{role: manager, person: bo}]}
                  - {id: reseller-2024, subscription_id: "720", vendor: Acme, role_set: classic,
                     start: 2025-01-01, end: 2027-06-30, channel: reseller, buying_experience: "2024",
                     assignments: [{role: manager, person: bo}]}
                  - {id: online, subscription_id: "721", vendor: Acme, role_set: classic, start: 2026-01-01,
                     end: 2027-06-30, channel: online-store, auto_renew: true,
                     assignments: [{role: manager, person: bo}]}
                  - {id: online-2024, subscription_id: "722", vendor: Acme, role_set: classic,
                     start: 2026-01-01, end: 2027-06-30, channel: online-store, buying_experience: "2024",
                     assignments: [{role: manager, person: bo}]}
                  - {id: direct-number, contract_number: "111", vendor: Acme, role_set: classic,
                     start: 2024-01-01, end: 2027-06-30, channel: direct,
                     assignments: [{role: manager, person: bo}]}
                  - {id: reseller-id-only, subscription_id: "723", vendor: Acme, role_set: classic,
                     start: 2024-01-01, end: 2027-06-30, channel: reseller,
                     assignments: [{role: manager, person: bo}]}
                  - id: owned
                    contract_number: "112"
                    vendor: Acme
                    role_set: online
                    start: 2024-01-01
                    end: 2027-06-30
                    channel: reseller
                    assets: [{id: cad, product: CAD, serial_number: "399-1"}]
                    assignments: [{role: owner, person: ann}, {role: lead-admin, person: ann}]
                """),
    ]

    static let builder: PageModelBuilder = {
        let (model, diagnostics) = ModelResolver().resolve(ContentLoader().load(files))
        precondition(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return PageModelBuilder(index: SiteIndex(model: model!), strings: .english)
    }()

    func role(_ roleSetID: String, _ roleID: String) throws -> RoleDefinition {
        try #require(Self.builder.model.role(roleSetID, roleID))
    }

    func contract(_ id: String) throws -> Contract {
        try #require(Self.builder.index.contractsByID[id])
    }

    // MARK: - Counterparts

    @Test func aCounterpartIsTheSameRoleOrOnlyTheNearestEquivalentAsTheDataSays() throws {
        let facts = Self.builder.roleFacts(try role("classic", "manager"))
        #expect(facts.counterparts.map(\.link.label) == ["Owner", "Lead admin"])
        #expect(facts.counterparts.map(\.isSameRole) == [true, false])
        #expect(facts.counterparts.map(\.roleSet) == ["Online view", "Online view"])
        #expect(Self.builder.roleFacts(try role("online", "owner")).counterparts.map(\.isSameRole) == [true])
        #expect(Self.builder.roleFacts(try role("online", "lead-admin")).counterparts.map(\.isSameRole) == [false])
    }

    @Test func onlyTheSameRoleCarriesItsNamesAcrossRoleSets() throws {
        #expect(try role("classic", "manager").sameRoleKeys == [RoleKey("online", "owner")])
        #expect(try role("online", "lead-admin").sameRoleKeys.isEmpty)
    }

    /// The wording lives in the theme, so the role pages are drawn with the default theme.
    @Test func theRolePageWordsEachRelationAndNeverCallsTheSameRoleAnother() throws {
        let sameRole = try rolePage(RoleKey("classic", "manager"))
        #expect(
            sameRole.contains(
                #"<strong>The same role as the <a href="../../roles/online/owner.html">Owner</a> (Online view), under another name.</strong> One role under two names."#
            ))
        #expect(
            sameRole.contains(
                #"<strong>Nearest equivalent in Online view: the <a href="../../roles/online/lead-admin.html">Lead admin</a>, a different role.</strong> Similar work."#
            ))
        #expect(!sameRole.contains("Not the same role"))
        let nearest = try rolePage(RoleKey("online", "lead-admin"))
        #expect(nearest.contains("Nearest equivalent in Classic view: the"))
        #expect(!nearest.contains("The same role as"))
    }

    func rolePage(_ key: RoleKey) throws -> String {
        let folder = TestPaths.packageRoot.appendingPathComponent("themes/default/templates")
        var templates: [String: (text: String, path: String)] = [:]
        for name in TestPaths.files(under: folder) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            templates[String(name.dropLast(".mustache".count))] = (text, name)
        }
        let (theme, problems) = CompiledTheme.compile(Theme(templates: templates, assets: [:]), strings: .english)
        #expect(problems.isEmpty, "\(problems)")
        let renderer = PageRenderer(index: Self.builder.index, theme: try #require(theme), options: RenderOptions())
        let page = try #require(PagePlanner().plan(Self.builder.model).first { $0.kind == .role(key) })
        return renderer.render(page)
    }

    // MARK: - Names, eras and departures

    @Test func pagesNameARoleByItsLongNameAndTitleItByItsName() throws {
        let ann = try #require(Self.builder.model.peopleByID["ann"])
        #expect(Self.builder.rolesSummary(ann) == "Owner (formerly Manager) on CAD · 112; Lead admin on CAD · 112")
        let page = Self.builder.contractRolePage("owned", RoleKey("online", "lead-admin"), root: "../../")
        #expect(page.otherRoles.map(\.label) == ["Owner (formerly Manager)"])
        #expect(
            Self.builder.contractRolePage("owned", RoleKey("online", "owner"), root: "").chrome.pageTitle
                == "Owner on CAD · 112")
        #expect(try role("classic", "coordinator").longName == "Coordinator", "without long_name, the name")
    }

    @Test func aRuleTheErasDisagreeOnShowsEachEra() throws {
        let facts = Self.builder.roleFacts(try role("classic", "coordinator"))
        #expect(facts.eraRules.map(\.era) == ["2013", "Today"])
        #expect(facts.eraRules.map(\.rule) == ["One per serial number.", "One per contract."])
        #expect(facts.cardinality.hasPrefix("At most one per asset"))
        #expect(Self.builder.roleFacts(try role("classic", "manager")).eraRules.isEmpty)
    }

    @Test func theRolePageLabelsEachDepartureNoteWithTheContractsItIsFor() throws {
        let notes = Self.builder.roleFacts(try role("classic", "manager")).whenHolderLeaves
        #expect(
            notes.map(\.appliesTo) == [
                "Bought through a reseller, with a contract number (before June 2024)",
                "Bought in the online store",
                "Bought through a reseller or directly from the vendor, in the new buying experience (since June 2024)",
                nil,
            ])
        #expect(
            notes.map(\.text) == [
                "Ask the reseller.", "Buy a new subscription.", "Contact support.", "Notices go to the old address.",
            ])
        let single = Self.builder.roleFacts(try role("classic", "coordinator")).whenHolderLeaves
        #expect(single.map(\.appliesTo) == [nil])
        #expect(single.map(\.text) == ["The Manager names a new one."])
    }

    @Test(arguments: [
        ("reseller-number", "Ask the reseller. Notices go to the old address."),
        ("reseller-2024", "Contact support. Notices go to the old address."),
        ("online", "Buy a new subscription. Notices go to the old address."),
        ("direct-number", "Notices go to the old address."),
    ])
    func aDepartedHolderGetsOnlyTheNotesTrueOfTheirContract(_ id: String, _ expected: String) throws {
        let manager = try role("classic", "manager")
        #expect(Self.builder.whenHolderLeaves(manager, on: try contract(id)) == expected)
    }

    @Test func theOnlineStoreRuleNeverReachesAResellerContractsBanner() throws {
        for id in ["reseller-number", "reseller-2024", "direct-number"] {
            let page = Self.builder.contractPage(id, root: "../")
            #expect(page.vacancies.count == 1)
            #expect(page.vacancies.allSatisfy { !($0.takeover ?? "").contains("Buy a new subscription") })
        }
        let company = try #require(Self.builder.model.companiesByID["c"])
        let manager = try role("classic", "manager")
        #expect(
            manager.whenHolderLeaves(for: .contract("online"), in: company)
                == "Buy a new subscription. Notices go to the old address.")
        #expect(
            manager.whenHolderLeaves == "Notices go to the old address.", "with no contract, only what is always true")
    }

    // MARK: - Contract facts

    /// (contract, identifier facts, bought through, buying experience or nil when none is shown).
    static let purchases: [(String, [String], String, String?)] = [
        (
            "reseller-number", ["Contract number: 110", "Subscription ID: 700"], "Reseller",
            "Contract number (before June 2024)"
        ),
        ("reseller-2024", ["Subscription ID: 720"], "Reseller", "New buying experience (since June 2024)"),
        ("online", ["Subscription ID: 721"], "Online store", nil),
        ("online-2024", ["Subscription ID: 722"], "Online store", nil),
        ("direct-number", ["Contract number: 111"], "Direct", "Contract number (before June 2024)"),
        ("reseller-id-only", ["Subscription ID: 723"], "Reseller", nil),
    ]

    @Test(arguments: purchases)
    func theBuyingExperienceFollowsTheChannelAndTheIdentifiers(
        _ id: String, _ identifiers: [String], _ channel: String, _ experience: String?
    ) throws {
        let contract = try contract(id)
        let company = try #require(Self.builder.index.company(of: contract))
        let facts = Self.builder.contractFacts(contract, company: company)
        let shown = Dictionary(facts.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(
            facts.filter { ["Contract number", "Subscription ID"].contains($0.label) }.map {
                "\($0.label): \($0.value)"
            }
                == identifiers)
        #expect(shown["Bought through"] == channel)
        #expect(shown["Buying experience"] == experience)
        #expect(shown["Managed in"] == "Classic view", "the view is named apart from the buying experience")
        #expect(!facts.contains { $0.label == "Buying experience" && $0.value.lowercased().contains("classic") })
    }
}

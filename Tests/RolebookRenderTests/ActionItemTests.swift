import RolebookCore
import RolebookRender
import RolebookSource
import Testing

/// The action rule (``SiteModel/actionItems(for:)``) on a small site with one item of each kind,
/// read back through the real loader and resolver: what is wrong, who fixes it, and the contract ×
/// role page where they do; and the audit page of a company with nothing to do.
@Suite struct ActionItemTests {
    static func files(company: String) -> [SourceFile] {
        [
            SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\nrenewal_window_days: 90\n"),
            SourceFile(
                path: "content/roles/v.yaml",
                text: """
                    id: v
                    name: Vendor view
                    vendor: V
                    roles:
                      - id: manager
                        name: Manager
                        summary: Owns it.
                        scope: contract
                        min_per_scope: 1
                        max_per_scope: 1
                        assigned_by: [manager]
                        when_holder_leaves: Ask the vendor to name a new Manager.
                      - id: coordinator
                        name: Coordinator
                        summary: Looks after a product.
                        scope: asset
                        max_per_scope: 1
                        recommended_max_per_company: 1
                        stand_in: manager
                        assigned_by: [manager]
                      - id: user
                        name: User
                        summary: Uses it.
                        scope: contract
                        assigned_by: [coordinator, manager]
                    """),
            SourceFile(path: "content/companies/c.yaml", text: company),
        ]
    }

    /// k1 ends in 22 days without renewing; its User Ann has left, and one of its assets has no
    /// Coordinator. k2 has ended, and its Manager is Ann. Cy and Dee are two Coordinators where
    /// one is recommended.
    static let everyKind = """
        id: c
        name: C Ltd
        people:
          - {id: ann, name: Ann, email: ann@c.example.com, status: departed}
          - {id: bo, name: Bo, email: bo@c.example.com}
          - {id: cy, name: Cy, email: cy@c.example.com}
          - {id: dee, name: Dee, email: dee@c.example.com}
        contracts:
          - id: k1
            contract_number: "1001"
            vendor: V
            role_set: v
            start: 2025-02-01
            end: 2026-02-01
            channel: direct
            assets:
              - id: a1
                product: Alpha
                assignments: [{role: coordinator, person: cy}]
              - id: a2
                product: Beta
                serial_number: "22-2"
            assignments:
              - {role: manager, person: bo}
              - {role: user, person: ann}
          - id: k2
            contract_number: "1002"
            vendor: V
            role_set: v
            start: 2025-01-01
            end: 2025-12-31
            channel: direct
            assets:
              - id: a3
                product: Gamma
                assignments: [{role: coordinator, person: dee}]
            assignments:
              - {role: manager, person: ann}
        """

    func model(_ company: String) throws -> SiteModel {
        let (model, diagnostics) = ModelResolver().resolve(ContentLoader().load(Self.files(company: company)))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return try #require(model)
    }

    @Test func findsEachKindWithWhoFixesItAndWhere() throws {
        let model = try model(Self.everyKind)
        let items = model.actionItems(for: model.companiesByID["c"]!)
        // What, on which contract, fixed by which role (and who holds it, still here) on which page.
        let summary = items.map { item -> String in
            let what: String =
                switch item.problem {
                case .departedHolder(let person, let role, let scope): "departed \(person.id) \(role.id) \(scope.id)"
                case .standingIn(let role, let standIn, let asset):
                    "standing-in \(role.id) \(standIn.id) \(asset?.id ?? "-")"
                case .renewalDue(let days): "renewal-due \(days)"
                case .ended(let days): "ended \(days)"
                case .overRecommended(let role, let holders, let limit):
                    "over \(role.id) \(holders.map(\.id).joined(separator: ",")) \(limit)"
                }
            let fixes = item.fixes.map { "\($0.role.id)[\($0.people.map(\.id).joined(separator: ","))] \($0.route)" }
            return "\(what) @\(item.contract?.id ?? "-"): " + fixes.joined(separator: "; ")
        }
        #expect(
            summary == [
                // The User is assigned by a Coordinator first: one is still here on k1.
                "departed ann user k1 @k1: coordinator[cy] contracts/k1/coordinator.html",
                // The Manager assigns the Manager, and nobody who holds it is left to act.
                "departed ann manager k2 @k2: manager[] contracts/k2/manager.html",
                // Dates, soonest first: the contract that has ended, then the one due.
                "ended 10 @k2: manager[] contracts/k2/manager.html",
                "renewal-due 22 @k1: manager[bo] contracts/k1/manager.html",
                "standing-in coordinator manager a2 @k1: manager[bo] contracts/k1/manager.html",
                // Fixed where the role is held: on each contract with a Coordinator.
                "over coordinator cy,dee 1 @-: manager[bo] contracts/k1/manager.html; manager[] contracts/k2/manager.html",
            ])
    }

    @Test func theResolverWarnsAboutTheSameThings() throws {
        let (_, diagnostics) = ModelResolver().resolve(ContentLoader().load(Self.files(company: Self.everyKind)))
        let warnings = diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.count == 6, "\(warnings)")
        #expect(warnings.contains("asset 'a2' has no Coordinator; the Manager (Bo) stands in"))
        #expect(warnings.contains("company 'c' has 2 different Coordinator holders; at most 1 are recommended"))
    }

    @Test func itemsAreWordedWithTheFixPageAndWhomToContactInstead() throws {
        let model = try model(Self.everyKind)
        let page = PageModelBuilder(index: SiteIndex(model: model), strings: .english).actionsPage(
            company: "c", root: "../../")
        #expect(page.title == "What needs action at C Ltd")
        #expect(page.summary == "6 things need someone's action.")
        let items = try #require(page.groups.first?.items)
        #expect(items[1].problem == "Ann has left but still holds Manager on contract 1002.")
        #expect(items[1].advice == "Ask the vendor to name a new Manager.")
        #expect(items[1].fixes.first?.nobody == "Nobody who holds it is still here.")
        #expect(items[1].fixes.first?.page == "Manager on 1002")
        #expect(items[4].problem == "Beta, serial 22-2 on contract 1001 has no Coordinator; the Manager stands in.")
        #expect(items[4].fixes.first?.people.map(\.name) == ["Bo"])
        #expect(items[4].fixes.first?.href == "contracts/k1/manager.html")
    }

    @Test func aCompanyWithNothingToDoSaysSoPlainly() throws {
        let calm = """
            id: c
            name: C Ltd
            people:
              - {id: bo, name: Bo, email: bo@c.example.com}
            contracts:
              - id: k1
                contract_number: "1001"
                vendor: V
                role_set: v
                start: 2025-02-01
                end: 2027-02-01
                channel: direct
                assignments:
                  - {role: manager, person: bo}
            """
        let model = try model(calm)
        #expect(model.actionItems(for: model.companiesByID["c"]!).isEmpty)
        let builder = PageModelBuilder(index: SiteIndex(model: model), strings: .english)
        let page = builder.actionsPage(company: "c", root: "../../")
        #expect(page.isEmpty && page.groups.isEmpty)
        #expect(page.summary == "Nothing needs anyone's action at C Ltd.")
        #expect(builder.siteActionsPage("", root: "../").summary == "Nothing needs anyone's action.")
    }
}

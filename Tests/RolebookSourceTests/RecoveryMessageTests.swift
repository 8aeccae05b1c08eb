import RolebookCore
import RolebookSource
import Testing

/// One mistake, one message: unknown keys name each known key once and the likely one meant, and
/// a role definition with a bad field is kept so that what names the role still resolves.
@Suite struct RecoveryMessageTests {
    static let site = SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\n")

    func resolve(_ files: [SourceFile]) -> [String] {
        ModelResolver().resolve(ContentLoader().load([Self.site] + files)).diagnostics.map(\.description)
    }

    // MARK: - Unknown keys

    @Test func unknownKeyListsEachKnownKeyOnceAndSuggestsTheClosest() {
        // The reseller contact asks for phone, email and url twice (once to read, once to check
        // that one is there), the person for email and status twice.
        let reseller = SourceFile(
            path: "content/resellers/r.yaml",
            text: """
                id: r
                name: R
                contacts:
                  - {purpose: sales, emial: a@r.example.com, phone: '1'}
                """)
        let people = SourceFile(
            path: "content/people/p.yaml",
            text: """
                - {id: ann, name: Ann, email: ann@example.com, stauts: departed}
                """)
        #expect(
            resolve([reseller, people]) == [
                "content/people/p.yaml:1:48: error: unknown key 'stauts' in person (known keys: email, id, name, phone, status, title); did you mean 'status'?",
                "content/resellers/r.yaml:4:22: error: unknown key 'emial' in reseller contact (known keys: email, hours, name, phone, purpose, url); did you mean 'email'?",
            ])
    }

    @Test func unknownKeyFarFromEveryKnownKeyGetsNoGuess() {
        let reseller = SourceFile(
            path: "content/resellers/r.yaml",
            text: "id: r\nname: R\nwebsite: x\ncontacts: [{purpose: sales, phone: '1'}]\n")
        #expect(
            resolve([reseller]) == [
                "content/resellers/r.yaml:3:1: error: unknown key 'website' in reseller (known keys: account_number, contacts, id, name)"
            ])
    }

    @Test func valueOutsideAnEnumerationSuggestsTheClosest() {
        let reseller = SourceFile(
            path: "content/resellers/r.yaml", text: "id: r\nname: R\ncontacts: [{purpose: sale, phone: '1'}]\n")
        let found = resolve([reseller])
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix("not 'sale'; did you mean 'sales'?") == true)
    }

    // MARK: - Role definitions

    static let roles = """
        id: v
        name: Vendor view
        vendor: V
        roles:
          - id: owner
            name: Owner
            summary: Owns it.
            scope: contract
            min_per_scope: 1
            max_per_scope: 1
          - id: helper
            name: Helper
            summary: Helps.
            scope: SCOPE
            min_per_scope: 1
            max_per_scope: 1
            stand_in: owner
          - id: user
            name: User
            summary: Uses it.
            scope: contract
            assigned_by: [helper]
        """

    static let company = SourceFile(
        path: "content/companies/c.yaml",
        text: """
            id: c
            name: C Ltd
            people:
              - {id: ann, name: Ann, email: ann@c.example.com}
              - {id: bob, name: Bob, email: bob@c.example.com}
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
                  - {role: helper, person: bob}
                assets:
                  - id: a1
                    product: Tool
                    assignments:
                      - {role: helper, person: bob}
                  - id: a2
                    product: Other tool
            """)

    static let contacts = SourceFile(
        path: "content/contacts.yaml", text: "topics:\n  - {id: access, name: Access, chains: {v: [helper, owner]}}\n")

    static let guide = SourceFile(
        path: "content/guides/g.md",
        text: """
            ---
            title: G
            kind: procedure
            roles: [helper, owner]
            performers: [helper]
            ---

            <!-- for: helper -->

            Text.

            <!-- end -->
            """)

    func roleFiles(scope: String) -> [SourceFile] {
        [
            SourceFile(path: "content/roles/v.yaml", text: Self.roles.replacingOccurrences(of: "SCOPE", with: scope)),
            Self.company, Self.contacts, Self.guide,
        ]
    }

    @Test func aValidScopeIsCheckedWhereverTheRoleIsAssigned() {
        // The control for the test below: with a valid scope, these files break the scope rules.
        let found = resolve(roleFiles(scope: "asset"))
        #expect(
            found.contains {
                $0.hasPrefix(
                    "content/companies/c.yaml:16:16: error: role 'helper' is assigned per asset, not per contract")
            })
        #expect(found.contains { $0.contains("asset 'a2' has no Helper") })
    }

    @Test func aBadScopeIsOneErrorAndTheRoleStillResolvesEverywhere() {
        #expect(
            resolve(roleFiles(scope: "assets")) == [
                "content/roles/v.yaml:14:12: error: 'scope' must be one of 'contract', 'asset', 'team', not 'assets'; did you mean 'asset'?"
            ])
        let content = ContentLoader().load([Self.site] + roleFiles(scope: "assets"))
        #expect(content.roleSets.first?.roles.map(\.id) == ["owner", "helper", "user"])
    }

    @Test func aMissingScopeNameOrSummaryIsOneErrorEach() {
        let roles = Self.roles.replacingOccurrences(of: "    scope: SCOPE\n", with: "")
            .replacingOccurrences(of: "    name: Helper\n    summary: Helps.\n", with: "")
            .replacingOccurrences(of: "name: Vendor view\n", with: "")
        let found = resolve(
            [SourceFile(path: "content/roles/v.yaml", text: roles)] + Array(roleFiles(scope: "").dropFirst()))
        #expect(
            found == [
                "content/roles/v.yaml:1:1: error: role set is missing required key 'name'",
                "content/roles/v.yaml:10:5: error: role is missing required key 'name'",
                "content/roles/v.yaml:10:5: error: role is missing required key 'scope'",
                "content/roles/v.yaml:10:5: error: role is missing required key 'summary'",
            ])
    }

    @Test func aRoleWithoutAUsableIdIsStillDropped() {
        let roles = Self.roles.replacingOccurrences(of: "  - id: helper\n", with: "  - id: Helper!\n")
            .replacingOccurrences(of: "SCOPE", with: "asset")
        let found = resolve(
            [SourceFile(path: "content/roles/v.yaml", text: roles)] + Array(roleFiles(scope: "").dropFirst()))
        #expect(
            found.contains(
                "content/roles/v.yaml:11:9: error: 'Helper!' is not a valid id: use lower-case letters, digits and hyphens"
            ))
        #expect(found.contains { $0.contains("unknown role 'helper'") })
    }
}

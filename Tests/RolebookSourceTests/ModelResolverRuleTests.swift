import Foundation
import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing

/// The resolver's rules, each on a tiny site written to a temp folder and read back through the
/// real scan, loader and resolver. Every expected diagnostic is compared whole (severity, text,
/// notes), and every position comes from a ``MarkedText`` marker in the YAML it points into.
@Suite struct ModelResolverRuleTests {
    /// One file of a test site: its path from the site root and its text with markers.
    struct SiteFile {
        let path: String
        let marked: MarkedText

        init(_ path: String, _ text: String) {
            self.path = path
            marked = MarkedText(text)
        }

        /// Where `marker` is in this file, as a diagnostic prints it (`path:line:column`).
        subscript(_ marker: String) -> RolebookCore.SourceLocation {
            get throws { try marked.location(marker, in: path) }
        }
    }

    static let site = SiteFile("content/site.yaml", "title: T\nas_of: 2026-01-10\n")

    /// Writes `files` (with ``site`` first, unless left out) under a new temp folder, then scans,
    /// loads and resolves it: the diagnostics as `rolebook check` prints them, and the model.
    func resolve(_ files: [SiteFile], withSite: Bool = true) throws -> (model: SiteModel?, diagnostics: [String]) {
        let root = try TestPaths.temporaryFolder("resolver-rules")
        defer { try? FileManager.default.removeItem(at: root) }
        for file in (withSite ? [Self.site] : []) + files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.marked.text.write(to: url, atomically: false, encoding: .utf8)
        }
        let (model, diagnostics) = ModelResolver().resolve(ContentLoader().load(try SourceTree(root: root).scan()))
        return (model, diagnostics.map(\.description))
    }

    func diagnostics(_ files: SiteFile...) throws -> [String] { try resolve(files).diagnostics }

    // MARK: - Fixtures

    /// Role set `id` (vendor V) with `roles`, a YAML list indented by two spaces; `mark` is put
    /// before its first key, where the role set's own diagnostics point.
    static func roleSet(_ roles: String, id: String = "v", file: String? = nil, mark: String = "") -> SiteFile {
        SiteFile("content/roles/\(file ?? id).yaml", "\(mark)id: \(id)\nname: Vendor view\nvendor: V\nroles:\n" + roles)
    }

    /// A contract role that needs exactly one holder on every contract (min and max 1).
    static let manager = """
          - id: manager
            name: Manager
            summary: Owns the contract.
            scope: contract
            min_per_scope: 1
            max_per_scope: 1

        """

    /// A contract role with no limits.
    static let user = """
          - id: user
            name: User
            summary: Uses it.
            scope: contract

        """

    /// Company `id` with the people ann, bob and cy (unless `people` is given), then `body`;
    /// `mark` is put before its first key, where the company's own diagnostics point.
    static func company(
        _ body: String, id: String = "c", people: String? = nil, file: String? = nil, mark: String = ""
    ) -> SiteFile {
        let people =
            people ?? """
                  - {id: ann, name: Ann, email: ann@c.example.com}
                  - {id: bob, name: Bob, email: bob@c.example.com}
                  - {id: cy, name: Cy, email: cy@c.example.com}

                """
        return SiteFile("content/companies/\(file ?? id).yaml", "\(mark)id: \(id)\nname: C\npeople:\n" + people + body)
    }

    /// The keys a contract needs besides its id, for role set `v`, 2026-01-01 to 2027-01-01 (far
    /// from the as-of date's renewal window), direct: to follow a `  - id: …` line.
    static let terms = """
            contract_number: "1"
            vendor: V
            role_set: v
            start: 2026-01-01
            end: 2027-01-01
            channel: direct
        """

    // MARK: - A valid site

    @Test func aValidMinimalSiteHasNoDiagnosticsAndAModel() throws {
        let (model, diagnostics) = try resolve([
            Self.roleSet(Self.manager),
            Self.company(
                """
                contracts:
                  - id: k
                \(Self.terms)
                    assignments:
                      - {role: manager, person: ann}
                """),
        ])
        #expect(diagnostics == [])
        #expect(model?.companies.map(\.id) == ["c"])
        #expect(model?.companies.first?.contracts.first?.assignments.map(\.personID) == ["ann"])
    }

    @Test func withoutSiteSettingsThereIsAnErrorWithoutAPlaceAndNoModel() throws {
        let (model, diagnostics) = try resolve([Self.roleSet(Self.manager)], withSite: false)
        #expect(
            diagnostics == ["error: content/site.yaml is missing: it gives the site title and the data's as_of date"])
        #expect(model == nil)
    }

    // MARK: - Cardinality

    @Test func aContractWithoutItsExactlyOneRoleIsAnErrorAtTheContract() throws {
        let company = Self.company(
            """
            contracts:
              - 1️⃣id: k
            \(Self.terms)
                assignments:
                  - {role: user, person: ann}
            """)
        #expect(
            try diagnostics(Self.roleSet(Self.manager + Self.user), company) == [
                "\(company["1️⃣"]): error: contract 'k' has no Manager (exactly one is required)"
            ])
    }

    @Test func aMinimumAboveOneCountsHolders() throws {
        let roles = Self.roleSet(
            """
              - id: reviewer
                name: Reviewer
                summary: Reviews.
                scope: contract
                min_per_scope: 2

            """)
        let company = Self.company(
            """
            contracts:
              - 1️⃣id: k
            \(Self.terms)
                assignments:
                  - {role: reviewer, person: ann}
              - id: m
            \(Self.terms)
                assignments:
                  - {role: reviewer, person: ann}
                  - {role: reviewer, person: bob}
            """)
        // As the resolver words it today: "has no Reviewer" although 'k' has one.
        #expect(
            try diagnostics(roles, company) == [
                "\(company["1️⃣"]): error: contract 'k' has no Reviewer (at least 2 required)"
            ])
    }

    @Test func eachHolderPastTheMaximumIsAnErrorWithNotesAtTheAllowedOnes() throws {
        let roles = Self.roleSet(
            Self.manager + """
                  - id: approver
                    name: Approver
                    summary: Approves.
                    scope: contract
                    max_per_scope: 2

                """)
        let company = Self.company(
            """
            contracts:
              - id: k
            \(Self.terms)
                assignments:
                  - {role: 1️⃣manager, person: ann}
                  - {role: 2️⃣manager, person: bob}
                  - {role: 3️⃣manager, person: cy}
                  - {role: 4️⃣approver, person: ann}
                  - {role: 5️⃣approver, person: bob}
                  - {role: 6️⃣approver, person: cy}
            """)
        #expect(
            try diagnostics(roles, company) == [
                """
                \(company["2️⃣"]): error: contract 'k' has 3 holders of Manager; at most 1 allowed
                \(company["1️⃣"]): note: 'ann' already holds it here
                """,
                """
                \(company["3️⃣"]): error: contract 'k' has 3 holders of Manager; at most 1 allowed
                \(company["1️⃣"]): note: 'ann' already holds it here
                """,
                """
                \(company["6️⃣"]): error: contract 'k' has 3 holders of Approver; at most 2 allowed
                \(company["4️⃣"]): note: 'ann' already holds it here
                \(company["5️⃣"]): note: 'bob' already holds it here
                """,
            ])
    }

    @Test func cardinalityIsCheckedPerTeamAndPerAssetToo() throws {
        let roles = Self.roleSet(
            """
              - id: lead
                name: Lead
                summary: Leads the team.
                scope: team
                min_per_scope: 1
                max_per_scope: 1
              - id: keeper
                name: Keeper
                summary: Keeps a seat.
                scope: asset
                min_per_scope: 1
                max_per_scope: 3

            """)
        let company = Self.company(
            """
            teams:
              - 1️⃣id: t
                name: T
                role_set: v
              - id: u
                name: U
                role_set: v
                assignments:
                  - {role: 2️⃣lead, person: ann}
                  - {role: 3️⃣lead, person: bob}
            contracts:
              - id: k
            \(Self.terms)
                team: t
                assets:
                  - 4️⃣id: a
                    product: P
                  - id: b
                    product: P
                    assignments:
                      - {role: keeper, person: ann}
            """)
        #expect(
            try diagnostics(roles, company) == [
                "\(company["1️⃣"]): error: team 't' has no Lead (exactly one is required)",
                """
                \(company["3️⃣"]): error: team 'u' has 2 holders of Lead; at most 1 allowed
                \(company["2️⃣"]): note: 'ann' already holds it here
                """,
                "\(company["4️⃣"]): error: asset 'a' has no Keeper (at least 1 required)",
            ])
    }

    // MARK: - Stand-ins

    @Test func aRoleNobodyHoldsNamesItsStandInAndWhoHoldsIt() throws {
        let roles = Self.roleSet(
            Self.manager + """
                  - id: coordinator
                    name: Coordinator
                    summary: Looks after a seat.
                    scope: asset
                    max_per_scope: 1
                    stand_in: manager
                  - id: lead
                    name: Lead
                    summary: Leads the team.
                    scope: team
                  - id: owner
                    name: Owner
                    summary: Owns the work.
                    scope: contract
                    stand_in: lead

                """)
        let company = Self.company(
            """
            teams:
              - id: t
                name: T
                role_set: v
                assignments:
                  - {role: lead, person: bob}
                  - {role: lead, person: cy}
            contracts:
              - 1️⃣id: k
            \(Self.terms)
                team: t
                assignments:
                  - {role: manager, person: ann}
                assets:
                  - 2️⃣id: a
                    product: P
                  - id: b
                    product: P
                    assignments:
                      - {role: coordinator, person: bob}
            """)
        #expect(
            try diagnostics(roles, company) == [
                "\(company["1️⃣"]): warning: contract 'k' has no Owner; the Lead (Bob, Cy) stands in",
                "\(company["2️⃣"]): warning: asset 'a' has no Coordinator; the Manager (Ann) stands in",
            ])
    }

    @Test func aStandInNobodyHoldsIsStillNamed() throws {
        let roles = Self.roleSet(
            Self.manager + """
                  - id: lead
                    name: Lead
                    summary: Leads the team.
                    scope: team
                  - id: owner
                    name: Owner
                    summary: Owns the work.
                    scope: contract
                    stand_in: lead

                """)
        let company = Self.company(
            """
            contracts:
              - 1️⃣id: k
            \(Self.terms)
                assignments:
                  - {role: manager, person: ann}
            """)
        // As the resolver words it today, though the contract has no team and so no Lead to stand in.
        #expect(
            try diagnostics(roles, company) == [
                "\(company["1️⃣"]): warning: contract 'k' has no Owner; the Lead stands in"
            ])
    }

    @Test func aRequiredRoleWithAStandInIsAnErrorAndAWarning() throws {
        let roles = Self.roleSet(
            Self.manager + """
                  - id: keeper
                    name: Keeper
                    summary: Keeps a seat.
                    scope: asset
                    min_per_scope: 1
                    stand_in: manager

                """)
        let company = Self.company(
            """
            contracts:
              - id: k
            \(Self.terms)
                assignments:
                  - {role: manager, person: ann}
                assets:
                  - 1️⃣id: a
                    product: P
            """)
        #expect(
            try diagnostics(roles, company) == [
                "\(company["1️⃣"]): error: asset 'a' has no Keeper (at least 1 required)",
                "\(company["1️⃣"]): warning: asset 'a' has no Keeper; the Manager (Ann) stands in",
            ])
    }

    @Test func aStandInMustExistAndBeHeldInAnEnclosingScope() throws {
        let roles = Self.roleSet(
            """
              - 1️⃣id: keeper
                name: Keeper
                summary: Keeps a seat.
                scope: asset
                stand_in: managr
              - 2️⃣id: manager
                name: Manager
                summary: Owns the contract.
                scope: contract
                stand_in: keeper
              - 3️⃣id: lead
                name: Lead
                summary: Leads the team.
                scope: team
                stand_in: manager
              - id: helper
                name: Helper
                summary: Helps on a seat.
                scope: asset
                stand_in: lead
              - id: deputy
                name: Deputy
                summary: Helps on a contract.
                scope: contract
                stand_in: manager

            """)
        // A team encloses its contracts and their assets, a contract its assets, a unit itself:
        // 'helper' (asset, by a team role) and 'deputy' (contract, by a contract role) are fine.
        #expect(
            try diagnostics(roles) == [
                "\(roles["1️⃣"]): error: unknown role 'managr' in stand_in of role 'keeper'; did you mean 'manager'?",
                "\(roles["2️⃣"]): error: stand-in role 'keeper' must be held in a scope that encloses 'contract'",
                "\(roles["3️⃣"]): error: stand-in role 'manager' must be held in a scope that encloses 'team'",
            ])
    }

    // MARK: - Departed holders

    @Test func aDepartedHolderIsAWarningAtTheAssignmentWithWhereAndWhatToDo() throws {
        let roles = Self.roleSet(
            """
              - id: manager
                name: Manager
                summary: Owns the contract.
                scope: contract
                when_holder_leaves: Ask the vendor to name a new one.

            """ + Self.user)
        let company = Self.company(
            """
            contracts:
              - id: k
            \(Self.terms)
                assignments:
                  - {role: manager, person: 2️⃣ann}
                  - {role: user, person: 3️⃣dee}
                  - {role: user, person: bob}
            """,
            people: """
                  - {id: ann, name: Ann, email: ann@c.example.com, status: 1️⃣departed}
                  - {id: bob, name: Bob, email: bob@c.example.com, status: active}

                """)
        let people = SiteFile(
            "content/people/shared.yaml",
            """
            - id: dee
              name: Dee
              email: dee@x.example.com
              status: 1️⃣departed
            """)
        #expect(
            try diagnostics(roles, company, people) == [
                """
                \(company["2️⃣"]): warning: Ann has left but still holds Manager on contract 'k'
                \(company["1️⃣"]): note: Ann is marked as departed here
                note: what to do: Ask the vendor to name a new one.
                """,
                """
                \(company["3️⃣"]): warning: Dee has left but still holds User on contract 'k'
                \(people["1️⃣"]): note: Dee is marked as departed here
                """,
            ])
    }

    // MARK: - Combinations

    @Test func rolesThatMayNotBeCombinedAreAnErrorAtTheLaterAssignmentWhicheverSideSaysSo() throws {
        let roles = Self.roleSet(
            """
              - id: manager
                name: Manager
                summary: Owns the contract.
                scope: contract
                not_combinable_with: [user]
              - id: user
                name: User
                summary: Uses it.
                scope: contract
                not_combinable_with: [manager]
              - id: auditor
                name: Auditor
                summary: Checks it.
                scope: contract
              - id: keeper
                name: Keeper
                summary: Keeps a seat.
                scope: asset
                not_combinable_with: [auditor]

            """)
        let company = Self.company(
            """
            contracts:
              - id: k
            \(Self.terms)
                assignments:
                  - {role: 1️⃣manager, person: ann}
                  - {role: 2️⃣user, person: ann}
                  - {role: 3️⃣auditor, person: bob}
                  - {role: manager, person: cy}
                assets:
                  - id: a
                    product: P
                    assignments:
                      - {role: 4️⃣keeper, person: bob}
                      - {role: keeper, person: cy}
            """)
        // Both definitions forbid manager + user: still one error. Only keeper forbids auditor, and
        // an asset's assignment counts for its contract.
        #expect(
            try diagnostics(roles, company) == [
                """
                \(company["2️⃣"]): error: 'ann' may not hold both User and Manager on contract 'k'
                \(company["1️⃣"]): note: Manager is assigned here
                """,
                """
                \(company["4️⃣"]): error: 'bob' may not hold both Keeper and Auditor on contract 'k'
                \(company["3️⃣"]): note: Auditor is assigned here
                """,
            ])
    }

    @Test func aTeamRoleAndAContractRoleMayNotBeCombinedOnTheTeamsContracts() throws {
        let roles = Self.roleSet(
            Self.user + """
                  - id: lead
                    name: Lead
                    summary: Leads the team.
                    scope: team
                    not_combinable_with: [user]

                """)
        let company = Self.company(
            """
            teams:
              - id: t
                name: T
                role_set: v
                assignments:
                  - {role: 1️⃣lead, person: ann}
            contracts:
              - id: k
            \(Self.terms)
                team: t
                assignments:
                  - {role: 2️⃣user, person: ann}
              - id: m
            \(Self.terms)
                assignments:
                  - {role: user, person: ann}
            """)
        #expect(
            try diagnostics(roles, company) == [
                """
                \(company["2️⃣"]): error: 'ann' may not hold both User and Lead on contract 'k'
                \(company["1️⃣"]): note: Lead is assigned here
                """
            ])
    }

    @Test func twoTeamRolesThatMayNotBeCombinedAreOneErrorForTheTeam() throws {
        let roles = Self.roleSet(
            """
              - id: lead
                name: Lead
                summary: Leads the team.
                scope: team
                not_combinable_with: [treasurer]
              - id: treasurer
                name: Treasurer
                summary: Pays.
                scope: team

            """)
        let company = Self.company(
            """
            teams:
              - id: t
                name: T
                role_set: v
                assignments:
                  - {role: 1️⃣lead, person: ann}
                  - {role: 2️⃣treasurer, person: ann}
              - id: u
                name: U
                role_set: v
                assignments:
                  - {role: 4️⃣lead, person: bob}
                  - {role: 3️⃣treasurer, person: bob}
            contracts:
              - id: k
            \(Self.terms)
                team: t
              - id: m
            \(Self.terms)
                team: t
            """)
        let found = try diagnostics(roles, company)
        let (annPair, bobPair) = (try company["2️⃣"], try company["3️⃣"])
        // A pair of team roles is the team's: reported once per team, whether or not it has contracts.
        #expect(
            found == [
                """
                \(annPair): error: 'ann' may not hold both Treasurer and Lead on team 't'
                \(try company["1️⃣"]): note: Lead is assigned here
                """,
                """
                \(bobPair): error: 'bob' may not hold both Treasurer and Lead on team 'u'
                \(try company["4️⃣"]): note: Lead is assigned here
                """,
            ])
    }

    // MARK: - Per company

    @Test func moreDifferentHoldersInACompanyThanRecommendedIsAWarningAtTheCompany() throws {
        let roles = Self.roleSet(
            """
              - id: coordinator
                name: Coordinator
                summary: Looks after seats.
                scope: contract
                recommended_max_per_company: 1

            """)
        let over = Self.company(
            """
            contracts:
              - id: k
            \(Self.terms)
                assignments:
                  - {role: coordinator, person: ann}
              - id: m
            \(Self.terms)
                assignments:
                  - {role: coordinator, person: bob}
            """, mark: "1️⃣")
        let within = Self.company(
            """
            contracts:
              - id: n
            \(Self.terms)
                assignments:
                  - {role: coordinator, person: dee}
              - id: o
            \(Self.terms)
                assignments:
                  - {role: coordinator, person: dee}
            """, id: "d", people: "  - {id: dee, name: Dee, email: dee@d.example.com}\n")
        #expect(
            try diagnostics(roles, over, within) == [
                "\(over["1️⃣"]): warning: company 'c' has 2 different Coordinator holders; at most 1 are recommended"
            ])
    }

    @Test func aResellerContractWithoutAResellerContactIsAWarningAtTheContract() throws {
        let resellers = [
            SiteFile("content/resellers/r.yaml", "id: r\nname: R\ncontacts: [{purpose: sales, phone: '1'}]\n"),
            SiteFile("content/resellers/e.yaml", "id: e\nname: E\ncontacts: []\n"),
        ]
        let viaReseller = Self.terms.replacingOccurrences(of: "channel: direct", with: "channel: reseller")
        let company = Self.company(
            """
            contracts:
              - 1️⃣id: none
            \(viaReseller)
              - 2️⃣id: no-contacts
            \(viaReseller)
                reseller: e
              - id: own
            \(viaReseller)
                reseller: r
            """)
        let covered = Self.company(
            """
            reseller: r
            contracts:
              - id: from-company
            \(viaReseller)
            """, id: "d", people: "  - {id: dee, name: Dee, email: dee@d.example.com}\n")
        // The company's reseller counts for its contracts; a reseller with `contacts: []` loads, and counts as none.
        let warning = "was bought through a reseller but has no reseller contact: pages cannot say whom to call there"
        #expect(
            try diagnostics(Self.roleSet(Self.user), resellers[0], resellers[1], company, covered) == [
                "\(company["1️⃣"]): warning: contract 'none' \(warning)",
                "\(company["2️⃣"]): warning: contract 'no-contacts' \(warning)",
            ])
    }

    // MARK: - References

    @Test func referencesFromACompanyToNothingAreErrorsAtTheReference() throws {
        let roles = Self.roleSet(Self.manager + Self.user)
        let reseller = SiteFile(
            "content/resellers/n.yaml", "id: northbridge\nname: N\ncontacts: [{purpose: sales, phone: '1'}]\n")
        let company = Self.company(
            """
            reseller: 1️⃣nortbridge
            teams:
              - id: design
                name: Design
                role_set: 2️⃣vv
            contracts:
              - id: k
                contract_number: "1"
                vendor: V
                role_set: v
                start: 2026-01-01
                end: 2027-01-01
                channel: direct
                team: 3️⃣desgn
                reseller: 4️⃣south
                assignments:
                  - {role: manager, person: 5️⃣anne}
                  - {role: 6️⃣usr, person: bob}
                  - {role: 7️⃣Manager, person: cy}
              - id: m
                contract_number: "2"
                vendor: V
                role_set: 8️⃣zz
                start: 2026-01-01
                end: 2027-01-01
                channel: direct
                assignments:
                  - {role: anything, person: ann}
            """)
        #expect(
            try diagnostics(roles, reseller, company) == [
                "\(company["1️⃣"]): error: unknown reseller 'nortbridge'; did you mean 'northbridge'?",
                "\(company["2️⃣"]): error: unknown role set 'vv'; did you mean 'v'?",
                "\(company["3️⃣"]): error: unknown team 'desgn' in company 'c'; did you mean 'design'?",
                "\(company["4️⃣"]): error: unknown reseller 'south'",
                "\(company["5️⃣"]): error: unknown person 'anne'; did you mean 'ann'?",
                "\(company["6️⃣"]): error: unknown role 'usr' in role set 'v'; did you mean 'user'?",
                "\(company["7️⃣"]): error: unknown role 'Manager' in role set 'v'; 'Manager' is the name of 'manager', and assignments use the role id",
                "\(company["8️⃣"]): error: unknown role set 'zz'",
            ])
    }

    @Test func aPersonOfNoCompanyIsKnownEverywhereAndSuggestedAnotherCompanysIsNot() throws {
        let people = SiteFile("content/people/shared.yaml", "- {id: consultant, name: Con, email: con@x.example.com}\n")
        let other = Self.company(
            "contracts: []\n", id: "d", people: "  - {id: bobby, name: Bobby, email: bobby@d.example.com}\n")
        let company = Self.company(
            """
            contracts:
              - id: k
            \(Self.terms)
                assignments:
                  - {role: manager, person: consultant}
                  - {role: user, person: 1️⃣consultnt}
                  - {role: user, person: bobby}
                  - {role: user, person: 2️⃣bobbyy}
            """)
        // 'bobby' is a person of another company: known, so no error for them, but not suggested for 'bobbyy'.
        #expect(
            try diagnostics(Self.roleSet(Self.manager + Self.user), people, other, company) == [
                "\(company["1️⃣"]): error: unknown person 'consultnt'; did you mean 'consultant'?",
                "\(company["2️⃣"]): error: unknown person 'bobbyy'",
            ])
    }

    @Test func aRoleAssignedInTheWrongScopeIsAnErrorWithANoteAtItsDefinition() throws {
        let roles = Self.roleSet(
            """
              - 1️⃣id: manager
                name: Manager
                summary: Owns the contract.
                scope: contract
              - 2️⃣id: lead
                name: Lead
                summary: Leads the team.
                scope: team

            """)
        let company = Self.company(
            """
            contracts:
              - id: k
            \(Self.terms)
                assignments:
                  - {role: manager, person: ann}
                  - {role: 1️⃣lead, person: ann}
                assets:
                  - id: a
                    product: P
                    assignments:
                      - {role: 2️⃣manager, person: bob}
            """)
        #expect(
            try diagnostics(roles, company) == [
                """
                \(company["1️⃣"]): error: role 'lead' is assigned per team, not per contract
                \(roles["2️⃣"]): note: the role is defined here
                """,
                """
                \(company["2️⃣"]): error: role 'manager' is assigned per contract, not per asset
                \(roles["1️⃣"]): note: the role is defined here
                """,
            ])
    }

    @Test func aContractInATeamMustUseTheTeamsRoleSet() throws {
        let company = Self.company(
            """
            teams:
              - 1️⃣id: t
                name: T
                role_set: w
            contracts:
              - id: k
            \(Self.terms)
                team: 2️⃣t
            """)
        #expect(
            try diagnostics(Self.roleSet(Self.user), Self.roleSet(Self.user, id: "w"), company) == [
                """
                \(company["2️⃣"]): error: contract 'k' uses role set 'v' but its team 't' uses 'w'
                \(company["1️⃣"]): note: the team is defined here
                """
            ])
    }

    @Test func roleDefinitionsMayNameOnlyRolesThatExist() throws {
        let roles = Self.roleSet(
            """
              - 1️⃣id: manager
                name: Manager
                summary: Owns the contract.
                scope: contract
                assigned_by: [managr, Manager]
                not_combinable_with: [ghost]
                counterparts:
                  - {role: 2️⃣w/boss, relation: same-role, note: The other view.}
                  - {role: 3️⃣ww/manager, relation: same-role, note: A typo.}
                  - {role: 4️⃣zz/manager, relation: same-role, note: Nothing near.}
                  - {role: w/chief, relation: nearest-equivalent, note: Exists.}

            """)
        let other = Self.roleSet(
            """
              - id: chief
                name: Chief
                other_names: [boss]
                summary: Runs it.
                scope: contract

            """, id: "w")
        #expect(
            try diagnostics(roles, other) == [
                "\(roles["1️⃣"]): error: unknown role 'Manager' in assigned_by of role 'manager'; 'Manager' is the name of 'manager', and role definitions use the role id",
                "\(roles["1️⃣"]): error: unknown role 'ghost' in not_combinable_with of role 'manager'",
                "\(roles["1️⃣"]): error: unknown role 'managr' in assigned_by of role 'manager'; did you mean 'manager'?",
                "\(roles["2️⃣"]): error: unknown counterpart role 'w/boss'; 'boss' is another name of 'chief', and counterparts use the role id",
                "\(roles["3️⃣"]): error: unknown counterpart role 'ww/manager'; did you mean 'w'?",
                "\(roles["4️⃣"]): error: unknown counterpart role 'zz/manager'",
            ])
    }

    @Test func aSameRoleCounterpartMustBeStatedFromBothSides() throws {
        let roles = Self.roleSet(
            """
              - id: manager
                name: Manager
                summary: Owns the contract.
                scope: contract
                counterparts:
                  - {role: 1️⃣w/chief, relation: same-role, note: One side only.}
              - id: user
                name: User
                summary: Uses it.
                scope: contract
                counterparts:
                  - {role: 3️⃣w/lead, relation: same-role, note: The other side disagrees.}
              - id: owner
                name: Owner
                summary: Pays.
                scope: contract
                counterparts:
                  - {role: w/payer, relation: same-role, note: Both sides agree.}

            """)
        let other = Self.roleSet(
            """
              - 2️⃣id: chief
                name: Chief
                summary: Runs it.
                scope: contract
              - id: lead
                name: Lead
                summary: Leads.
                scope: contract
                counterparts:
                  - {role: 4️⃣v/user, relation: nearest-equivalent, note: Only close.}
              - id: payer
                name: Payer
                summary: Pays.
                scope: contract
                counterparts:
                  - {role: v/owner, relation: same-role, note: Both sides agree.}

            """, id: "w")
        #expect(
            try diagnostics(roles, other) == [
                """
                \(roles["1️⃣"]): error: 'v/manager' and 'w/chief' are the same role on one side only: the other does not list 'v/manager'; add the same-role counterpart to both
                \(other["2️⃣"]): note: the other role's definition
                """,
                """
                \(roles["3️⃣"]): error: 'v/user' and 'w/lead' are the same role on one side only: the other says 'nearest-equivalent'; add the same-role counterpart to both
                \(other["4️⃣"]): note: the other role's definition
                """,
            ])
    }

    @Test func contactChainsMayNameOnlyRoleSetsAndRolesThatExist() throws {
        let contacts = SiteFile(
            "content/contacts.yaml",
            """
            topics:
              - id: access
                name: Access
                chains:
                  v: [1️⃣usr, Manager, user, reseller:sales]
                  zz: [2️⃣manager, user]
            """)
        // A chain names roles by id, name or other name ('Manager'); an unknown role set is
        // reported at its first step.
        #expect(
            try diagnostics(Self.roleSet(Self.manager + Self.user), contacts) == [
                "\(contacts["1️⃣"]): error: unknown role 'usr' in the v chain of contact topic 'access'; did you mean 'user'?",
                "\(contacts["2️⃣"]): error: unknown role set 'zz' in contact topic 'access'",
            ])
    }

    @Test func anEmptyChainForAnUnknownRoleSetIsReportedAtTheTopic() throws {
        let contacts = SiteFile(
            "content/contacts.yaml",
            """
            topics:
              - 1️⃣id: empty
                name: Empty
                chains:
                  vv: []
            """)
        let found = try diagnostics(Self.roleSet(Self.user), contacts)
        let topic = try contacts["1️⃣"]
        #expect(found == ["\(topic): error: unknown role set 'vv' in contact topic 'empty'; did you mean 'v'?"])
    }

    // MARK: - Ids

    @Test func duplicateRecordIdsAreErrorsAtTheLaterOneWithANoteAtTheFirst() throws {
        let first = Self.roleSet(Self.user, mark: "1️⃣")
        let second = Self.roleSet(Self.user, file: "v2", mark: "1️⃣")
        let resellerA = SiteFile(
            "content/resellers/a.yaml", "1️⃣id: r\nname: R\ncontacts: [{purpose: sales, phone: '1'}]\n")
        let resellerB = SiteFile(
            "content/resellers/b.yaml", "2️⃣id: r\nname: R\ncontacts: [{purpose: sales, phone: '2'}]\n")
        let companyA = SiteFile(
            "content/companies/a.yaml",
            "1️⃣id: c\nname: C\npeople:\n  - 2️⃣{id: ann, name: Ann, email: ann@c.example.com}\ncontracts: []\n")
        let companyB = SiteFile("content/companies/b.yaml", "3️⃣id: c\nname: C\ncontracts: []\n")
        let people = SiteFile("content/people/p.yaml", "- 1️⃣{id: ann, name: Ann, email: ann@x.example.com}\n")
        #expect(
            try diagnostics(first, second, resellerA, resellerB, companyA, companyB, people) == [
                """
                \(companyB["3️⃣"]): error: duplicate company id 'c'
                \(companyA["1️⃣"]): note: 'c' is first defined here
                """,
                """
                \(people["1️⃣"]): error: duplicate person id 'ann'
                \(companyA["2️⃣"]): note: 'ann' is first defined here
                """,
                """
                \(resellerB["2️⃣"]): error: duplicate reseller id 'r'
                \(resellerA["1️⃣"]): note: 'r' is first defined here
                """,
                """
                \(second["1️⃣"]): error: duplicate role set id 'v'
                \(first["1️⃣"]): note: 'v' is first defined here
                """,
            ])
    }

    @Test func duplicateNestedIdsAreErrorsAtTheLaterOneWithANoteAtTheFirst() throws {
        let roles = Self.roleSet(
            """
              - 1️⃣id: user
                name: User
                summary: Uses it.
                scope: contract
              - 2️⃣id: user
                name: Another user
                summary: Uses it too.
                scope: contract

            """)
        let company = Self.company(
            """
            teams:
              - 1️⃣id: t
                name: T
                role_set: v
            contracts:
              - 2️⃣id: k
            \(Self.terms)
                assets:
                  - 3️⃣{id: a, product: P}
                  - 4️⃣{id: a, product: Q}
            """)
        let other = Self.company(
            """
            teams:
              - 5️⃣id: t
                name: T
                role_set: v
            contracts:
              - 6️⃣id: k
            \(Self.terms)
            """, id: "d", people: "  - {id: dee, name: Dee, email: dee@d.example.com}\n")
        let contacts = SiteFile(
            "content/contacts.yaml",
            "topics:\n  - 1️⃣{id: access, name: A, chains: {v: [user]}}\n  - 2️⃣{id: access, name: B, chains: {v: [user]}}\n"
        )
        #expect(
            try diagnostics(roles, company, other, contacts) == [
                """
                \(company["4️⃣"]): error: duplicate asset id 'a'
                \(company["3️⃣"]): note: 'a' is first defined here
                """,
                """
                \(other["5️⃣"]): error: duplicate team id 't'
                \(company["1️⃣"]): note: 't' is first defined here
                """,
                """
                \(other["6️⃣"]): error: duplicate contract id 'k'
                \(company["2️⃣"]): note: 'k' is first defined here
                """,
                """
                \(contacts["2️⃣"]): error: duplicate contact topic id 'access'
                \(contacts["1️⃣"]): note: 'access' is first defined here
                """,
                """
                \(roles["2️⃣"]): error: duplicate role id 'user'
                \(roles["1️⃣"]): note: 'user' is first defined here
                """,
            ])
    }

    @Test func aRoleIdThatWouldReplaceAContractsContactsFragmentIsReserved() throws {
        let roles = Self.roleSet(
            """
              - 1️⃣id: contacts
                name: Contacts
                summary: Answers.
                scope: contract

            """)
        #expect(
            try diagnostics(roles) == [
                "\(roles["1️⃣"]): error: role id 'contacts' is reserved: contracts/<contract>/contacts.html is a contract's who-to-contact fragment"
            ])
    }

    // MARK: - Dates

    @Test func aContractThatEndedOrEndsSoonWithoutRenewingIsAWarningAtTheContract() throws {
        func contract(ends end: String, autoRenew: Bool = false) -> String {
            Self.terms.replacingOccurrences(of: "end: 2027-01-01", with: "end: \(end)")
                .replacingOccurrences(of: "start: 2026-01-01", with: "start: 2025-01-01")
                + (autoRenew ? "\n    auto_renew: true" : "")
        }
        // As of 2026-01-10, with the default 90-day renewal window; an ended contract is reported
        // even when it renews automatically.
        let company = Self.company(
            """
            contracts:
              - 1️⃣id: ended
            \(contract(ends: "2026-01-09"))
              - 2️⃣id: today
            \(contract(ends: "2026-01-10"))
              - 3️⃣id: last-day-of-window
            \(contract(ends: "2026-04-10"))
              - id: past-window
            \(contract(ends: "2026-04-11"))
              - id: renews
            \(contract(ends: "2026-02-01", autoRenew: true))
              - 4️⃣id: ended-renews
            \(contract(ends: "2025-12-31", autoRenew: true))
            """)
        #expect(
            try diagnostics(Self.roleSet(Self.user), company) == [
                "\(company["1️⃣"]): warning: contract 'ended' ended on 2026-01-09, before the data's as-of date 2026-01-10",
                "\(company["2️⃣"]): warning: contract 'today' ends on 2026-01-10, in 0 days, and does not renew automatically",
                "\(company["3️⃣"]): warning: contract 'last-day-of-window' ends on 2026-04-10, in 90 days, and does not renew automatically",
                "\(company["4️⃣"]): warning: contract 'ended-renews' ended on 2025-12-31, before the data's as-of date 2026-01-10",
            ])
    }

    // MARK: - Roles with an invalid scope

    @Test func aRoleWithAnInvalidScopeIsOneErrorAndNoFollowOnErrors() throws {
        let roles = Self.roleSet(
            """
              - id: manager
                name: Manager
                summary: Owns the contract.
                scope: 1️⃣contrat
                min_per_scope: 1
                max_per_scope: 1
              - id: lead
                name: Lead
                summary: Leads the team.
                scope: team
                stand_in: manager

            """)
        let company = Self.company(
            """
            contracts:
              - id: k
            \(Self.terms)
                assets:
                  - id: a
                    product: P
                    assignments:
                      - {role: manager, person: ann}
              - id: m
            \(Self.terms)
            """)
        // Where 'manager' may be held is unknown, so none of these is reported: its assignment on
        // an asset, its absence from 'm', and a team role's stand-in by it.
        #expect(
            try diagnostics(roles, company) == [
                "\(roles["1️⃣"]): error: 'scope' must be one of 'contract', 'asset', 'team', not 'contrat'; did you mean 'contract'?"
            ])
    }
}

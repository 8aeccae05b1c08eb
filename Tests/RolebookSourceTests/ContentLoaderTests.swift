import RolebookCore
import RolebookSource
import Testing

/// Loading and resolving from inline text: no disk involved.
@Suite struct ContentLoaderTests {
    static let site = SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\n")
    static let roles = SourceFile(
        path: "content/roles/v.yaml",
        text: """
            id: v
            name: Vendor view
            vendor: V
            roles:
              - id: owner
                name: Owner
                other_names: [boss]
                summary: Owns it.
                scope: contract
                min_per_scope: 1
                max_per_scope: 1
              - id: helper
                name: Helper
                summary: Helps.
                scope: asset
                max_per_scope: 1
                stand_in: owner
            """)

    func company(_ body: String, ext: String = "yaml") -> SourceFile {
        SourceFile(path: "content/companies/c.\(ext)", text: body)
    }

    func resolve(_ files: [SourceFile]) -> [String] {
        ModelResolver().resolve(ContentLoader().load(files)).diagnostics.map(\.description)
    }

    static let validCompany = """
        id: c
        name: C Ltd
        people:
          - {id: ann, name: Ann, email: ann@c.example.com}
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
            assets:
              - id: a1
                product: Tool
                assignments:
                  - {role: helper, person: ann}
        """

    @Test func validContentHasNoDiagnostics() {
        #expect(resolve([Self.site, Self.roles, company(Self.validCompany)]) == [])
    }

    @Test func jsonIsAcceptedWithTheSameStructure() {
        let json = """
            {"id": "c", "name": "C Ltd",
             "people": [{"id": "ann", "name": "Ann", "email": "ann@c.example.com"}],
             "contracts": [{"id": "k1", "contract_number": "1", "vendor": "V", "role_set": "v",
               "start": "2026-01-01", "end": "2027-01-01", "channel": "direct",
               "assignments": [{"role": "owner", "person": "ann"}],
               "assets": [{"id": "a1", "product": "Tool", "assignments": [{"role": "helper", "person": "ann"}]}]}]}
            """
        #expect(resolve([Self.site, Self.roles, company(json, ext: "json")]) == [])
        let content = ContentLoader().load([Self.site, Self.roles, company(json, ext: "json")])
        #expect(content.companies.first?.contracts.first?.assets.first?.product == "Tool")
    }

    @Test func jsonProblemsAreReportedWithExactPositions() {
        let json = "{\"id\": \"c\", \"name\": \"C\",\n \"colour\": \"red\",\n \"contracts\": []}"
        #expect(
            resolve([Self.site, Self.roles, company(json, ext: "json")]).contains {
                $0.hasPrefix("content/companies/c.json:2:2: error: unknown key 'colour' in company")
            })
    }

    @Test func unknownKeyIsReportedAtTheKey() {
        let text = Self.validCompany.replacingOccurrences(of: "    vendor: V", with: "    vendor: V\n    colour: red")
        #expect(
            resolve([Self.site, Self.roles, company(text)]).contains {
                $0.hasPrefix("content/companies/c.yaml:9:5: error: unknown key 'colour' in contract")
            })
    }

    @Test func yamlSyntaxErrorHasItsPosition() {
        let diagnostics = resolve([Self.site, Self.roles, company("id: c\nname: [unclosed\n")])
        #expect(diagnostics.first?.hasPrefix("content/companies/c.yaml:3:1: error: YAML does not parse") == true)
    }

    @Test func standInWarningNamesTheStandIn() {
        let text = Self.validCompany.replacingOccurrences(
            of: "\n        assignments:\n          - {role: helper, person: ann}", with: "")
        #expect(
            resolve([Self.site, Self.roles, company(text)]) == [
                "content/companies/c.yaml:16:9: warning: asset 'a1' has no Helper; the Owner (Ann) stands in"
            ])
    }

    @Test func roleFoundByOtherNameAndHyphenatedSpace() {
        let set = ContentLoader().load([Self.roles]).roleSets[0]
        #expect(set.role(named: "boss")?.id == "owner")
        #expect(set.role(named: "Owner")?.id == "owner")
        #expect(set.role(named: "nobody") == nil)
    }

    @Test func datesAreStrict() {
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2028-02-29")?.description == "2028-02-29")
        #expect(Day(iso: "2026-1-01") == nil)
        #expect(Day(iso: "2026-11-23")!.days(until: Day(iso: "2027-01-15")!) == 53)
        #expect(Day(iso: "2026-11-23")!.days(until: Day(iso: "2026-11-23")!) == 0)
    }
}

import RolebookCore
import RolebookSource
import Testing

/// References, ids, dates and addresses that hostile or mistaken content gets wrong.
@Suite struct ResolverSafetyTests {
    static let site = SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\n")
    static let roles = SourceFile(
        path: "content/roles/v.yaml",
        text: """
            id: v
            name: Vendor view
            vendor: V
            roles:
              - id: contract-manager
                name: Contract Manager
                other_names: [purchaser]
                summary: Owns it.
                scope: contract
              - id: user
                name: User
                summary: Uses it.
                scope: contract
            """)

    func company(_ assignments: String, people: String = "", extra: String = "") -> SourceFile {
        SourceFile(
            path: "content/companies/c.yaml",
            text: """
                id: c
                name: C
                people:
                  - {id: ann, name: Ann, email: ann@c.example.com}
                \(people)
                contracts:
                  - id: k
                    contract_number: "1"
                    vendor: V
                    role_set: v
                    start: 2026-01-01
                    end: 2027-01-01
                    channel: direct
                \(extra)
                    assignments:
                \(assignments)
                """)
    }

    func resolve(_ files: [SourceFile]) -> [String] {
        ModelResolver().resolve(ContentLoader().load([Self.site, Self.roles] + files)).diagnostics.map(\.description)
    }

    // MARK: - References

    @Test func roleNamedByAnotherNameSaysWhichIdToUse() {
        #expect(
            resolve([company("      - {role: purchaser, person: ann}\n      - {role: contract manager, person: ann}")])
                == [
                    "content/companies/c.yaml:16:16: error: unknown role 'purchaser' in role set 'v'; 'purchaser' is another name of 'contract-manager', and assignments use the role id",
                    "content/companies/c.yaml:17:16: error: unknown role 'contract manager' in role set 'v'; 'contract manager' is the name of 'contract-manager', and assignments use the role id",
                ])
    }

    @Test func closeTyposGetADidYouMeanAndDistantOnesDoNot() {
        let found = resolve([
            company(
                "      - {role: usr, person: anne}\n      - {role: owner, person: zed}",
                people: "  - {id: bob, name: Bob, email: bob@c.example.com}",
                extra: "    team: desgn\n    reseller: nortbridge"),
            SourceFile(
                path: "content/resellers/n.yaml",
                text: "id: northbridge\nname: N\ncontacts: [{purpose: sales, phone: '1'}]\n"),
        ])
        #expect(found.contains("content/companies/c.yaml:14:11: error: unknown team 'desgn' in company 'c'"))
        #expect(
            found.contains(
                "content/companies/c.yaml:15:15: error: unknown reseller 'nortbridge'; did you mean 'northbridge'?"))
        #expect(
            found.contains(
                "content/companies/c.yaml:17:16: error: unknown role 'usr' in role set 'v'; did you mean 'user'?"))
        #expect(found.contains("content/companies/c.yaml:17:29: error: unknown person 'anne'; did you mean 'ann'?"))
        #expect(found.contains("content/companies/c.yaml:18:16: error: unknown role 'owner' in role set 'v'"))
        #expect(found.contains("content/companies/c.yaml:18:31: error: unknown person 'zed'"))
    }

    @Test func suggestionsAreTheClosestWithinASmallDistance() {
        #expect(
            Suggestion.closest(to: "contract-manger", among: ["user", "contract-manager", "contract-owner"])
                == "contract-manager")
        #expect(Suggestion.closest(to: "bob", among: ["ann", "bo", "rob"]) == "bo")
        #expect(Suggestion.closest(to: "bob", among: ["ann", "alice"]) == nil)
        // Two edits are allowed only for names longer than four characters.
        #expect(Suggestion.closest(to: "abcd", among: ["abxy"]) == nil)
        #expect(Suggestion.closest(to: "abcde", among: ["abxye"]) == "abxye")
        #expect(Suggestion.closest(to: "acme", among: ["acmf", "acmd"]) == "acmd")
        #expect(Suggestion.closest(to: "", among: ["a", "bc"]) == "a")
    }

    // MARK: - Ids

    @Test func idsThatWouldReplaceAFixedPageAreReserved() {
        let found = resolve([
            SourceFile(
                path: "content/people/p.yaml",
                text:
                    "- {id: index, name: I, email: i@x.example.com}\n- {id: page-3, name: P, email: p@x.example.com}\n- {id: page-1, name: Q, email: q@x.example.com}\n"
            ),
            SourceFile(path: "content/guides/index.md", text: "---\ntitle: All\n---\n\nText.\n"),
        ])
        #expect(
            found == [
                "content/guides/index.md:1:1: error: guide id 'index' is reserved: guides/index.html is the list of guides",
                "content/people/p.yaml:1:3: error: person id 'index' is reserved: people/index.html is the list of people",
                "content/people/p.yaml:2:3: error: person id 'page-3' is reserved: people/page-3.html is page 3 of the list of people",
            ])
    }

    /// Derived from Route: for every fixed page `folder/name.html`, each kind of id that names
    /// pages `folder/<id>.html` cannot be `name`. A fixed page added to Route is covered here.
    @Test func everyFixedPageReservesItsNameForEveryKindOfIdInItsFolder() {
        var checked = 0
        for page in Route.listPages.keys.sorted() + [Route.people(page: 2), Route.people(page: 40)] {
            let folder = page.split(separator: "/").dropLast().joined(separator: "/")
            let name = String(page.split(separator: "/").last!.dropLast(".html".count))
            for kind in Route.IDKind.allCases {
                let sharesFolder = Route.paths(of: kind, "x").contains {
                    $0 == (folder.isEmpty ? "" : folder + "/") + "x.html"
                }
                guard sharesFolder else { continue }
                #expect(Route.reservation(of: kind, name) != nil, "\(kind) '\(name)' would replace \(page)")
                checked += 1
            }
        }
        #expect(checked >= 5)
        #expect(Route.reservation(of: .person, "page-1") == nil)
        #expect(Route.reservation(of: .person, "page-02") == nil)
        #expect(Route.reservation(of: .company, "index") == nil)
        #expect(Route.reservation(of: .role, "contacts") != nil)
    }

    @Test func twoGuidesWithOneIdAreAnErrorAndTheModelKeepsOne() {
        let guide = "---\ntitle: Set up\n---\n\nText.\n"
        let (model, diagnostics) = ModelResolver().resolve(
            ContentLoader().load([
                Self.site, Self.roles,
                SourceFile(path: "content/guides/a/setup.md", text: guide),
                SourceFile(path: "content/guides/b/setup.md", text: guide),
            ]))
        #expect(
            diagnostics.map(\.description) == [
                "content/guides/b/setup.md:1:1: error: duplicate guide id 'setup'\ncontent/guides/a/setup.md:1:1: note: 'setup' is first defined here"
            ])
        #expect(model?.guides.map(\.location.path) == ["content/guides/a/setup.md"])
    }

    @Test func idsAreShortSlugs() {
        let found = resolve([
            company(
                "",
                extra:
                    "    assets:\n      - {id: \"a/../b\", product: P}\n      - {id: \(String(repeating: "a", count: 101)), product: P}\n      - {id: \(String(repeating: "a", count: 100)), product: P}"
            )
        ])
        #expect(
            found == [
                "content/companies/c.yaml:15:14: error: 'a/../b' is not a valid id: use lower-case letters, digits and hyphens",
                "content/companies/c.yaml:16:14: error: 'aaaaaaaaaaaaaaaaaaaa…' is too long for an id: at most 100 characters",
            ])
    }

    // MARK: - Dates and addresses

    @Test func datesOutsideTheSupportedYearsAreRefused() {
        func dateProblem(_ start: String, _ end: String) -> [String] {
            let file = company("", extra: "").text.replacingOccurrences(
                of: "start: 2026-01-01", with: "start: \(start)"
            )
            .replacingOccurrences(of: "end: 2027-01-01", with: "end: \(end)")
            return resolve([SourceFile(path: "content/companies/c.yaml", text: file)]).filter {
                $0.contains("date") || $0.contains("range")
            }
        }
        #expect(dateProblem("1900-01-01", "9998-12-31") == [])
        #expect(
            dateProblem("1899-12-31", "9999-12-31") == [
                "content/companies/c.yaml:11:12: error: '1899-12-31' is out of range: dates run from 1900-01-01 to 9998-12-31",
                "content/companies/c.yaml:12:10: error: '9999-12-31' is out of range: dates run from 1900-01-01 to 9998-12-31",
            ])
        #expect(Day.supported.upperBound.adding(days: 1).description == "9999-01-01")
    }

    @Test func onlyWebAddressesAreURLs() {
        for good in ["https://example.com", "http://example.com:8080/a?b=c#d", "HTTPS://EXAMPLE.COM/"] {
            #expect(YAMLMap.isURL(good, relative: false), "\(good)")
        }
        for bad in [
            "javascript:alert(1)", "JavaScript:alert(1)//", " javascript:x", "java\tscript:x", "data:text/html,x",
            "vbscript:x",
            "file:///etc/passwd", "https://", "https:///path", "//evil.example/", "example.com", "https://a b.com", "",
            "https://example.com/\u{1B}[0m",
        ] {
            #expect(!YAMLMap.isURL(bad, relative: false), "\(bad)")
        }
        #expect(YAMLMap.isURL("../site/", relative: true))
        #expect(YAMLMap.isURL("/help/", relative: true))
        #expect(!YAMLMap.isURL("//evil.example/", relative: true))
        #expect(!YAMLMap.isURL("javascript:alert(1)//", relative: true))
    }

    @Test func emailsCannotChangeAMailtoLink() {
        for good in ["ann@c.example.com", "o'brien+billing@c.example.com", "zoë@café.example"] {
            #expect(YAMLMap.isEmail(good), "\(good)")
        }
        for bad in [
            "ann@c.example.com?cc=x@y.example", "ann@c.example.com#x", "a%40b@c.example.com", "<b>@c.example.com",
            "ann@c.example.com\"><script>", "ann@example", "ann@.example.com", "ann@c..com", "a\u{7}@c.example.com",
            "ann@c.example.com\n", "@c.example.com",
        ] {
            #expect(!YAMLMap.isEmail(bad), "\(bad)")
        }
    }

    @Test func unsafeAddressesInDataAreLocatedErrors() {
        let files = [
            SourceFile(
                path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\nbase_url: \"data:text/html,x\"\n"),
            SourceFile(
                path: "content/resellers/n.yaml",
                text:
                    "id: n\nname: N\ncontacts:\n  - {purpose: sales, url: \"javascript:alert(1)\"}\n  - {purpose: billing, url: \"https://n.example.com/billing\"}\n"
            ),
        ]
        let found = ModelResolver().resolve(ContentLoader().load(files)).diagnostics.map(\.description)
        #expect(
            found.contains(
                "content/resellers/n.yaml:4:27: error: 'javascript:alert(1)' is not a valid url: use an http:// or https:// address"
            ))
        #expect(
            found.contains(
                "content/site.yaml:3:11: error: 'data:text/html,x' is not a valid base_url: use an http:// or https:// address, or a relative path such as ../site/"
            ))
        // The contact with only a refused url is not also reported as having no way to reach it.
        #expect(!found.contains { $0.contains("needs at least") })
    }
}

import Foundation
import RolebookCore
import RolebookTestSupport
import Testing

@testable import RolebookRender

/// swift-mustache climbs the context stack for any name the innermost view model does not answer,
/// so a field the generated `child(named:)` misses, or a nil it returns, prints a parent's field of
/// that name. These tests hold the lookups to the view models' real stored properties, and the
/// default theme to names its models answer.
@Suite struct ViewModelLookupTests {
    /// One instance of every view model, reached from the models the templates are drawn with:
    /// every optional that holds a model is set (so its type is visited), every optional text is
    /// nil (so its nil answer is checked).
    static var samples: [Any] {
        let link = Link(label: "Label", href: "x.html")
        let card = PersonCard(
            root: nil, name: "Ann", href: "people/ann.html", title: nil, email: nil, phone: nil, phoneHref: nil,
            hasLeft: false, note: nil)
        let contact = ContactCard(
            purpose: "Sales", name: nil, phone: nil, phoneHref: nil, email: nil, url: nil, webURL: nil, hours: nil)
        let reseller = ResellerCard(name: "Reseller", accountNumber: nil, contacts: [contact])
        let chrome = PageChrome(
            siteTitle: "Site", pageTitle: "Page", root: "../", asOf: "1 Jan 2026", breadcrumbs: [link],
            hasBreadcrumbs: true, changes: link,
            languages: [LanguageLink(code: "de", name: "Deutsch", href: "de/index.html", isCurrent: false)],
            searchCounts: "{}")
        let step = ContactRow.Step(
            label: "Admin", isRole: true, people: [card], contact: contact, advice: nil, passedOver: ["left"],
            notes: ["gone"],
            isReader: false)
        let row = ContactRow(
            topic: "Access", first: step, then: [step], hasThen: true, gapNotes: ["none"], endNotes: ["gone"],
            end: nil)
        let canMake = ChangeYouCanMake(
            title: "Add", href: "g.html", summary: nil, preconditions: ["p"], changes: ["c"], stepsHTML: "<p>s</p>")
        let mustAsk = ChangeToAskFor(
            title: "Remove", href: "g.html", summary: nil, askRole: nil, askPeople: [card], sayLabel: "Say",
            sayHTML: nil, guidanceHTML: "", showsGuidance: true, holderUnavailable: true, absence: ["gone"],
            fallbackHTML: nil, fallbackContacts: [step], reseller: reseller)
        let vacancy = Vacancy(
            roleName: "Owner", personName: "Bob", takeover: nil, href: "r.html", reseller: reseller, contacts: [step])
        let answer = AnswerCard(
            contract: link, company: link, readerRoles: [link],
            contacts: [
                KeyContact(
                    role: "Owner", href: "r.html", people: [card], isReader: false, gaps: ["g"], meanwhile: [step])
            ])
        let fact = Fact(label: "Vendor", value: "Autodesk")
        let guide = GuideLink(link: link, summary: nil, isProcedure: true)
        let person = PersonRow(person: card, roles: "Admin")
        let holding = RoleHolding(
            name: "Admin", href: "r.html", summary: "Adds users",
            units: [RoleHolding.Unit(label: nil, people: [card], peopleHTML: "", standIn: nil, empty: true)])
        let role = RoleFacts(
            name: "Admin", roleSet: "Classic", otherNames: nil, summary: "Adds users", scope: "contract",
            cardinality: "one", eraRules: [RoleFacts.EraRule(era: "2013", rule: "One per serial number")],
            assignedBy: nil, capabilities: ["c"], notifications: ["n"], duties: ["d"],
            counterparts: [
                RoleFacts.Counterpart(link: link, roleSet: "Other", isSameRole: false, note: "Not the same")
            ],
            whenHolderLeaves: [RoleFacts.LeavingNote(appliesTo: nil, text: "Ask the vendor.")])
        let asset = ContractPage.AssetRow(product: "Revit", serialNumber: nil, seats: nil)
        let ask = PersonAdviceFragment.Ask(
            topic: "Access", units: nil, isSelf: false, step: step, next: [step], notes: ["n"], end: nil)
        let takeover = PersonAdviceFragment.Takeover(role: "Owner", href: "r.html", how: nil, contacts: [])
        let holder = ReportContract.Holder(role: "Admin", unit: nil, people: [card], note: nil)
        let table = ContactTableFragment(root: "../", notes: ["n"], contacts: [row], key: "k")
        let action = ActionRow(
            problem: "Bob has left", company: link, contract: nil,
            fixes: [
                ActionRow.Fix(
                    role: "Owner", page: "Owner on 1", href: "r.html", people: [card], names: "Ann", nobody: nil,
                    instead: [step])
            ], advice: nil)
        let advice = PersonAdviceFragment(
            root: "../", hasLeft: false, takeovers: [takeover], asks: [ask], canMake: [canMake], mustAsk: [mustAsk],
            key: "k")
        let nav = AlphabetNav(
            label: "People A–Z", letters: [AlphabetNav.Entry(label: "A", url: "#letter-a", isCurrent: false)],
            contents: [
                AlphabetNav.LetterPages(
                    letter: "A", parts: [AlphabetNav.Entry(label: "Ann – Ayo", url: "a.html", isCurrent: true)])
            ],
            parts: [])
        let holders = ContractsIndexPage.Holders(
            role: "Contract Manager",
            people: [ContractsIndexPage.Holder(name: link, hasLeft: false)], nobody: false)
        return [
            HomePage(
                chrome: chrome, root: "",
                companies: [HomePage.CompanyRow(link: link, contracts: 1, assets: 2, people: 3, nextEnd: nil)],
                renewals: [
                    HomePage.Renewal(contract: link, company: link, ends: "1 Feb 2026", daysLeft: 31, autoRenew: false)
                ],
                hasRenewals: true, renewalWindowDays: 90, guides: [guide], contractCount: 1, peopleCount: 1,
                renewalsTitle: "Renewals", noRenewals: "None", counts: "1 contract, 1 person"),
            CompanyPage(
                chrome: chrome, root: "../", name: "Acme", reseller: reseller, keyPeople: [answer],
                contracts: [
                    ContractRow(
                        link: link, vendor: "Autodesk", roleSet: "Classic", products: "Revit", ends: "e",
                        nearRenewal: false)
                ],
                people: [person], contactsHref: "c.html", vacancies: [vacancy], reportHref: nil, changesHref: "ch.html",
                actionsHref: "a.html"),
            ActionsPage(
                chrome: chrome, root: "../", title: "What needs action", summary: "1 thing", isEmpty: false,
                compact: true, nav: nav, groups: [ActionsPage.Group(company: link, actions: link, items: [action])]),
            CompanyContactsPage(
                chrome: chrome, root: "../../", name: "Acme", companyHref: "c.html", reseller: reseller,
                contracts: [
                    CompanyContactsPage.ContractContacts(contract: link, contactTable: table, contactTableHTML: "")
                ]),
            ContractPage(
                chrome: chrome, root: "../", number: "1", label: "Revit · 1", company: link, facts: [fact],
                nearRenewal: nil,
                reseller: reseller,
                assets: [asset], roles: [holding], contactTable: table, contactTableHTML: "", vacancies: [vacancy]),
            ContractRolePage(
                chrome: chrome, root: "../../", role: role, contract: link, company: link, holding: holding,
                vacancies: [vacancy],
                canMake: [canMake], mustAsk: [mustAsk], guides: [guide], contactTable: table, contactTableHTML: "",
                reseller: reseller, showsContents: true, otherRoles: [link]),
            RolePage(
                chrome: chrome, root: "../../", role: role, isMain: true, nav: nav, isHeld: true,
                groups: [
                    RolePage.Group(
                        letter: "A", anchor: "letter-a",
                        holders: [RolePage.Holder(company: link, people: 1, contracts: [link])])
                ],
                guides: [guide]),
            ContractsIndexPage(
                chrome: chrome, root: "../", nav: nav,
                groups: [
                    ContractsIndexPage.Group(
                        letter: "A", anchor: "letter-a",
                        companies: [
                            ContractsIndexPage.Company(
                                link: link,
                                contracts: [
                                    ContractsIndexPage.Contract(
                                        link: link, label: "Standard, 3-year", holders: [holders],
                                        serials: [
                                            ContractsIndexPage.Serial(
                                                serial: "1-2", product: "Revit", href: "h.html", holders: [holders])
                                        ])
                                ])
                        ])
                ]),
            RolesPage(
                chrome: chrome, root: "../",
                sets: [RolesPage.Set(name: "Classic", vendor: "Autodesk", description: nil, roles: [link])]),
            PersonPage(
                chrome: chrome, root: "../", person: card, packetHref: nil, answers: [answer],
                held: [PersonPage.Held(role: link, contract: link, company: link, unit: nil)], holdsNothing: false,
                advice: [PersonPage.ContractAdvice(contract: link, company: link, advice: advice, adviceHTML: "")]),
            PeoplePage(
                chrome: chrome, root: "../", nav: nav,
                groups: [
                    PeoplePage.Group(
                        letter: "A", anchor: "letter-a",
                        people: [
                            PeoplePage.Entry(
                                name: link, email: "a@example.com", hasLeft: false, companies: [link], roles: nil)
                        ])
                ]),
            GuidePage(
                chrome: chrome, root: "../", title: "Guide", summary: nil, bodyHTML: "", isTailored: false,
                variants: [link],
                contractPages: [link], contractCount: 1, tooManyContracts: false, tooManyContractsNote: "",
                bodyLanguage: nil, forRole: nil, guideHref: "g.html",
                preconditions: [], changes: [], performers: nil),
            GuidesPage(chrome: chrome, root: "../", guides: [guide]),
            ReviewPage(
                chrome: chrome, root: "../", title: "Guide", guideHref: "g.html", flaggedHTML: "",
                variants: [ReviewPage.Variant(role: "Admin", roleSet: "Classic", bodyHTML: "")]),
            AuthorsPage(chrome: chrome, root: "../", reviews: [link]),
            ChangesPage(
                chrome: chrome, root: "../", title: "What changed", lead: "Between two dates.",
                companies: [
                    ChangedCompany(
                        name: "Acme", link: link, status: "1 change",
                        changes: [ChangeItem(summary: "Contract Manager moved", links: [link])])
                ], isSummary: false, nothingChanged: "Nothing changed."),
            table,
            advice,
            CompanyReport(
                title: "Acme: roles", company: "Acme", asOf: "1 Jan 2026", styleHTML: "", links: false, root: "",
                companyHref: "c.html", reseller: reseller, actions: [action], actionsSummary: "1 thing",
                matrix: [
                    MatrixRow(
                        person: "Ann", personHref: nil, email: "ann@example.com", role: "Admin", contract: "1",
                        contractHref: nil,
                        unit: nil, hasLeft: false, gap: nil)
                ],
                contracts: [
                    ReportContract(
                        anchor: "contract-1", number: "1", href: nil, facts: [fact], assets: [asset], holders: [holder],
                        contacts: [row])
                ],
                milestones: [
                    Milestone(
                        contract: "1", label: "Ends", date: "1 Feb 2026", isoDate: "2026-02-01", daysFromAsOf: 31,
                        isNear: false,
                        isPast: false, inDays: "In 31 days", soon: "Soon: in 31 days")
                ],
                procedures: [
                    ReportProcedure(
                        anchor: "procedure-p", title: "Add", summary: nil,
                        contracts: [
                            ReportProcedure.Contract(
                                number: "1",
                                performers: [ReportProcedure.Performer(role: "Admin", people: [card], gaps: ["none"])],
                                askRole: nil, fallbackHTML: nil)
                        ], preconditions: ["p"], changes: ["c"],
                        steps: [ReportProcedure.Steps(label: nil, stepsHTML: "<p>s</p>")])
                ]),
            OnboardingPacket(
                title: "Ann: your roles", asOf: "1 Jan 2026", styleHTML: "", links: false, root: "", person: card,
                roles: [
                    OnboardingPacket.Role(
                        name: "Admin", summary: "s", places: ["p"], placesLine: "p", capabilities: [], notifications: []
                    )
                ],
                keyContacts: [
                    OnboardingPacket.KeyContacts(
                        place: "Contract 1", contacts: [OnboardingPacket.KeyContact(step: step, topics: "Access")])
                ],
                contracts: [
                    OnboardingPacket.Contract(
                        number: "1", company: "Acme", asks: [ask], canMake: [canMake], mustAsk: [mustAsk])
                ]),
            RoleCardFragment(
                links: false, root: "", contract: "1", contractHref: "c.html", company: "Acme", holders: [holder],
                role: role),
            ContactsFragment(links: false, root: "", contract: "1", company: "Acme", contacts: [row]),
            PersonCardFragment(links: false, root: "", person: card, roles: "Admin"),
        ]
    }

    /// Every struct reachable from `value`, with a description of each lookup that is wrong.
    static func check(_ value: Any, visited: inout Set<String>, problems: inout [String]) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional?, .collection?:
            for child in mirror.children { check(child.value, visited: &visited, problems: &problems) }
        case .struct? where !(value is String):
            let name = String(reflecting: type(of: value))
            visited.insert(name)
            guard let model = value as? any ViewModel else {
                problems.append("\(name) is not a ViewModel: its fields are not answered by child(named:)")
                return
            }
            let labels = mirror.children.map { $0.label ?? "" }
            if type(of: model).fields.map(\.key) != labels {
                problems.append(
                    "\(name).fields \(type(of: model).fields.map(\.key)) are not its stored properties \(labels)")
            }
            for child in mirror.children {
                let label = child.label ?? ""
                let answer = model.child(named: label)
                let stored = Mirror(reflecting: child.value)
                if stored.displayStyle == .optional, stored.children.isEmpty {
                    // nil: answered as Absent (renders empty), except the names that climb on purpose.
                    if ViewModels.inheritedNames.contains(label) {
                        if answer != nil { problems.append("\(name).\(label) is nil but does not climb to the page's") }
                    } else if !(answer is Absent) {
                        problems.append(
                            "\(name).\(label) is nil and answered with \(String(describing: answer)), not Absent")
                    }
                } else if let answer {
                    let expected = stored.displayStyle == .optional ? stored.children.first!.value : child.value
                    if String(describing: answer) != String(describing: expected) {
                        problems.append("\(name).\(label) is answered with another value: \(answer)")
                    }
                } else {
                    problems.append("\(name).\(label) is not answered by child(named:)")
                }
                check(child.value, visited: &visited, problems: &problems)
            }
            if model.child(named: "noSuchField") != nil { problems.append("\(name) answers a name it does not have") }
        default:
            break  // text, numbers, flags
        }
    }

    @Test func everyStoredPropertyOfEveryViewModelIsAnswered() {
        var visited: Set<String> = []
        var problems: [String] = []
        for sample in Self.samples { Self.check(sample, visited: &visited, problems: &problems) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // A new view model type needs a sample here, so its lookups are checked too.
        let all = Set(ViewModels.all.map { String(reflecting: $0) })
        #expect(all.subtracting(visited).isEmpty, "no sample of \(all.subtracting(visited).sorted())")
        #expect(visited.subtracting(all).isEmpty, "not generated: \(visited.subtracting(all).sorted())")
    }

    static let themeFolder = TestPaths.packageRoot.appendingPathComponent("themes/default/templates")

    static func defaultTheme() throws -> [String: (text: String, path: String)] {
        var templates: [String: (text: String, path: String)] = [:]
        for file in TestPaths.files(under: themeFolder) where file.hasSuffix(".mustache") {
            templates[String(file.dropLast(".mustache".count))] = (
                try String(contentsOf: themeFolder.appendingPathComponent(file), encoding: .utf8), "templates/\(file)"
            )
        }
        return templates
    }

    @Test func theTableNamesEveryTemplateOfTheDefaultThemeAndNoOther() throws {
        let files = Set(try Self.defaultTheme().keys)
        #expect(Set(TemplateModels.uses.keys) == files)
        #expect(Set(Theme.requiredTemplates) == files)
    }

    @Test func theDefaultThemeUsesOnlyNamesItsViewModelsAnswer() throws {
        let problems = TemplateNames.problems(in: try Self.defaultTheme())
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    /// `home` with one line replaced: what the checker says about it.
    func problems(home line: String) throws -> [String] {
        var templates = try Self.defaultTheme()
        templates["home"] = ("{{> header}}\n" + line + "\n{{> footer}}\n", "templates/home.mustache")
        return TemplateNames.problems(in: templates).map(\.description)
    }

    @Test func aNameTheSectionsModelLacksIsAnErrorUnlessItIsThePagesOwn() throws {
        // The page's root and chrome may be used in any section: they climb on purpose.
        #expect(
            try problems(home: "{{#companies}}<a href=\"{{root}}{{link.href}}\">{{chrome.siteTitle}}</a>{{/companies}}")
                == [])
        // Any other name would print the page's field: the page's own title in a company row.
        #expect(
            try problems(home: "{{#companies}}{{renewalWindowDays}}{{/companies}}") == [
                "templates/home.mustache:2:15: error: unknown variable 'renewalWindowDays': HomePage.CompanyRow has no field 'renewalWindowDays' (its fields: link, contracts, assets, people, nextEnd)"
            ])
        // Inside a section over a value or an inverted section, the model around it answers.
        #expect(
            try problems(
                home:
                    "{{#hasRenewals}}{{#companies}}{{#nextEnd}}{{.}} {{people}}{{/nextEnd}}{{/companies}}{{/hasRenewals}}{{^empty(guides)}}{{peopleCount}}{{/empty(guides)}}"
            ) == [])
        // A block is not a lookup: its tags are checked in the context around it.
        #expect(try problems(home: "{{$extra}}{{peopleCount}}{{/extra}}") == [])
        #expect(try problems(home: "{{$extra}}{{extra}}{{/extra}}").count == 1)
        // A dotted name does not climb after its first part, and a partial is checked in the
        // context of each inclusion (the footer's names are the page's own, so they pass anywhere).
        let found = try problems(
            home: "{{link.title}}{{#guides}}{{link.title}}{{> footer}}{{> contact-card}}{{/guides}}{{> nope}}")
        #expect(
            found.filter { !$0.hasPrefix("templates/contact-card.mustache") } == [
                "templates/home.mustache:2:1: error: unknown variable 'link.title': HomePage has no field 'link' (its fields: chrome, root, companies, renewals, hasRenewals, renewalWindowDays, guides, contractCount, peopleCount, renewalsTitle, noRenewals, counts)",
                "templates/home.mustache:2:26: error: unknown variable 'link.title': 'link' is a Link, which has no field 'title' (its fields: label, href)",
                "templates/home.mustache:2:81: error: unknown partial 'nope': the theme has no template 'nope.mustache'",
            ])
        #expect(
            found.contains(
                "templates/contact-card.mustache:1:54: error: unknown variable 'purpose': GuideLink has no field 'purpose' (its fields: link, summary, isProcedure)"
            ))
    }
}

import Foundation
import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing

@testable import RolebookRender

/// The reader findings of the content review (issue 14), pinned on view models: the sample site's
/// readers (Chloe Martin, a User whose Contract Manager has left; Ben Adler, a Contract Manager;
/// the Software Coordinators Sofia Marquez, Renata Vogel and Nadia Haddad) and the whole sample,
/// plus a small site of its own for what the sample does not show.
@Suite struct AdviceTests {
    // MARK: - Loading

    static func builder(_ files: [SourceFile]) throws -> PageModelBuilder {
        let (model, diagnostics) = ModelResolver().resolve(ContentLoader().load(files))
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.filter { $0.severity == .error })")
        return PageModelBuilder(index: SiteIndex(model: try #require(model)), strings: .english)
    }

    /// The repository's own content, through the real scanner and loader: loaded once, read by
    /// every test (a builder is an immutable value).
    static let loadedSample = Result { () throws -> PageModelBuilder in
        let files = try SourceTree(root: TestPaths.packageRoot).scan()
        let (model, diagnostics) = ModelResolver().resolve(ContentLoader().load(files))
        guard let model, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw SampleProblem(diagnostics: diagnostics.filter { $0.severity == .error })
        }
        return PageModelBuilder(index: SiteIndex(model: model), strings: .english)
    }

    struct SampleProblem: Error {
        var diagnostics: [Diagnostic]
    }

    static func sample() throws -> PageModelBuilder { try loadedSample.get() }

    /// Every person, with every contract they hold a role on and their roles there.
    static func readers(_ builder: PageModelBuilder) -> [(Person, Contract, Set<RoleKey>)] {
        builder.model.people.flatMap { person in
            let holdings = builder.holdings(of: person.id)
            return holdings.contracts.map { (person, $0, holdings.keysByContract[$0.id] ?? []) }
        }
    }

    static func contract(_ id: String, _ builder: PageModelBuilder) throws -> Contract {
        try #require(builder.index.contractsByID[id])
    }

    static func person(_ id: String, _ builder: PageModelBuilder) throws -> Person {
        try #require(builder.model.peopleByID[id])
    }

    static func asks(
        _ personID: String, on contractID: String, topic: String, _ builder: PageModelBuilder
    ) throws -> [PersonAdviceFragment.Ask] {
        let asks = builder.personAsks(try person(personID, builder), on: try contract(contractID, builder)).asks
        let found = asks.filter { $0.topic == topic }
        #expect(!found.isEmpty, "no '\(topic)' advice for \(personID) on \(contractID)")
        return found
    }

    /// Everyone a step reaches, by page address.
    static func hrefs(_ step: ContactRow.Step?) -> [String] { step?.people.map(\.href) ?? [] }

    // MARK: - A departed holder is never addressed

    @Test func aDepartedHolderIsNeverAskedScriptedOrListed() throws {
        let builder = try Self.sample()
        let departed = Set(builder.model.people.filter(\.hasLeft).map { Route.person($0.id) })
        #expect(!departed.isEmpty, "the sample keeps a Contract Manager who has left")
        for (person, contract, keys) in Self.readers(builder) {
            let made = builder.changes(for: contract, roleKeys: keys)
            for card in made.mustAsk {
                #expect(!card.askPeople.contains { $0.hasLeft }, "\(person.id) on \(contract.id): \(card.title)")
                if card.askPeople.isEmpty && card.askRole != nil {
                    #expect(card.sayHTML == nil, "a script with nobody to give it to: \(card.title)")
                    #expect(!card.showsGuidance, "guidance that sends \(person.id) to ask nobody: \(card.title)")
                    #expect(card.holderUnavailable)
                }
            }
            for ask in builder.personAsks(person, on: contract).asks {
                let reached = Self.hrefs(ask.step) + ask.next.flatMap(Self.hrefs)
                #expect(Set(reached).isDisjoint(with: departed), "\(person.id) on \(contract.id): \(ask.topic)")
            }
            for row in builder.contactRows(for: contract) {
                let reached = Self.hrefs(row.first) + row.then.flatMap(Self.hrefs)
                #expect(Set(reached).isDisjoint(with: departed), "\(contract.id): \(row.topic)")
            }
        }
    }

    @Test func aUserWhoseContractManagerLeftIsLedToTheFallback() throws {
        let builder = try Self.sample()
        let bim = try Self.contract("keystone-bim", builder)
        let user = RoleKey("autodesk-classic", "user")
        let change = try #require(
            builder.changes(for: bim, roleKeys: [user]).mustAsk.first { $0.title == "Change the Contract Manager" })
        #expect(change.holderUnavailable)
        #expect(change.askPeople.isEmpty)
        #expect(change.sayHTML == nil, "no 'before you leave' script for someone who has left")
        #expect(change.absence == ["Walter Hughes, the Contract Manager, has left."])
        #expect(change.fallbackHTML != nil)
        #expect(change.fallbackContacts.map(\.label) == ["Summit Design Partners, renewals", "Autodesk support"])
        #expect(change.fallbackContacts.last?.advice == nil, "contact_source names Autodesk support for this")
        #expect(change.reseller == nil, "one desk, not the reseller's whole card")
    }

    @Test func aScriptWrittenForALeavingHolderSaysSoBeforeIt() throws {
        let builder = try Self.builder(Self.smallSite)
        let contract = try Self.contract("k", builder)
        let made = builder.changes(for: contract, roleKeys: [RoleKey("v", "user")])
        let handOver = try #require(made.mustAsk.first { $0.title == "Hand over the contract" })
        #expect(handOver.sayLabel == "If Ann Lee is leaving, tell them")
        #expect(handOver.sayHTML?.contains("before you leave") == true)
        let access = try #require(made.mustAsk.first { $0.title == "Get a seat" })
        #expect(access.sayLabel == "What to tell them")
    }

    // MARK: - A departed person's own page

    @Test func aDepartedPersonsPageSaysTheyLeftAndListsNoChanges() throws {
        let builder = try Self.sample()
        let page = builder.personPage("walter-hughes", root: "../")
        #expect(page.person.hasLeft)
        #expect(!page.advice.isEmpty)
        for entry in page.advice {
            #expect(entry.advice.hasLeft)
            #expect(entry.advice.canMake.isEmpty)
            #expect(entry.advice.mustAsk.isEmpty)
            #expect(entry.advice.asks.isEmpty)
            #expect(entry.advice.takeovers.map(\.role) == ["Contract Manager (purchaser)"])
        }
        let staying = builder.personPage("ben-adler", root: "../")
        #expect(staying.advice.allSatisfy { !$0.advice.hasLeft })
        #expect(staying.advice.contains { !$0.advice.canMake.isEmpty })
    }

    // MARK: - No "ask yourself"

    @Test func nobodyIsToldToAskThemselves() throws {
        let builder = try Self.sample()
        for (person, contract, keys) in Self.readers(builder) where !person.hasLeft {
            let me = Route.person(person.id)
            for ask in builder.personAsks(person, on: contract).asks where !ask.isSelf {
                #expect(!Self.hrefs(ask.step).contains(me), "\(person.id) on \(contract.id): \(ask.topic)")
            }
            for ask in builder.personAsks(person, on: contract).asks where ask.isSelf {
                #expect(!ask.next.flatMap(Self.hrefs).contains(me), "\(person.id) on \(contract.id): \(ask.topic)")
            }
            for card in builder.changes(for: contract, roleKeys: keys).mustAsk {
                #expect(!card.askPeople.contains { $0.href == me }, "\(person.id) on \(contract.id): \(card.title)")
            }
        }
    }

    @Test func aContractManagerIsShownTheRenewalsDeskThenAutodesk() throws {
        let builder = try Self.sample()
        let renewal = try Self.asks(
            "ben-adler", on: "larkspur-design", topic: "Renewals, quotes and more seats", builder)
        #expect(renewal.count == 1)
        #expect(renewal[0].isSelf)
        #expect(renewal[0].next.map(\.label) == ["Northbridge CAD Solutions, renewals", "Autodesk support"])
        // The online-store owner has nothing the owner change can be asked of: it is theirs to act on.
        let online = try Self.contract("larkspur-online", builder)
        let owner = "Change the owner of an online-store subscription"
        let made = builder.changes(for: online, roleKeys: [RoleKey("autodesk-user-management", "purchaser")])
        #expect(!made.mustAsk.contains { $0.title == owner })
        #expect(made.canMake.contains { $0.title == owner })
    }

    @Test func onARolePageTheReadersOwnStepIsMarked() throws {
        let builder = try Self.sample()
        let design = try Self.contract("larkspur-design", builder)
        let table = builder.contactTable(
            for: design, root: "../../", reader: RoleKey("autodesk-classic", "contract-manager"), memo: ViewModelMemo())
        let renewal = try #require(table.contacts.first { $0.topic == "Renewals, quotes and more seats" })
        #expect(renewal.first?.isReader == true)
        #expect(renewal.then.map(\.isReader) == [false, false])
        let generic = builder.contactTable(for: design, root: "../../", memo: ViewModelMemo())
        #expect(generic.contacts.allSatisfy { $0.first?.isReader != true })
        #expect(generic.key != table.key, "tables for different readers are different fragments")
    }

    // MARK: - "You handle this yourself" per asset and per capability

    @Test func aSoftwareCoordinatorHandlesAccessOnlyForTheirOwnSerialNumbers() throws {
        let builder = try Self.sample()
        let sofia = try Self.asks("sofia-marquez", on: "larkspur-design", topic: "Access to software", builder)
        #expect(sofia.map(\.isSelf) == [true, false])
        #expect(sofia[0].units == "Inventor Professional, serial 399-78123456")
        #expect(sofia[1].units == "AutoCAD, serial 399-81234567")
        #expect(Self.hrefs(sofia[1].step) == [Route.person("ben-adler")])

        let nadia = try Self.asks("nadia-haddad", on: "keystone-bim", topic: "Access to software", builder)
        let own = try #require(nadia.first { $0.isSelf })
        #expect(own.units == "AutoCAD, serial 399-67812345")
        let other = try #require(nadia.first { !$0.isSelf })
        #expect(Self.hrefs(other.step) == [Route.person("renata-vogel")])
        // Her Contract Manager has left: after her comes the reseller, never Walter Hughes.
        #expect(own.next.first?.label == "Summit Design Partners, technical support")

        let renata = try Self.asks("renata-vogel", on: "keystone-bim", topic: "Access to software", builder)
        #expect(renata.filter(\.isSelf).map(\.units) == ["Revit, serial 399-56781234"])
    }

    @Test func theContractManagerStandingInForAnAssetIsToldWhy() throws {
        let builder = try Self.sample()
        let ben = try Self.asks("ben-adler", on: "larkspur-design", topic: "Downloads and new releases", builder)
        // He handles every serial number (a Contract Manager gives access too), and is told why
        // the one without a Software Coordinator comes to him.
        #expect(ben.count == 1)
        #expect(ben.first?.isSelf == true)
        #expect(ben.first?.units == nil)
        #expect(
            ben.first?.notes == [
                "No Software Coordinator is assigned for AutoCAD, serial 399-81234567, so it comes to you."
            ])
    }

    @Test func nobodyHandlesTrainingOrATechnicalCaseThemselves() throws {
        let builder = try Self.sample()
        for (person, contract, _) in Self.readers(builder) where !person.hasLeft {
            for ask in builder.personAsks(person, on: contract).asks
            where ask.topic == "Training" || ask.topic == "Technical problems" {
                #expect(!ask.isSelf, "\(person.id) on \(contract.id): \(ask.topic)")
            }
        }
        let sofia = try Self.asks("sofia-marquez", on: "larkspur-online", topic: "Technical problems", builder)
        #expect(sofia.map(\.step?.label) == ["Autodesk support"])
        let training = try Self.asks("ben-adler", on: "larkspur-online", topic: "Training", builder)
        #expect(training.map(\.step?.label) == [nil])
        #expect(training.first?.end?.isEmpty == false, "says plainly that nobody is named")
    }

    // MARK: - Chains end at Autodesk support

    @Test func chainsEndAtAutodeskSupportOrSayWhyNot() throws {
        let builder = try Self.sample()
        for contract in builder.index.contractsByID.values {
            for row in builder.contactRows(for: contract) {
                let last = row.then.last ?? row.first
                if last?.label == "Autodesk support" {
                    #expect(row.end == nil)
                } else {
                    #expect(row.end?.isEmpty == false, "\(contract.id): '\(row.topic)' stops without saying why")
                    #expect(["Technical problems", "Training"].contains(row.topic), "\(contract.id): \(row.topic)")
                }
                // Autodesk support is labelled as advice unless the topic names its source.
                for step in [row.first].compactMap({ $0 }) + row.then where step.label == "Autodesk support" {
                    let sourced = row.topic == "Changing the Contract Manager (purchaser)"
                    #expect((step.advice == nil) == sourced, "\(contract.id): \(row.topic)")
                }
            }
        }
    }

    @Test func anOnlineStoreSubscriptionGoesFromItsPurchaserToAutodesk() throws {
        let builder = try Self.sample()
        let online = try Self.contract("larkspur-online", builder)
        let rows = builder.contactRows(for: online)
        for topic in ["Renewals, quotes and more seats", "Invoices and payment"] {
            let row = try #require(rows.first { $0.topic == topic })
            #expect(row.first?.label == "Purchaser (formerly Contract Manager)")
            #expect(row.then.map(\.label) == ["Autodesk support"])
            #expect(row.then.first?.passedOver == ["No reseller: bought in the Autodesk online store."])
        }
    }

    // MARK: - Notes stand next to the step they concern

    @Test func aSkippedEntrysNoteStandsBesideTheStepItExplains() throws {
        let builder = try Self.sample()
        let bim = try #require(
            builder.contactRows(for: try Self.contract("keystone-bim", builder)).first {
                $0.topic == "Access to software"
            })
        #expect(bim.first?.label == "Software Coordinator")
        #expect(bim.first?.passedOver == [])
        #expect(bim.first?.notes == [])
        #expect(bim.then.first?.passedOver == ["Walter Hughes, Contract Manager, has left the company."])
        let design = try #require(
            builder.contactRows(for: try Self.contract("larkspur-design", builder)).first {
                $0.topic == "Access to software"
            })
        #expect(design.first?.notes.count == 1)
        #expect(design.first?.notes.first?.contains("AutoCAD") == true)
        #expect(design.then.allSatisfy { $0.passedOver.isEmpty && $0.notes.isEmpty })
    }

    // MARK: - A small site of its own

    /// One contract with a per-asset coordinator, an owner who is staying, a script for a leaving
    /// owner, and a chain whose vendor step names its source.
    static let smallSite = [
        SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-01-10\n"),
        SourceFile(
            path: "content/roles/v.yaml",
            text: """
                id: v
                name: Vendor view
                vendor: V
                roles:
                  - {id: owner, name: Owner, summary: Owns it., scope: contract, min_per_scope: 1, max_per_scope: 1}
                  - {id: coordinator, name: Coordinator, summary: Gives seats., scope: asset, stand_in: owner}
                  - {id: user, name: User, summary: Uses it., scope: contract}
                """),
        SourceFile(
            path: "content/companies/c.yaml",
            text: """
                id: c
                name: C Ltd
                people:
                  - {id: ann, name: Ann Lee, email: ann@c.example.com}
                  - {id: bo, name: Bo, email: bo@c.example.com}
                  - {id: cy, name: Cy, email: cy@c.example.com}
                contracts:
                  - id: k
                    contract_number: "1"
                    vendor: V
                    role_set: v
                    start: 2026-01-01
                    end: 2027-01-01
                    channel: direct
                    assets:
                      - id: a1
                        product: One
                        assignments: [{role: coordinator, person: cy}]
                      - id: a2
                        product: Two
                    assignments:
                      - {role: owner, person: ann}
                      - {role: user, person: bo}
                """),
        SourceFile(
            path: "content/contacts.yaml",
            text: """
                topics:
                  - id: access
                    name: Access
                    chains:
                      v: [coordinator, owner, vendor]
                    fallback_for: [get-a-seat]
                  - id: owner
                    name: Owner
                    chains:
                      v: [owner, vendor]
                    vendor_source: the vendor's help page
                    fallback_for: [hand-over]
                """),
        SourceFile(
            path: "content/guides/hand-over.md",
            text: """
                ---
                title: Hand over the contract
                kind: procedure
                roles: [owner, user]
                performers: [owner]
                instead:
                  ask: owner
                  say: Please hand the contract over before you leave.
                  say_to: leaving-holder
                ---
                Only the owner can.
                """),
        SourceFile(
            path: "content/guides/get-a-seat.md",
            text: """
                ---
                title: Get a seat
                kind: procedure
                roles: [coordinator, user]
                performers: [coordinator]
                instead:
                  ask: coordinator
                  say: Please give me a seat.
                ---
                Ask for one.
                """),
    ]

    @Test func theSmallSiteResolvesYouPerAssetAndLabelsOnlyUnsourcedVendorSteps() throws {
        let builder = try Self.builder(Self.smallSite)
        let contract = try Self.contract("k", builder)
        let cy = builder.personAsks(try Self.person("cy", builder), on: contract).asks.filter { $0.topic == "Access" }
        #expect(cy.map(\.isSelf) == [true, false])
        #expect(cy.map(\.units) == ["One", "Two"])
        #expect(cy[0].next.map(\.label) == ["Owner", "V support"])
        #expect(Self.hrefs(cy[1].step) == [Route.person("ann")])
        let rows = builder.contactRows(for: contract)
        #expect(rows.first { $0.topic == "Access" }?.then.last?.advice != nil)
        #expect(rows.first { $0.topic == "Owner" }?.then.last?.advice == nil)
        // The asset without a coordinator is asked of the owner, who stands in for it.
        let seat = try #require(
            builder.changes(for: contract, roleKeys: [RoleKey("v", "user")]).mustAsk.first { $0.title == "Get a seat" })
        #expect(seat.askPeople.map(\.note) == ["One", "stands in as Coordinator for Two"])
    }

    @Test func contactChainMistakesAreReportedWhereTheyAreWritten() throws {
        var files = Self.smallSite
        files[3] = SourceFile(
            path: "content/contacts.yaml",
            text: """
                topics:
                  - id: access
                    name: Access
                    chains:
                      v: [coordinator, vendor:always, reseller:renewal]
                    fallback_for: [get-a-set, hand-over]
                  - id: owner
                    name: Owner
                    chains:
                      v: [owner]
                    vendor_source: nowhere
                    fallback_for: [hand-over]
                """)
        let (_, diagnostics) = ModelResolver().resolve(ContentLoader().load(files))
        let messages = diagnostics.map { "\($0.location?.line ?? 0): \($0.severity) \($0.message)" }
        #expect(messages.contains("5: error unknown vendor step 'vendor:always' (known: vendor, vendor:no-reseller)"))
        #expect(
            messages.contains("5: error unknown reseller contact purpose 'renewal'; did you mean 'renewals'?"))
        #expect(
            messages.contains(
                "6: error unknown procedure 'get-a-set' in fallback_for of contact topic 'access'; did you mean 'get-a-seat'?"
            ))
        #expect(
            messages.contains(
                "12: error procedure 'hand-over' is already in fallback_for of contact topic 'access'"))
        #expect(
            messages.contains(
                "7: warning contact topic 'owner' names a vendor_source but none of its chains has a vendor step"))
    }

    @Test func anUnknownScriptAudienceIsAnError() throws {
        var files = Self.smallSite
        files[4] = SourceFile(
            path: "content/guides/hand-over.md",
            text: files[4].text.replacingOccurrences(of: "say_to: leaving-holder", with: "say_to: leaver"))
        let (_, diagnostics) = ModelResolver().resolve(ContentLoader().load(files))
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("'say_to' must be one of") })
    }
}

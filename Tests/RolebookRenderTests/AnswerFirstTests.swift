import Foundation
import RolebookCore
import RolebookTestSupport
import Testing

@testable import RolebookRender

/// Pages that answer first (issue 15), pinned on the sample's view models: a person's page opens
/// with their contacts, a role page says each thing once, and a contract is named as readers know it.
@Suite struct AnswerFirstTests {
    static func sample() throws -> PageModelBuilder { try AdviceTests.sample() }

    @Test func aPersonPageOpensWithTheirContactsOnEachContract() throws {
        let page = try Self.sample().personPage("chloe-martin", root: "../")
        #expect(page.answers.map(\.contract.label).contains("Revit, AutoCAD · 3-year · 110002345678"))
        let bim = try #require(page.answers.first { $0.contract.href == Route.contract("keystone-bim") })
        #expect(bim.readerRoles.map(\.label) == ["User"])
        #expect(bim.readerRoles.map(\.href) == [Route.contractRole("keystone-bim", "autodesk-classic", "user")])
        #expect(bim.contacts.map(\.role) == ["Contract Manager (purchaser)", "Software Coordinator"])
        let manager = bim.contacts[0]
        #expect(manager.people.isEmpty)
        #expect(manager.gaps == ["Walter Hughes, Contract Manager, has left the company."])
        #expect(manager.meanwhile.first?.label == "Summit Design Partners, renewals")
        #expect(manager.meanwhile.first?.contact?.phoneHref == "tel:+15550151")
        let coordinators = bim.contacts[1]
        #expect(coordinators.people.map(\.name) == ["Renata Vogel", "Nadia Haddad"])
        #expect(coordinators.people.map(\.note) == ["Revit, serial 399-56781234", "AutoCAD, serial 399-67812345"])
        #expect(coordinators.people.first?.phoneHref == "tel:+15550160")
        let collection = try #require(page.answers.first { $0.contract.href == Route.contract("keystone-collection") })
        #expect(
            collection.contacts.map(\.role) == [
                "Purchaser (formerly Contract Manager)", "Primary admin", "Secondary admin",
            ])
    }

    @Test func aReaderIsMarkedOnTheirOwnLineNotListedThere() throws {
        let page = try Self.sample().personPage("nadia-haddad", root: "../")
        let bim = try #require(page.answers.first { $0.contract.href == Route.contract("keystone-bim") })
        let coordinators = try #require(bim.contacts.first { $0.role == "Software Coordinator" })
        #expect(coordinators.isReader)
        #expect(coordinators.people.map(\.name) == ["Renata Vogel"])
    }

    @Test func aPersonWhoHasLeftGetsNoAnswerCard() throws {
        #expect(try Self.sample().personPage("walter-hughes", root: "../").answers.isEmpty)
    }

    @Test func anEmptyEmailMakesNoMailtoAndPhonesAreDialable() throws {
        let builder = try Self.sample()
        let masked = Person(
            id: "masked", name: "Masked person", email: "", phone: "(555) 01-20",
            location: SourceLocation(path: "x.csv", line: 2, column: 1))
        let card = builder.card(masked)
        #expect(card.email == nil)
        #expect(card.phoneHref == "tel:5550120")
        #expect(builder.telHref("+44 (0)20 7946 0000") == "tel:+440207946" + "0000")
        #expect(builder.telHref("ask at reception") == nil)
    }

    @Test func aUserIsNotSentToAskForACoordinatorTheirSerialNumbersHave() throws {
        let page = try Self.sample().contractRolePage(
            "keystone-bim", RoleKey("autodesk-classic", "user"), root: "../../")
        #expect(!page.mustAsk.map(\.title).contains("Assign a Software Coordinator to serial numbers"))
        #expect(page.mustAsk.map(\.title).contains("Give a user access to software"))
        // The Software Coordinator still asks for it (to hand their serial numbers on).
        let coordinator = try Self.sample().contractRolePage(
            "keystone-bim", RoleKey("autodesk-classic", "software-coordinator"), root: "../../")
        #expect(coordinator.mustAsk.map(\.title).contains("Assign a Software Coordinator to serial numbers"))
    }

    @Test func aNoteTrueOfSeveralRowsIsSaidOnceAndEqualAnswersShareARow() throws {
        let page = try Self.sample().contractRolePage(
            "keystone-bim", RoleKey("autodesk-classic", "user"), root: "../../")
        let departed = "Walter Hughes, Contract Manager, has left the company."
        #expect(page.contactTable.notes == [departed])
        let inRows = page.contactTable.contacts.flatMap { row in
            ([row.first].compactMap { $0 } + row.then).flatMap { $0.passedOver + $0.notes } + row.endNotes
        }
        #expect(!inRows.contains(departed))
        #expect(page.contactTable.contacts.first?.topic == "Access to software; Downloads and new releases")
        #expect(page.reseller?.name == "Summit Design Partners")
        // Only the vacant role's own page says how it is taken over; the others link to it.
        #expect(page.vacancies.map(\.roleName) == ["Contract Manager (purchaser)"])
        #expect(page.vacancies.allSatisfy { $0.takeover == nil })
        let manager = try Self.sample().contractRolePage(
            "keystone-bim", RoleKey("autodesk-classic", "contract-manager"), root: "../../")
        #expect(manager.vacancies.allSatisfy { $0.takeover != nil })
    }

    @Test func aContractIsLabelledByProductTermAndNumberEverywhereItIsListed() throws {
        let builder = try Self.sample()
        let bim = try #require(builder.index.contractsByID["keystone-bim"])
        #expect(bim.label == "Revit, AutoCAD · 3-year · 110002345678")
        #expect(builder.contractLink(bim).label == bim.label)
        var many = bim
        many.assets += bim.assets.map { asset in
            var other = asset
            other.product += " LT"
            return other
        }
        #expect(many.label == "Revit, AutoCAD +2 · 3-year · 110002345678")
        var none = bim
        none.assets = []
        none.term = nil
        #expect(none.label == "Standard · 110002345678")
        let company = builder.companyPage("keystone-architects", root: "../")
        #expect(
            company.contracts.map(\.link.label).allSatisfy { $0.hasSuffix(" · 110002345678") || $0.contains(" · 1100") }
        )
        let key = try #require(company.keyPeople.first { $0.contract.href == Route.contract("keystone-bim") })
        #expect(key.readerRoles.isEmpty)
        #expect(key.contacts.map(\.role) == ["Contract Manager (purchaser)", "Software Coordinator"])
    }
}

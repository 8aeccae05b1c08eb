import Foundation
import RolebookBuild
import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing

/// What the variants' exports and overlays become: the records pages are made from.
@Suite struct ImportedModelTests {
    func model(_ variant: String) throws -> (SiteModel, LoadedContent) {
        let root = try ImportFixtures.site("Variants/\(variant)")
        defer { try? FileManager.default.removeItem(at: root) }
        let (content, model, diagnostics) = try ImportFixtures.resolve(root)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        return (try #require(model), content)
    }

    func contract(_ id: String, in model: SiteModel) throws -> Contract {
        try #require(model.companies.flatMap(\.contracts).first { $0.id == id })
    }

    @Test func rowsOfOneContractNumberAreOneContractWithASubscriptionEach() throws {
        let (model, _) = try model("bom-crlf")
        let company = try #require(model.companiesByID["keystone"])
        #expect(company.name == "Keystone Architects")
        let contract = try contract("110000000001", in: model)
        #expect(contract.contractNumber == "110000000001")
        #expect(contract.subscriptionID == nil)
        #expect(contract.assets.map(\.id) == ["71000001", "71000002"])
        #expect(contract.assets.map(\.product) == ["AutoCAD - including specialized toolsets", "Revit"])
        #expect(contract.assets.map(\.seats) == [5, 2])
        #expect(contract.start == Day(iso: "2026-03-15") && contract.end == Day(iso: "2027-03-14"))
        #expect(contract.term == "Annual")
        #expect(contract.roleSetID == "autodesk-classic")
        #expect(contract.channel == .reseller)
        #expect(contract.resellerID == "northbridge-cad", "the export's reseller name finds the hand-written reseller")
        #expect(!contract.autoRenew)
    }

    @Test func quotedValuesArriveWhole() throws {
        let root = try ImportFixtures.site("Variants/quoted-fields")
        defer { try? FileManager.default.removeItem(at: root) }
        let (content, _, _) = try ImportFixtures.resolve(root)
        let products = content.companies.flatMap(\.contracts).flatMap(\.assets).map(\.product)
        #expect(
            products == [
                "AutoCAD, including specialized toolsets", "Revit \"Ultimate\" bundle",
                "Product Design &\nManufacturing Collection", "Vault",
            ])
    }

    @Test func theRoleSetRuleFollowsContractNumberAndTeam() throws {
        let (model, _) = try model("title-case-headers")
        let online = try contract("72000001", in: model)
        #expect(online.roleSetID == "autodesk-user-management")
        #expect(online.channel == .onlineStore && online.buyingExperience == .classic)
        #expect(online.autoRenew && online.end == Day(iso: "2026-12-01"), "no end date: the auto-renew date ends it")
        #expect(online.teamID == "keystone-architects")
        let partner = try contract("72000002", in: model)
        #expect(partner.channel == .reseller && partner.buyingExperience == .newBuyingExperience2024)
        #expect(partner.resellerID == "summit-design-partners")
        let reseller = try #require(model.resellersByID["summit-design-partners"])
        #expect(reseller.contacts.map(\.email) == ["orders@summit.example.com"])
        #expect(reseller.contacts.map(\.purpose) == [.renewals])
        let (declared, _) = try self.model("semicolon-day-first-declared")
        #expect(try contract("110000000003", in: declared).roleSetID == "autodesk-classic")
        #expect(try contract("110000000003", in: declared).end == Day(iso: "2027-03-14"))
    }

    @Test func theOlderExportsContractManagerIsAssignedInEachRoleSet() throws {
        let (model, _) = try model("deprecated-aliases")
        let classic = try contract("110000000014", in: model)
        #expect(classic.plan == "Standard")
        #expect(classic.assignments.map(\.roleID) == ["contract-manager"])
        let online = try contract("82000002", in: model)
        #expect(online.assignments.map(\.roleID) == ["purchaser"], "purchaser's other names include contract manager")
        #expect(Set((classic.assignments + online.assignments).map(\.personID)) == ["priya-shah-keystone-example-com"])
        #expect(model.peopleByID["priya-shah-keystone-example-com"]?.name == "priya.shah@keystone.example.com")
    }

    @Test func maskedRowsAreSeparatePeopleShownAsMasked() throws {
        let (model, content) = try model("masked-personal-data")
        let holders = model.companies.flatMap(\.contracts).flatMap(\.assignments).map(\.personID)
        #expect(holders == ["masked-keystone-2", "masked-keystone-3", "masked-keystone-4"])
        #expect(model.peopleByID["masked-keystone-2"]?.name == "Masked person (keystone.csv, line 2)")
        #expect(model.peopleByID["masked-keystone-2"]?.email == "")
        #expect(content.imports.maskedPeople == Set(holders))
    }

    /// A masked row has no email: no page, report or packet links to an empty `mailto:`.
    @Test func maskedPeopleGetNoEmptyMailToLinkAnywhere() async throws {
        let root = try ImportFixtures.site("Variants/masked-personal-data")
        defer { try? FileManager.default.removeItem(at: root) }
        var options = BuildOptions(root: root)
        options.reports = true
        let report = try await SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let output = root.appendingPathComponent("output")
        var pages = 0
        for file in TestPaths.files(under: output) where file.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            #expect(!html.contains(#"href="mailto:""#), "\(file)")
            pages += 1
        }
        #expect(pages > 10)
        let report0 = try String(contentsOf: output.appendingPathComponent("reports/keystone.html"), encoding: .utf8)
        #expect(report0.contains("Masked person (keystone.csv, line 2)"))
    }

    @Test func aUsersExportGivesPeopleAndTheirTeamRoles() throws {
        let (model, _) = try model("users-export")
        let company = try #require(model.companiesByID["larkspur"])
        #expect(company.name == "Larkspur Studio")
        #expect(
            company.personIDs == [
                "dana-larkspur-example-com", "omar-larkspur-example-com", "lena-larkspur-example-com",
                "tom-larkspur-example-com", "masked-larkspur-users-6",
            ])
        let team = try #require(company.teams.first)
        #expect(team.id == "larkspur-studio")
        #expect(
            team.assignments.map { "\($0.roleID) \($0.personID)" } == [
                "primary-admin dana-larkspur-example-com", "secondary-admin omar-larkspur-example-com",
                "user lena-larkspur-example-com", "user masked-larkspur-users-6",
            ])
        #expect(model.peopleByID["lena-larkspur-example-com"]?.email == "LENA@larkspur.example.com")
        #expect(try contract("86000001", in: model).teamID == team.id)
    }

    @Test func anOverlayCompletesImportedRecords() throws {
        let (model, content) = try model("overlay-merge")
        let company = try #require(model.companiesByID["keystone"])
        #expect(company.resellerID == "northbridge-cad")
        #expect(model.peopleByID["walter-hughes-keystone-example-com"]?.status == .departed)
        let priya = try #require(model.peopleByID["priya-shah-keystone-example-com"])
        #expect(priya.title == "Office manager" && priya.phone == "+1 555 0100")
        #expect(model.peopleByID["marco-bianchi-keystone-example-com"]?.name == "Marco Bianchi-Rossi")
        #expect(model.peopleByID["ines-consultant"]?.title == "CAD consultant")
        #expect(company.personIDs.contains("ines-consultant"))
        #expect(model.peopleByID["gone-person"] == nil)
        let bim = try contract("110000000030", in: model)
        #expect(bim.resellerID == "northbridge-cad")
        #expect(
            bim.assignments.map { "\($0.roleID) \($0.personID)" } == [
                "contract-manager priya-shah-keystone-example-com"
            ])
        #expect(bim.assets[0].serialNumber == "123-45678901")
        #expect(bim.assets[0].assignments.map(\.personID) == ["ines-consultant"])
        #expect(bim.assets[1].seats == 3)
        #expect(try contract("93000003", in: model).end == Day(iso: "2027-06-30"))
        let vault = try contract("110000000031", in: model)
        #expect(vault.roleSetID == "autodesk-user-management", "the overlay overrides the role set rule")
        #expect(vault.teamID == "keystone-design")
        #expect(content.imports.contracts.keys.sorted() == ["110000000030", "110000000031", "93000003"])
    }

    @Test func anOverlaysHolderReplacesTheExportsWithAWarning() throws {
        let root = try ImportFixtures.site("Variants/deprecated-aliases")
        defer { try? FileManager.default.removeItem(at: root) }
        try FixtureTree.write(
            """
            -- content/overlays/keystone.yaml --
            company: keystone
            people:
              - id: sam-lee
                name: Sam Lee
                email: sam.lee@keystone.example.com
            contracts:
              - id: "110000000014"
                assignments:
                  - role: contract-manager
                    person: sam-lee
            """, to: root)
        let (_, model, diagnostics) = try ImportFixtures.resolve(root)
        let bim = try contract("110000000014", in: try #require(model))
        #expect(bim.assignments.map(\.personID) == ["sam-lee"])
        #expect(
            diagnostics.map(\.description).contains(
                """
                content/overlays/keystone.yaml:9:15: warning: the overlay gives Contract Manager of contract '110000000014' to 'sam-lee', the export to 'priya-shah-keystone-example-com': the overlay's is used (remove it from the overlay once the export is right)
                content/exports/keystone.csv:2:139: note: the export says it here
                """))
    }

    @Test func aContractBothWrittenAndExportedStaysAsWritten() throws {
        let (model, content) = try model("contradicts-hand-written")
        let company = try #require(model.companiesByID["keystone"])
        #expect(company.contracts.map(\.id) == ["keystone-bim", "110000000018"])
        #expect(try contract("keystone-bim", in: model).end == Day(iso: "2027-03-15"))
        #expect(try contract("110000000018", in: model).assignments.map(\.personID) == ["priya"])
        #expect(model.peopleByID["priya"]?.name == "Priya Shah")
        #expect(content.imports.people.isEmpty, "the export's Priya is the hand-written Priya")
    }
}

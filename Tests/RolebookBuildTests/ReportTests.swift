import Foundation
import RolebookRender
import RolebookTestSupport
import Testing
import ZIPFoundation

@testable import RolebookBuild

/// Reports, packets, exports, PDFs, fragments and bundles, built from the sample content and read
/// back with real tools: poppler for PDFs, Python's icalendar for calendars, Chromium for fragments.
@Suite struct ReportTests {
    func build(
        root: URL = TestPaths.packageRoot, pdf: PDFSelection? = nil, paper: Paper = .a4, fragments: Bool = false,
        bundles: Bool = false
    ) async throws -> (output: URL, fragments: URL, bundles: URL, report: BuildReport) {
        let folder = try TestPaths.temporaryFolder("reports")
        var options = BuildOptions(root: root, output: folder.appendingPathComponent("output"))
        options.reports = true
        options.pdf = pdf
        options.paper = paper
        if fragments { options.fragments = folder.appendingPathComponent("fragments") }
        if bundles { options.bundles = folder.appendingPathComponent("bundles") }
        let report = try await SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        return (
            options.output, folder.appendingPathComponent("fragments"), folder.appendingPathComponent("bundles"), report
        )
    }

    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// One `--reports` build of the sample, shared by the tests that only read it.
    static let shared = Task { try await ReportTests().build().output }

    /// The sample with one company: what the PDF test prints.
    func oneCompanySample() throws -> URL {
        let root = try TestPaths.temporaryFolder("one-company")
        for folder in ["content", "themes"] { try FixtureTree.copy(folder, into: root) }
        for company in ["harbor-civil", "larkspur-studio"] {
            try FileManager.default.removeItem(at: root.appendingPathComponent("content/companies/\(company).yaml"))
        }
        return root
    }

    @Test func companyReportIsSelfContainedAndComplete() async throws {
        let output = try await Self.shared.value
        let html = try text(output.appendingPathComponent("reports/larkspur-studio.html"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
        #expect(html.contains("<style>") && html.contains("@page { size: A4"))
        #expect(html.contains("Larkspur Product Studio: role report, as of 23 Nov 2026"), "running header")
        #expect(html.contains("Data as of 23 Nov 2026"))
        #expect(
            html.contains("Northbridge CAD Solutions") || html.contains("Summit Design Partners"),
            "reseller on the cover")
        #expect(
            html.contains("No Software Coordinator; the Contract Manager stands in"), "the gap is marked in the matrix")
        #expect(html.contains("Renewal window opens"))
        #expect(html.contains("Steps (Subscription Center, 2013)"), "change instructions as the role pages tailor them")
        // Without base_url, a report that travels on its own links to nothing outside itself.
        #expect(!html.contains("href=\"../"))
        let keystone = try text(output.appendingPathComponent("reports/keystone-architects.html"))
        #expect(keystone.contains("rb-row--left"), "a departed holder is marked")
        let survey = try text(output.appendingPathComponent("reports/harbor-civil.html"))
        #expect(survey.contains("Soon: in"), "a milestone within 30 days is flagged")
    }

    @Test func reportOpensWithContentsAndActionsAndPrintsEachProcedureOnce() async throws {
        let output = try await Self.shared.value
        let html = try text(output.appendingPathComponent("reports/keystone-architects.html"))
        let order = ["id=\"contents\"", "id=\"actions\"", "id=\"matrix\"", "id=\"procedures\""].map {
            html.range(of: $0)?.lowerBound
        }
        #expect(!order.contains(nil) && order == order.sorted { $0! < $1! }, "contents, actions, the rest")
        // Every entry of the contents leads to a heading of the report.
        let anchors = html.components(separatedBy: "<a href=\"#").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(anchors.count == 11, "\(anchors)")
        for anchor in anchors { #expect(html.contains("id=\"\(anchor)\""), "no heading for #\(anchor)") }
        #expect(html.contains("1 thing needs someone&#39;s action."))
        #expect(html.contains("Walter Hughes has left but still holds Contract Manager on contract 110002345678."))
        #expect(html.contains("Nobody who holds it is still here."))
        // Once, with the roles that perform it on each contract and the people who hold them.
        #expect(html.components(separatedBy: ">Give a user access to software</h3>").count == 2)
        let giveAccess = try #require(html.components(separatedBy: "id=\"procedure-give-user-access\"").last)
            .components(separatedBy: "<h3").first!
        for text in [
            "<strong>Contract Manager:</strong>", "<strong>Software Coordinator:</strong>", "Renata Vogel",
            "<strong>Primary admin:</strong>", "Owen Park", "Steps for the Contract Manager and Software Coordinator",
        ] {
            #expect(giveAccess.contains(text), "\(text)")
        }
        // The departed Contract Manager cannot be asked: the procedure says what to do instead.
        let change = try #require(html.components(separatedBy: "id=\"procedure-change-contract-manager\"").last)
        #expect(change.contains("Nobody to ask is still here."))
    }

    @Test func auditPagesListWhatNeedsActionAndLinkWhereItIsFixed() async throws {
        let output = try await Self.shared.value
        let site = try text(output.appendingPathComponent("actions/index.html"))
        #expect(
            site.contains("3 things need someone&#39;s action.") || site.contains("3 things need someone's action."))
        for fix in [
            "contracts/keystone-bim/contract-manager.html", "contracts/larkspur-design/contract-manager.html",
            "contracts/harbor-civil-survey/contract-manager.html",
        ] {
            #expect(site.contains("href=\"../\(fix)\""), "\(fix)")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(fix).path))
        }
        let larkspur = try text(output.appendingPathComponent("companies/larkspur-studio/actions.html"))
        #expect(larkspur.contains("AutoCAD, serial 399-81234567 on contract 110003456789 has no Software Coordinator"))
        #expect(larkspur.contains("Ben Adler") && !larkspur.contains("Walter Hughes"))
        #expect(try text(output.appendingPathComponent("index.html")).contains("href=\"actions/index.html\""))
        #expect(
            try text(output.appendingPathComponent("companies/larkspur-studio.html"))
                .contains("href=\"../companies/larkspur-studio/actions.html\""))
    }

    @Test func packetNamesWhomToAskAndTheStepsOfTheRole() async throws {
        let output = try await Self.shared.value
        let user = try text(output.appendingPathComponent("packets/jonas-weber.html"))
        #expect(user.contains("Onboarding packet") && user.contains("Data as of 23 Nov 2026"))
        #expect(user.contains("Ask for: Give a user access to software"))
        #expect(user.contains("sofia.marquez@larkspur-studio.example.com"))
        let manager = try text(output.appendingPathComponent("packets/ben-adler.html"))
        #expect(manager.contains("You can: Assign a Software Coordinator to serial numbers"))
        #expect(manager.contains("Apply to All"))
        let site = try text(output.appendingPathComponent("people/ben-adler.html"))
        #expect(site.contains("../packets/ben-adler.html"), "the site links to the packet")
        // The cover says who the person is, their roles and whom they turn to first.
        let chloe = try text(output.appendingPathComponent("packets/chloe-martin.html"))
        let cover = try #require(chloe.components(separatedBy: "id=\"roles\"").first)
        for text in [
            "Project Architect", "Your roles at a glance", "Contract 110002345678, Keystone Architects",
            "Your key contacts", "Owen Park", "Elena Rossi",
        ] {
            #expect(cover.contains(text), "\(text)")
        }
    }

    /// Someone who makes the same change on two contracts reads its steps once; the later
    /// contract points back to them.
    @Test func packetPrintsStepsThatReadAlikeOnce() async throws {
        let output = try await Self.shared.value
        var pointers = 0
        for file in TestPaths.files(under: output.appendingPathComponent("packets")) where file.hasSuffix(".html") {
            let html = try text(output.appendingPathComponent("packets/\(file)"))
            let blocks = html.components(separatedBy: "<article class=\"rb-change rb-change--can\"").dropFirst().map {
                $0.components(separatedBy: "</article>")[0].replacing(/^ id="[^"]*">/, with: "")
            }
            #expect(Set(blocks).count == blocks.count, "\(file) prints the same steps twice")
            for match in html.matches(of: /Same steps as under <a href="#(change-\d+)">/) {
                pointers += 1
                #expect(html.contains("id=\"\(match.1)\""), "\(file): the pointer's target is in the packet")
            }
        }
        #expect(pointers > 0, "the sample has someone with the same change on two contracts")
    }

    @Test func csvIsRFC4180AndDefusesFormulas() async throws {
        let output = try await Self.shared.value
        let csv = try text(output.appendingPathComponent("exports/role-matrix.csv"))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(
            lines.first
                == "company_id,company,contract_id,contract,role_set,role_id,role,scope,unit,person_id,person,email,phone,status"
        )
        #expect(lines.last == "", "every record ends with CRLF")
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.contains(",'+1 555 0130,"), "a phone starting with + is neutralised")
        #expect(lines.count - 2 == 42, "one row per assignment: 19 + 12 + 11 in the sample files")
    }

    @Test func jsonIsTheResolvedModel() async throws {
        let output = try await Self.shared.value
        let data = try Data(contentsOf: output.appendingPathComponent("exports/model.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["asOf"] as? String == "2026-11-23")
        let warnings = try #require(json["warnings"] as? [String])
        #expect(warnings.count == 3)
        let companies = try #require(json["companies"] as? [[String: Any]])
        let contracts = companies.flatMap { $0["contracts"] as? [[String: Any]] ?? [] }
        let bim = try #require(contracts.first { $0["id"] as? String == "keystone-bim" })
        let contacts = try #require(bim["contacts"] as? [[String: Any]])
        #expect(contacts.contains { ($0["skipped"] as? [String])?.contains { $0.contains("Walter Hughes") } == true })
    }

    @Test func calendarsParseWithARealParser() async throws {
        let output = try await Self.shared.value
        let ics = output.appendingPathComponent("exports/harbor-civil.ics")
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = [c for c in cal.walk('VEVENT')]
            uids = [str(e['UID']) for e in events]
            assert len(uids) == len(set(uids)), 'UIDs must be unique'
            for e in events:
                assert not hasattr(e['DTSTART'].dt, 'hour'), 'all-day events'
            print(len(events), sorted(uids)[0], events[0]['SUMMARY'])
            """
        let result = try Tools.run(try Tools.python(), ["-c", script, ics.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Two contracts without auto-renew (window, three reminders, end) and one with (window, renewal).
        #expect(result.stdout.hasPrefix("12 harbor-civil-aec-ends@rolebook"), "\(result.stdout)")
        #expect(try text(ics).contains("\r\n"))
    }

    @Test func pdfsHaveTheTextAndPagesAndFollowThePaper() async throws {
        let a4 = try await build(root: try oneCompanySample(), pdf: .both)
        let pdf = a4.output.appendingPathComponent("reports/keystone-architects.pdf")
        let text = try Tools.pdfText(pdf)
        #expect(text.contains("Keystone Architects"))
        #expect(text.contains("Data as of 23 Nov 2026"))
        #expect(text.contains("Walter Hughes"))
        #expect(!text.contains("file://") && !text.contains("about:blank"), "no browser header or footer")
        // Each procedure once: its entry in the contents and its heading.
        #expect(text.components(separatedBy: "Give a user access to software").count - 1 == 2)
        let pages = try Tools.pdfPages(pdf)
        #expect(pages > 3)
        #expect(try Tools.pdfPageSize(pdf).contains("(A4)"))
        let packet = a4.output.appendingPathComponent("packets/renata-vogel.pdf")
        #expect(try Tools.pdfText(packet).contains("Renata Vogel"))
        #expect(
            TestPaths.files(under: a4.output).filter { $0.hasSuffix(".pdf") }.count
                == TestPaths.files(under: a4.output).filter { $0.hasPrefix("reports/") || $0.hasPrefix("packets/") }
                .count / 2)

        // The same HTML printed by one Chromium for this PDF alone, as Rolebook printed before its
        // browsers lived for the whole build: the same text and the same pages.
        let page = a4.output.appendingPathComponent("reports/keystone-architects.html")
        let alone = try TestPaths.temporaryFolder("one-chromium-per-pdf")
        let single = try Tools.run(
            try Tools.tool("chromium", install: "apt-get install -y chromium"),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=\(alone.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
                "--print-to-pdf=\(alone.appendingPathComponent("alone.pdf").path)", page.absoluteString,
            ])
        #expect(single.status == 0, "\(single.stderr)")
        #expect(try Tools.pdfText(alone.appendingPathComponent("alone.pdf")) == text)
        #expect(try Tools.pdfPages(alone.appendingPathComponent("alone.pdf")) == pages)

        // Deterministic in text and page count (Chromium dates the bytes): the same HTML printed
        // again; and Letter paper: the report as a --paper letter build renders it, printed.
        let html = try [UInt8](Data(contentsOf: page))
        let letterHTML = try [UInt8](
            Data(
                contentsOf: try await build(paper: .letter).output
                    .appendingPathComponent("reports/keystone-architects.html")))
        let printed = try await ChromiumPrinter().print([("keystone", html), ("keystone-letter", letterHTML)])
        let folder = try TestPaths.temporaryFolder("again")
        try Data(printed[0]).write(to: folder.appendingPathComponent("again.pdf"))
        try Data(printed[1]).write(to: folder.appendingPathComponent("letter.pdf"))
        #expect(try Tools.pdfText(folder.appendingPathComponent("again.pdf")) == text)
        #expect(try Tools.pdfPages(folder.appendingPathComponent("again.pdf")) == pages)
        #expect(try Tools.pdfPageSize(folder.appendingPathComponent("letter.pdf")).contains("612 x 792"))
    }

    @Test func fragmentsAreChromelessAndLoadInAHostPage() async throws {
        let (_, fragments, _, _) = try await build(fragments: true)
        let card = try text(fragments.appendingPathComponent("contracts/keystone-bim/contract-manager.html"))
        let contacts = try text(fragments.appendingPathComponent("contracts/keystone-bim/contacts.html"))
        let person = try text(fragments.appendingPathComponent("people/renata-vogel.html"))
        for fragment in [card, contacts, person] {
            #expect(!fragment.contains("<html") && !fragment.contains("<body") && !fragment.contains("<script"))
        }
        #expect(card.contains("class=\"rb-role-card\"") && contacts.contains("class=\"rb-contacts-summary\""))
        #expect(person.contains("class=\"rb-person-card\""))

        // The example host page of docs/embedding.md, with the fragments included as a server would.
        let host = try text(TestPaths.packageRoot.appendingPathComponent("docs/embedding-example.html"))
            .replacingOccurrences(of: "<!--#include role-card -->", with: card)
            .replacingOccurrences(of: "<!--#include contacts -->", with: contacts)
            .replacingOccurrences(of: "<!--#include person-card -->", with: person)
        let page = try TestPaths.temporaryFolder("host").appendingPathComponent("host.html")
        try host.write(to: page, atomically: false, encoding: .utf8)
        let chromium = try Tools.tool("chromium", install: "apt-get install -y chromium")
        let dom = try Tools.run(
            chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString])
        #expect(dom.status == 0)
        #expect(dom.stdout.contains("Walter Hughes") && dom.stdout.contains("Renata Vogel"))
        #expect(dom.stdout.contains("Ticket 4711"), "the host page's own content is there too")
    }

    @Test func eachBundleHoldsNothingOfTheOtherCompanies() async throws {
        // Without PDFs: they print the same HTML this test reads, and the PDF test reads PDFs.
        let (output, _, bundles, _) = try await build(bundles: true)
        let exports =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: output.appendingPathComponent("exports/model.json"))) as! [String: Any]
        let companies = exports["companies"] as! [[String: Any]]
        let people = (exports["people"] as! [[String: Any]])
        for company in companies {
            let id = company["id"] as! String
            let folder = bundles.appendingPathComponent(id)
            // Identifying values of the other companies, and of people who hold no role here.
            var holders: Set<String> = []
            for contract in company["contracts"] as! [[String: Any]] {
                for a in contract["assignments"] as! [[String: Any]] { holders.insert(a["person"] as! String) }
            }
            var forbidden: [String] = []
            for other in companies where other["id"] as! String != id {
                forbidden.append(other["name"] as! String)
                for contract in other["contracts"] as! [[String: Any]] {
                    forbidden += [contract["contractNumber"], contract["subscriptionID"]].compactMap { $0 as? String }
                    forbidden += (contract["assets"] as! [[String: Any]]).compactMap { $0["serialNumber"] as? String }
                }
            }
            for person in people where !holders.contains(person["id"] as! String) {
                forbidden += [person["name"], person["email"], person["phone"]].compactMap { $0 as? String }
            }

            // Every file in the folder, and every file in the zip; PDFs by their text.
            var contents: [(String, String)] = []
            for file in TestPaths.files(under: folder) {
                let url = folder.appendingPathComponent(file)
                contents.append((file, file))
                contents.append(
                    (
                        file,
                        file.hasSuffix(".pdf")
                            ? try Tools.pdfText(url) : String(decoding: try Data(contentsOf: url), as: UTF8.self)
                    ))
            }
            let archive = try Archive(url: bundles.appendingPathComponent("\(id).zip"), accessMode: .read)
            let unzipped = try TestPaths.temporaryFolder("unzipped")
            for entry in archive {
                let target = unzipped.appendingPathComponent(entry.path)
                _ = try archive.extract(entry, to: target)
                contents.append(
                    (
                        entry.path,
                        entry.path.hasSuffix(".pdf")
                            ? try Tools.pdfText(target) : try String(contentsOf: target, encoding: .utf8)
                    ))
            }
            #expect(archive.makeIterator().next() != nil)
            for (file, content) in contents {
                for value in forbidden where content.contains(value) {
                    Issue.record("bundle \(id): \(file) contains '\(value)' of another company")
                }
            }
            let links = try SiteLinks.check(folder)
            #expect(links.broken.isEmpty, "\(links.broken.prefix(5))")
            #expect(links.unreachable.isEmpty, "\(links.unreachable.prefix(5))")
        }
        // The shared consultant appears in both companies' bundles, with each company's roles only.
        let keystone = try text(bundles.appendingPathComponent("keystone-architects/people/renata-vogel.html"))
        let harbor = try text(bundles.appendingPathComponent("harbor-civil/people/renata-vogel.html"))
        #expect(keystone.contains("Software Coordinator") && !keystone.contains("Secondary admin"))
        #expect(harbor.contains("Secondary admin") && !harbor.contains("Software Coordinator</a>"))
    }
}

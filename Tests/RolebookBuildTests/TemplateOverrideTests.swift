import Foundation
import RolebookBuild
import RolebookTestSupport
import Testing

/// A site's `templates/` overrides are checked when they load: a name the view model in scope does
/// not answer would print a parent's field (or nothing), a missing partial renders nothing, and an
/// override whose name matches no template is never used. Each is a located error.
@Suite struct TemplateOverrideTests {
    let site = InlineSiteTests()

    @Test func unknownNamesPartialsAndTemplatesAreLocatedErrors() async throws {
        let tree =
            InlineSiteTests.adobeTeams + """

                -- templates/person-card.mustache --
                <span>{{name}}{{#hasLeft}} ({{jobTitle}}){{/hasLeft}}</span>
                {{> badge}}
                -- templates/persn-card.mustache --
                <span>{{name}}</span>
                -- templates/home.mustache --
                {{> header}}
                {{#companies}}<a href="{{root}}{{link.href}}">{{link.label}}</a> {{chrome.pageTitle}} {{contractCount}}{{/companies}}
                {{> footer}}
                """
        let (output, report) = try await site.build(tree)
        #expect(!report.succeeded)
        #expect(
            !FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path),
            "nothing is written")
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(
            errors == [
                "templates/persn-card.mustache:1:1: error: no template is named 'persn-card': templates/ may only override the theme's templates (actions, authors, changes, company, company-contacts, contact-card, contact-table, contract, contract-role, footer, fragment-contacts, fragment-person-card, fragment-role-card, guide, guides, header, home, packet, people, person, person-advice, person-card, report, report-actions, report-changes, report-contacts, report-person, report-style, reseller-section, review, role, role-facts, role-units, roles)",
                "templates/home.mustache:2:87: error: unknown variable 'contractCount': HomePage.CompanyRow has no field 'contractCount' (its fields: link, contracts, assets, people, nextEnd)",
                "templates/person-card.mustache:1:29: error: unknown variable 'jobTitle': PersonCard has no field 'jobTitle' (its fields: root, name, href, title, email, phone, hasLeft, note)",
                "templates/person-card.mustache:2:1: error: unknown partial 'badge': the theme has no template 'badge.mustache'",
            ])
    }

    @Test func anOverrideThatNamesOnlyAnsweredFieldsIsUsed() async throws {
        let tree =
            InlineSiteTests.adobeTeams + """

                -- templates/person-card.mustache --
                <span class="custom-card"><a href="{{root}}{{href}}">{{name}}</a>{{#title}} ({{.}}){{/title}}</span>
                """
        let (output, report) = try await site.build(tree)
        #expect(report.succeeded, "\(report.diagnostics)")
        let page = try String(
            contentsOf: output.appendingPathComponent("contracts/acme-cc/contract-owner.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"custom-card\"><a href=\"../../people/olga.html\">Olga Berg</a></span>"))
    }
}

import Mustache
import RolebookCore

/// Turns a planned page into its bytes: the builder makes the page's view model, then the theme's
/// templates draw it, fragments first. Immutable; safe to call from many tasks at once.
package struct PageRenderer: Sendable {
    package let builder: PageModelBuilder
    let library: MustacheLibrary
    let reportCSS: String
    let guideLinks: GuideLinkResolver

    /// Renders in the theme's language (`theme.strings`).
    package init(index: SiteIndex, theme: CompiledTheme, options: RenderOptions, changes: SiteChanges? = nil) {
        builder = PageModelBuilder(index: index, options: options, strings: theme.strings, changes: changes)
        library = theme.library
        reportCSS = theme.reportCSS
        guideLinks = GuideLinkResolver(model: index.model)
    }

    package var index: SiteIndex { builder.index }
    package var options: RenderOptions { builder.options }

    /// Renders one page; `batch` shares memoised parts and drawn fragments with the other pages of
    /// the same batch.
    package func render(_ page: PlannedPage, in batch: RenderBatch = RenderBatch()) -> String {
        // Links between guides get their address only here, where the page's depth is known.
        guideLinks.resolve(drawn(page, in: batch), root: page.rootPrefix, on: .init(page.kind))
    }

    private func drawn(_ page: PlannedPage, in batch: RenderBatch) -> String {
        let root = page.rootPrefix
        let memo = batch.memo
        let fragments = batch.fragments
        switch page.kind {
        case .home: return draw("home", builder.homePage(root: root), on: page)
        case .company(let id): return draw("company", builder.companyPage(id, root: root, memo: memo), on: page)
        case .actions(let id): return draw("actions", builder.actionsPage(company: id, root: root), on: page)
        case .siteActions(let key): return draw("actions", builder.siteActionsPage(key, root: root), on: page)
        case .companyContacts(let id):
            var model = builder.companyContactsPage(id, root: root, memo: memo)
            for index in model.contracts.indices {
                model.contracts[index].contactTableHTML = draw(model.contracts[index].contactTable, fragments)
            }
            return draw("company-contacts", model, on: page)
        case .contract(let id):
            var model = builder.contractPage(id, root: root, memo: memo)
            model.roles = model.roles.map { draw($0, root: root, fragments) }
            model.contactTableHTML = draw(model.contactTable, fragments)
            return draw("contract", model, on: page)
        case .contractRole(let contract, let key):
            var model = builder.contractRolePage(contract, key, root: root, memo: memo)
            model.holding = draw(model.holding, root: root, fragments)
            model.contactTableHTML = draw(model.contactTable, fragments)
            return draw("contract-role", model, on: page)
        case .person(let id):
            var model = builder.personPage(id, root: root, memo: memo)
            for index in model.advice.indices {
                let advice = model.advice[index].advice
                model.advice[index].adviceHTML = fragments.html(advice.key) { draw("person-advice", advice) }
            }
            return draw("person", model, on: page)
        case .people(let key): return draw("people", builder.peoplePage(key, root: root), on: page)
        case .contracts(let key): return draw("contracts", builder.contractsPage(key, root: root), on: page)
        case .guide(let id): return draw("guide", builder.guidePage(id, key: nil, root: root), on: page)
        case .guideRole(let id, let key): return draw("guide", builder.guidePage(id, key: key, root: root), on: page)
        case .guides: return draw("guides", builder.guidesPage(root: root), on: page)
        case .roles: return draw("roles", builder.rolesPage(root: root), on: page)
        case .role(let key): return draw("role", builder.rolePage(key, root: root), on: page)
        case .roleHolders(let key, let part):
            return draw("role", builder.rolePage(key, root: root, page: part), on: page)
        case .authors: return draw("authors", builder.authorsPage(root: root), on: page)
        case .review(let id): return draw("review", builder.reviewPage(id, root: root), on: page)
        case .changes: return draw("changes-page", builder.changesPage(root: root), on: page)
        case .companyChanges(let id): return draw("changes-page", builder.companyChangesPage(id, root: root), on: page)
        case .report(let id): return companyReport(id, links: options.outside)
        case .packet(let id): return packet(id, links: options.outside)
        }
    }

    /// A company's report, self-contained, linking out through `links`.
    package func companyReport(_ id: String, links: OutsideLinks) -> String {
        guideLinks.resolve(
            draw("report", builder.companyReport(id, links: links, paper: options.paper, reportCSS: reportCSS)),
            root: links.root, on: .other)
    }

    /// A person's onboarding packet, self-contained, linking out through `links`.
    package func packet(_ id: String, links: OutsideLinks) -> String {
        guideLinks.resolve(
            draw("packet", builder.packet(id, links: links, paper: options.paper, reportCSS: reportCSS)),
            root: links.root, on: .other)
    }

    package func roleCardFragment(contract: String, role: String, links: OutsideLinks) -> String {
        guideLinks.resolve(
            draw("fragment-role-card", builder.roleCardFragment(contract: contract, role: role, links: links)),
            root: links.root, on: .other)
    }

    package func contactsFragment(contract: String, links: OutsideLinks) -> String {
        draw("fragment-contacts", builder.contactsFragment(contract: contract, links: links))
    }

    package func personCardFragment(person: String, links: OutsideLinks) -> String {
        draw("fragment-person-card", builder.personCardFragment(person: person, links: links))
    }

    // MARK: - Drawing

    private func draw(_ table: ContactTableFragment, _ fragments: FragmentCache) -> String {
        fragments.html("contact-table|" + table.key) { draw("contact-table", table) }
    }

    /// The holding with its holders' cards drawn (a card carries the page depth it is drawn for).
    private func draw(_ holding: RoleHolding, root: String, _ fragments: FragmentCache) -> RoleHolding {
        var holding = holding
        for index in holding.units.indices {
            holding.units[index].peopleHTML = holding.units[index].people.map { person in
                fragments.html("person-card|\(root)|\(person.href)|\(person.note ?? "")") {
                    var card = person
                    card.root = root
                    return draw("person-card", card)
                }
            }.joined(separator: " ")
        }
        return holding
    }

    /// A page of the site, with its language switcher, which needs the page's path.
    private func draw(_ template: String, _ page: some SitePage, on planned: PlannedPage) -> String {
        var page = page
        let up = options.languages.first { $0.code == builder.strings.code }?.folder.isEmpty == false ? "../" : ""
        page.chrome.languages = options.languages.map { language in
            LanguageLink(
                code: language.code, name: language.name, href: up + language.folder + planned.path,
                isCurrent: language.code == builder.strings.code)
        }
        return draw(template, page)
    }

    func draw(_ template: String, _ viewModel: Any) -> String {
        // The template checker trusts this table to know what each template is drawn with.
        assert(
            TemplateModels.draws(template, with: type(of: viewModel)),
            "TemplateModels: '\(template)' drawn with \(type(of: viewModel))")
        // Templates were checked when the theme was compiled; a missing one cannot happen here.
        return library.render(viewModel, withTemplate: template) ?? ""
    }
}

import Mustache
import RolebookCore

/// Turns a planned page into its bytes: the builder makes the page's view model, then the theme's
/// templates draw it, fragments first. Immutable; safe to call from many tasks at once.
public struct PageRenderer: Sendable {
    public let builder: PageModelBuilder
    let library: MustacheLibrary
    let reportCSS: String

    public init(index: SiteIndex, theme: CompiledTheme, options: RenderOptions, strings: Strings = .english) {
        builder = PageModelBuilder(index: index, options: options, strings: strings)
        library = theme.library
        reportCSS = theme.reportCSS
    }

    public var index: SiteIndex { builder.index }
    public var options: RenderOptions { builder.options }

    /// Renders one page; `batch` shares memoised parts and drawn fragments with the other pages of
    /// the same batch.
    public func render(_ page: PlannedPage, in batch: RenderBatch = RenderBatch()) -> String {
        let root = page.rootPrefix
        let memo = batch.memo
        let fragments = batch.fragments
        switch page.kind {
        case .home: return draw("home", builder.homePage(root: root))
        case let .company(id): return draw("company", builder.companyPage(id, root: root))
        case let .companyContacts(id):
            var model = builder.companyContactsPage(id, root: root, memo: memo)
            for index in model.contracts.indices {
                model.contracts[index].contactTableHTML = draw(model.contracts[index].contactTable, fragments)
            }
            return draw("company-contacts", model)
        case let .contract(id):
            var model = builder.contractPage(id, root: root, memo: memo)
            model.roles = model.roles.map { draw($0, root: root, fragments) }
            model.contactTableHTML = draw(model.contactTable, fragments)
            return draw("contract", model)
        case let .contractRole(contract, key):
            var model = builder.contractRolePage(contract, key, root: root, memo: memo)
            model.holding = draw(model.holding, root: root, fragments)
            model.contactTableHTML = draw(model.contactTable, fragments)
            return draw("contract-role", model)
        case let .person(id):
            var model = builder.personPage(id, root: root, memo: memo)
            for index in model.advice.indices {
                let advice = model.advice[index].advice
                model.advice[index].adviceHTML = fragments.html(advice.key) { draw("person-advice", advice) }
            }
            return draw("person", model)
        case let .people(number): return draw("people", builder.peoplePage(number, root: root))
        case let .guide(id): return draw("guide", builder.guidePage(id, key: nil, root: root))
        case let .guideRole(id, key): return draw("guide", builder.guidePage(id, key: key, root: root))
        case .guides: return draw("guides", builder.guidesPage(root: root))
        case .roles: return draw("roles", builder.rolesPage(root: root))
        case let .role(key): return draw("role", builder.rolePage(key, root: root))
        case .authors: return draw("authors", builder.authorsPage(root: root))
        case let .review(id): return draw("review", builder.reviewPage(id, root: root))
        case let .report(id): return companyReport(id, links: options.outside)
        case let .packet(id): return packet(id, links: options.outside)
        }
    }

    /// A company's report, self-contained, linking out through `links`.
    public func companyReport(_ id: String, links: OutsideLinks) -> String {
        draw("report", builder.companyReport(id, links: links, paper: options.paper, reportCSS: reportCSS))
    }

    /// A person's onboarding packet, self-contained, linking out through `links`.
    public func packet(_ id: String, links: OutsideLinks) -> String {
        draw("packet", builder.packet(id, links: links, paper: options.paper, reportCSS: reportCSS))
    }

    public func roleCardFragment(contract: String, role: String, links: OutsideLinks) -> String {
        draw("fragment-role-card", builder.roleCardFragment(contract: contract, role: role, links: links))
    }

    public func contactsFragment(contract: String, links: OutsideLinks) -> String {
        draw("fragment-contacts", builder.contactsFragment(contract: contract, links: links))
    }

    public func personCardFragment(person: String, links: OutsideLinks) -> String {
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

    func draw(_ template: String, _ viewModel: Any) -> String {
        // The template checker trusts this table to know what each template is drawn with.
        assert(
            TemplateModels.draws(template, with: type(of: viewModel)),
            "TemplateModels: '\(template)' drawn with \(type(of: viewModel))")
        // Templates were checked when the theme was compiled; a missing one cannot happen here.
        return library.render(viewModel, withTemplate: template) ?? ""
    }
}

import Mustache
import RolebookCore

/// A theme's templates, compiled once per build and shared by the site and every bundle.
public struct CompiledTheme: Sendable {
    let library: MustacheLibrary
    /// The theme's `report-style` template (CSS), inlined into reports and packets.
    let reportCSS: String

    /// Compiles the theme's templates; every parse error and missing template is reported at once.
    public static func compile(_ theme: Theme) -> (CompiledTheme?, [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                // On a line of its own the pragma leaves no trace in the output; error lines are shifted back.
                let text = "{{% CONTENT_TYPE: \(FastHTMLContentType.name) }}\n" + template.text
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        "template does not parse: \(error.error)",
                        at: SourceLocation(
                            path: template.path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template does not parse: \(error)", at: SourceLocation(path: template.path)))
            }
        }
        for name in Theme.requiredTemplates where theme.templates[name] == nil {
            diagnostics.append(.error("the theme has no '\(name).mustache' template", at: nil))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        // A template, not an asset: it is inlined into reports, and a site may override it like any template.
        return (CompiledTheme(library: library, reportCSS: theme.templates["report-style"]?.text ?? ""), [])
    }
}

/// What a renderer draws for: whether the build writes reports and packets (so site pages link to
/// them), their paper, and how reports, packets and fragments, which travel alone, link back.
public struct RenderOptions: Sendable {
    public var reports: Bool
    public var paper: Paper
    public var outside: OutsideLinks

    public init(reports: Bool = false, paper: Paper = .a4, outside: OutsideLinks = OutsideLinks(root: nil)) {
        self.reports = reports
        self.paper = paper
        self.outside = outside
    }
}

/// Turns a planned page into its bytes. Immutable once made; pure and safe to call from many tasks
/// at once.
public struct PageRenderer: Sendable {
    /// Built once per model by the caller and shared with the build's page fingerprinter.
    public let index: SiteIndex
    let library: MustacheLibrary
    /// Guide variants with headings moved two levels down, for embedding under a card's `<h3>`:
    /// computed once per guide and role, not once per page.
    let embeddedVariants: [String: [String: GuideHTML]]
    let guidesByID: [String: Guide]
    let reportCSS: String
    /// Whether reports and packets are written, so site pages can link to them.
    public let reports: Bool
    public let paper: Paper
    /// How reports and packets link to the site (the published address, or nowhere).
    public let outside: OutsideLinks

    public init(index: SiteIndex, theme: CompiledTheme, options: RenderOptions) {
        self.index = index
        library = theme.library
        reportCSS = theme.reportCSS
        reports = options.reports
        paper = options.paper
        outside = options.outside
        // The resolver refuses duplicate guide ids; the first one wins here too, so a model that
        // slipped past it can never crash the renderer.
        embeddedVariants = Dictionary(
            index.model.guides.map { guide in (guide.id, guide.variants.mapValues { $0.demotingHeadings(by: 2) }) },
            uniquingKeysWith: { first, _ in first })
        guidesByID = Dictionary(index.model.guides.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Renders one page; `cache` shares fragments with the other pages of the same batch.
    public func render(_ page: PlannedPage, cache: FragmentCache = FragmentCache()) -> String {
        let root = page.rootPrefix
        switch page.kind {
        case .home: return draw("home", homePage(root: root))
        case let .company(id): return draw("company", companyPage(id, root: root))
        case let .companyContacts(id): return draw("company-contacts", companyContactsPage(id, root: root, cache: cache))
        case let .contract(id): return draw("contract", contractPage(id, root: root, cache: cache))
        case let .contractRole(contract, _, role):
            return draw("contract-role", contractRolePage(contract, role, root: root, cache: cache))
        case let .person(id): return draw("person", personPage(id, root: root, cache: cache))
        case let .people(number): return draw("people", peoplePage(number, root: root))
        case let .guide(id): return draw("guide", guidePage(id, key: nil, root: root))
        case let .guideRole(id, set, role): return draw("guide", guidePage(id, key: "\(set)/\(role)", root: root))
        case .guides: return draw("guides", guidesPage(root: root))
        case .roles: return draw("roles", rolesPage(root: root))
        case let .role(set, role): return draw("role", rolePage(set, role, root: root))
        case .authors: return draw("authors", authorsPage(root: root))
        case let .review(id): return draw("review", reviewPage(id, root: root))
        case let .report(id): return companyReport(id, links: outside, paper: paper)
        case let .packet(id): return packet(id, links: outside, paper: paper)
        }
    }

    func draw(_ template: String, _ viewModel: Any) -> String {
        // The template checker trusts this table to know what each template is drawn with.
        assert(TemplateModels.draws(template, with: type(of: viewModel)), "TemplateModels: '\(template)' drawn with \(type(of: viewModel))")
        // Templates were checked in make(_:); a missing one cannot happen here.
        return library.render(viewModel, withTemplate: template) ?? ""
    }

    var model: SiteModel { index.model }

    func chrome(_ title: String, root: String, crumbs: [Link] = []) -> PageChrome {
        PageChrome(
            siteTitle: model.settings.title, pageTitle: title, root: root, asOf: model.settings.asOf.display,
            breadcrumbs: [Link(label: "Home", href: Route.home)] + crumbs, hasBreadcrumbs: true)
    }
}

/// HTML escaping for template values, the same five characters as swift-mustache's own, but over
/// UTF-8 with a no-op fast path: its per-Character dictionary lookup was a tenth of render time.
struct FastHTMLContentType: MustacheContentType {
    static let name = "ROLEBOOK_HTML"

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        return HTMLText.escape(text)
    }
}

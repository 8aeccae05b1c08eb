import RolebookCore

/// Builds the view model of every page, report, packet and fragment from the model: which facts,
/// links and sentences a page shows. Pure: it never draws a template, so a test can read a page's
/// view model without a theme. Fragments many pages repeat (person cards, contact tables, a
/// reader's advice) are left as data; ``PageRenderer`` draws them once per batch.
package struct PageModelBuilder: Sendable {
    package let index: SiteIndex
    package let options: RenderOptions
    package let strings: Strings
    /// What changed since the earlier data the build compares with (`--since`); nil without one.
    package let changes: SiteChanges?
    /// Each changed company's changes by id: company pages and change pages look them up once
    /// per page, never by a walk over every changed company.
    let changesByCompany: [String: SiteChanges.CompanyChanges]
    /// Guide variants with headings moved two levels down, for embedding under a card's `<h3>`:
    /// computed once per guide and role, not once per page.
    let embeddedVariants: [String: [RoleKey: GuideHTML]]
    let guidesByID: [String: Guide]
    /// The A–Z order and pages of the index pages.
    package let order: IndexOrder
    /// The search box's counted messages, for every page's chrome (``PageChrome/searchCounts``).
    let searchCounts: String

    package init(
        index: SiteIndex, options: RenderOptions = RenderOptions(), strings: Strings, changes: SiteChanges? = nil
    ) {
        self.index = index
        self.options = options
        self.strings = strings
        self.changes = changes
        changesByCompany = Dictionary(
            (changes?.companies ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The resolver refuses duplicate guide ids; the first one wins here too, so a model that
        // slipped past it can never crash the builder.
        embeddedVariants = Dictionary(
            index.model.guides.map { guide in (guide.id, guide.variants.mapValues { $0.demotingHeadings(by: 2) }) },
            uniquingKeysWith: { first, _ in first })
        guidesByID = Dictionary(index.model.guides.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        order = IndexOrder(index.model)
        searchCounts = Self.searchCounts(strings)
    }

    /// `{"matches":{"one":…,"other":…},"more":{…},"rules":[…]}`: each counted message's forms
    /// and the rules that choose them, for search.js.
    static func searchCounts(_ strings: Strings) -> String {
        func forms(_ phrase: Phrase) -> String {
            let forms: [PluralRules.Category: String] =
                switch strings.values[phrase.rawValue] {
                case .plural(let forms): forms
                case .text(let text): [.other: text]
                case nil: [:]
                }
            return "{"
                + forms.sorted { $0.key < $1.key }.map { "\(json($0.key.rawValue)):\(json($0.value))" }
                .joined(separator: ",") + "}"
        }
        return
            "{\"matches\":\(forms(.searchMatches)),\"more\":\(forms(.searchMatchesMore)),\"rules\":\(strings.plurals.json)}"
    }

    /// A JSON string literal.
    private static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20:
                out +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    var model: SiteModel { index.model }

    func chrome(_ title: String, root: String, crumbs: [Link] = []) -> PageChrome {
        PageChrome(
            siteTitle: model.settings.title, pageTitle: title, root: root, asOf: strings.date(model.settings.asOf),
            breadcrumbs: [Link(label: strings(.home), href: Route.home)] + crumbs, hasBreadcrumbs: true,
            changes: changesLink, searchCounts: searchCounts)
    }

    /// The site's change page, named by the earlier data's date; nil without `--since`.
    var changesLink: Link? {
        changes.map {
            Link(
                label: strings(.whatChanged, ["date": Day(iso: $0.old.asOf).map(strings.date) ?? $0.old.asOf]),
                href: Route.changes)
        }
    }
}

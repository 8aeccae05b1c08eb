/// What each template of a theme is rendered with: the one table the template checker
/// (`TemplateNames`), the renderer's `draw` and the tests derive everything else from. A section's
/// model follows from the fields of the model around it (`ViewModel.fields`).
package enum TemplateModels {
    package enum Use: Sendable {
        /// Drawn by the renderer with this view model at the top of the context stack; it may also
        /// be included as a partial.
        case drawn(any ViewModel.Type)
        /// Only included by other templates, and checked in the context of each inclusion.
        case partial
        /// Inlined as text (CSS), never rendered: it names nothing.
        case stylesheet
    }

    /// Every template the renderer knows. A site's `templates/` may override these and no others.
    package static let uses: [String: Use] = [
        "home": .drawn(HomePage.self),
        "company": .drawn(CompanyPage.self),
        "company-contacts": .drawn(CompanyContactsPage.self),
        "actions": .drawn(ActionsPage.self),
        "contract": .drawn(ContractPage.self),
        "contract-role": .drawn(ContractRolePage.self),
        "person": .drawn(PersonPage.self),
        "people": .drawn(PeoplePage.self),
        "contracts": .drawn(ContractsIndexPage.self),
        "guide": .drawn(GuidePage.self),
        "guides": .drawn(GuidesPage.self),
        "roles": .drawn(RolesPage.self),
        "role": .drawn(RolePage.self),
        "authors": .drawn(AuthorsPage.self),
        "review": .drawn(ReviewPage.self),
        "changes-page": .drawn(ChangesPage.self),
        "person-card": .drawn(PersonCard.self),
        "contact-table": .drawn(ContactTableFragment.self),
        "person-advice": .drawn(PersonAdviceFragment.self),
        "report": .drawn(CompanyReport.self),
        "packet": .drawn(OnboardingPacket.self),
        "fragment-role-card": .drawn(RoleCardFragment.self),
        "fragment-contacts": .drawn(ContactsFragment.self),
        "fragment-person-card": .drawn(PersonCardFragment.self),
        "header": .partial,
        "footer": .partial,
        "alphabet-nav": .partial,
        "az-holders": .partial,
        "contact-card": .partial,
        "contact-step": .partial,
        "role-facts": .partial,
        "role-units": .partial,
        "reseller-section": .partial,
        "report-person": .partial,
        "report-contacts": .partial,
        "report-changes": .partial,
        "report-actions": .partial,
        "report-style": .stylesheet,
    ]

    /// Whether `template` is drawn with a model of this type: what `PageRenderer.draw` asserts, so
    /// the table cannot drift from the renderer.
    static func draws(_ template: String, with model: Any.Type) -> Bool {
        guard case .drawn(let type)? = uses[template] else { return false }
        return ObjectIdentifier(type) == ObjectIdentifier(model)
    }
}

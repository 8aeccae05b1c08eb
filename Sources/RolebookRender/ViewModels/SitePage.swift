/// A page of the site, with the shared header and footer: the renderer adds the links to the
/// same page in the site's other languages to its chrome.
package protocol SitePage: ViewModel {
    var chrome: PageChrome { get set }
}

extension ActionsPage: SitePage {}
extension AuthorsPage: SitePage {}
extension ChangesPage: SitePage {}
extension CompanyContactsPage: SitePage {}
extension CompanyPage: SitePage {}
extension ContractPage: SitePage {}
extension ContractRolePage: SitePage {}
extension ContractsIndexPage: SitePage {}
extension GuidePage: SitePage {}
extension GuidesPage: SitePage {}
extension HomePage: SitePage {}
extension PeoplePage: SitePage {}
extension PersonPage: SitePage {}
extension ReviewPage: SitePage {}
extension RolePage: SitePage {}
extension RolesPage: SitePage {}

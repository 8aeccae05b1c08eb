/// How long the site's lists grow before they are split or cut short (`lists:` in site.yaml).
///
/// A reseller's site has thousands of people and contracts; a list a reader scrolls through in one
/// page stays short enough to read and to load on a phone. The defaults suit such a site; a small
/// team may want shorter pages, and the tests use small limits to reach the split with a few
/// companies.
package struct ListLimits: Hashable, Sendable, Codable {
    /// The most people one page of the people index lists.
    package var peoplePerPage: Int
    /// The most companies one page of the contracts index, or of a role's holders, lists.
    package var companiesPerPage: Int
    /// The most contracts a guide page for one role links before it points to the company list.
    package var contractLinks: Int

    package init(peoplePerPage: Int = 200, companiesPerPage: Int = 100, contractLinks: Int = 100) {
        self.peoplePerPage = peoplePerPage
        self.companiesPerPage = companiesPerPage
        self.contractLinks = contractLinks
    }
}

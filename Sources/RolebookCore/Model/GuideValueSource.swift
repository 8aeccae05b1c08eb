/// What filling guidance needs to know about the page it goes on: the values for its placeholders,
/// and whether the page is about one contract, which decides the blocks marked
/// `<!-- on: contract -->` and `<!-- on: generic -->`.
package protocol GuideValueSource {
    /// True on a page about one contract (a contract role page, a person page, a report, a packet);
    /// false on a page that belongs to no contract (a guide page, a review page).
    var isContractPage: Bool { get }

    /// The text for the placeholder `name`. `fallback` is the author's wording for where the value
    /// is not known (`{{contract.number|your contract number}}`); without one, a generic wording.
    func value(_ name: String, fallback: String?) -> String
}

import RolebookCore

/// What the loader made from exports, kept beside the records: the resolver relaxes its rules for
/// imported units (exports never say who coordinates what), and `rolebook import` and `rolebook
/// diff` need to know which records came from a file nobody edits.
package struct ImportedRecords: Sendable, Hashable {
    /// A contract, asset or team made from export rows.
    package struct Unit: Sendable, Hashable {
        package var companyID: String
        /// The contract an asset belongs to; nil for contracts and teams.
        package var contractID: String?
        /// Where a missing holder is to be named: the company's overlay file, existing or to create.
        package var overlayPath: String

        package init(companyID: String, contractID: String? = nil, overlayPath: String) {
            self.companyID = companyID
            self.contractID = contractID
            self.overlayPath = overlayPath
        }
    }

    package var contracts: [String: Unit] = [:]
    package var assets: [String: Unit] = [:]
    package var teams: [String: Unit] = [:]
    /// People made from export rows (not those an export matched to a hand-written person).
    package var people: Set<String> = []
    /// People whose export row had its personal data masked: one per row, never merged, and not
    /// followed from one export to the next.
    package var maskedPeople: Set<String> = []
    /// Companies made from exports, or hand-written companies exports added contracts or people to.
    package var companies: Set<String> = []
    package var resellers: Set<String> = []
    /// Every export read, by path.
    package var files: [String] = []

    package init() {}

    package var isEmpty: Bool { files.isEmpty && companies.isEmpty }
}

/// A page of the A–Z index of contracts and serial numbers: per company, each contract with its
/// key holders (the Contract Manager or purchaser, the primary admin) and each serial number with
/// its coordinator.
package struct ContractsIndexPage: Sendable {
    /// Who holds one role in one unit; `nobody` when no one does.
    package struct Holders: Sendable {
        package var role: String
        package var people: [ContractsIndexPage.Holder]
        package var nobody: Bool
    }

    /// A holder, linked to their page.
    package struct Holder: Sendable {
        package var name: Link
        package var hasLeft: Bool
    }

    /// A product line: its serial number (when it has one), and who coordinates it.
    package struct Serial: Sendable {
        package var serial: String?
        package var product: String
        /// The page naming its holders (the contract's page for the asset's role).
        package var href: String
        package var holders: [ContractsIndexPage.Holders]
    }

    package struct Contract: Sendable {
        package var link: Link
        /// Plan and term, as the vendor's account shows them.
        package var label: String?
        package var holders: [ContractsIndexPage.Holders]
        package var serials: [ContractsIndexPage.Serial]
    }

    package struct Company: Sendable {
        package var link: Link
        package var contracts: [ContractsIndexPage.Contract]
    }

    /// The companies of one letter.
    package struct Group: Sendable {
        package var letter: String
        package var anchor: String
        package var companies: [ContractsIndexPage.Company]
    }

    package var chrome: PageChrome
    package var root: String
    package var nav: AlphabetNav
    package var groups: [Group]
}

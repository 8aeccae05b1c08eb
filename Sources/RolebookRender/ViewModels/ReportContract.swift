/// A contract as the company report shows it.
package struct ReportContract: Sendable {
    package struct Holder: Sendable {
        package var role: String
        package var unit: String?
        package var people: [PersonCard]
        package var note: String?
    }

    /// The `id` of its heading, for the report's contents.
    package var anchor: String
    package var number: String
    package var href: String?
    package var facts: [Fact]
    package var assets: [ContractPage.AssetRow]
    package var holders: [Holder]
    package var contacts: [ContactRow]
}

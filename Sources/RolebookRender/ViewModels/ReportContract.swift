/// A contract as the company report shows it.
public struct ReportContract: Sendable {
    public struct Holder: Sendable {
        public var role: String
        public var unit: String?
        public var people: [PersonCard]
        public var note: String?
    }

    public var number: String
    public var href: String?
    public var facts: [Fact]
    public var assets: [ContractPage.AssetRow]
    public var holders: [Holder]
    public var contacts: [ContactRow]
}

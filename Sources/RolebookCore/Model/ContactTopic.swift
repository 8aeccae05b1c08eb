/// A need ("I need a download") and the chain of people to ask, per role set.
package struct ContactTopic: Hashable, Sendable, Codable {
    package enum Step: Hashable, Sendable, Codable {
        case role(String)
        case reseller(ContactPurpose)
        /// The vendor's support (Autodesk support), where most chains end. With `onlyWithoutReseller`
        /// it is reached only on contracts bought without a reseller (online store, direct): a
        /// technical support case ends at the reseller, but an online-store customer has none.
        case vendor(onlyWithoutReseller: Bool)
    }

    package var id: String
    package var name: String
    package var chains: [String: [Step]]
    /// Where each chain step was written, parallel to `chains`, for reference checks.
    package var stepLocations: [String: [SourceLocation]]
    /// Where a source names the vendor step of this topic. Without one, pages label that step as
    /// advice: it is what the site suggests, not what Autodesk or a reseller says.
    package var vendorSource: String?
    /// Why the chain stops where it does, for topics whose chains do not end at the vendor
    /// ("A technical support case ends with the reseller").
    package var chainEnds: String?
    /// Procedures whose fallback follows this chain: when the person a procedure says to ask has
    /// left or is missing, the page lists whom this chain reaches instead.
    package var fallbackFor: [String]
    /// Where each `fallbackFor` id was written, parallel to it.
    package var fallbackForLocations: [SourceLocation]
    package var location: SourceLocation

    package init(
        id: String, name: String, chains: [String: [Step]], stepLocations: [String: [SourceLocation]] = [:],
        vendorSource: String? = nil, chainEnds: String? = nil, fallbackFor: [String] = [],
        fallbackForLocations: [SourceLocation] = [], location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.chains = chains
        self.stepLocations = stepLocations
        self.vendorSource = vendorSource
        self.chainEnds = chainEnds
        self.fallbackFor = fallbackFor
        self.fallbackForLocations = fallbackForLocations
        self.location = location
    }
}

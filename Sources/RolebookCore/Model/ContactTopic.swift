/// A need ("I need a download") and the chain of people to ask, per role set.
package struct ContactTopic: Hashable, Sendable, Codable {
    package enum Step: Hashable, Sendable, Codable {
        case role(String)
        case reseller(ContactPurpose)
    }

    package var id: String
    package var name: String
    package var chains: [String: [Step]]
    /// Where each chain step was written, parallel to `chains`, for reference checks.
    package var stepLocations: [String: [SourceLocation]]
    package var location: SourceLocation

    package init(
        id: String, name: String, chains: [String: [Step]], stepLocations: [String: [SourceLocation]] = [:],
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.chains = chains
        self.stepLocations = stepLocations
        self.location = location
    }
}

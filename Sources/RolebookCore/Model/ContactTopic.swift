/// A need ("I need a download") and the chain of people to ask, per role set.
public struct ContactTopic: Hashable, Sendable, Codable {
    public enum Step: Hashable, Sendable, Codable {
        case role(String)
        case reseller(ContactPurpose)
    }

    public var id: String
    public var name: String
    public var chains: [String: [Step]]
    /// Where each chain step was written, parallel to `chains`, for reference checks.
    public var stepLocations: [String: [SourceLocation]]
    public var location: SourceLocation

    public init(
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

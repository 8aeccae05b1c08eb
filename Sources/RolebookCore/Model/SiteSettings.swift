/// Site-wide settings from `content/site.yaml`.
public struct SiteSettings: Hashable, Sendable, Codable {
    public var title: String
    /// The date the data is true as of; every date rule counts from it, never from the clock.
    public var asOf: Day
    /// A contract ending within this many days of `asOf` is near renewal.
    public var renewalWindowDays: Int
    public var baseURL: String?

    public init(title: String, asOf: Day, renewalWindowDays: Int = 90, baseURL: String? = nil) {
        self.title = title
        self.asOf = asOf
        self.renewalWindowDays = renewalWindowDays
        self.baseURL = baseURL
    }
}

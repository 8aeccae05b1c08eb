/// Site-wide settings from `content/site.yaml`.
package struct SiteSettings: Hashable, Sendable, Codable {
    package var title: String
    /// The date the data is true as of; every date rule counts from it, never from the clock.
    package var asOf: Day
    /// A contract ending within this many days of `asOf` is near renewal.
    package var renewalWindowDays: Int
    package var baseURL: String?

    package init(title: String, asOf: Day, renewalWindowDays: Int = 90, baseURL: String? = nil) {
        self.title = title
        self.asOf = asOf
        self.renewalWindowDays = renewalWindowDays
        self.baseURL = baseURL
    }
}

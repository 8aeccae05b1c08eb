/// Why one would contact a reseller.
package enum ContactPurpose: String, Hashable, Sendable, CaseIterable, Codable {
    case sales
    case training
    case technicalSupport = "technical-support"
    case renewals
    case billing
}

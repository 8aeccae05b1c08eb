/// What a column of an export means to Rolebook: the names in `field:` of `aliases.yaml`.
///
/// The meanings are Rolebook's (the importer knows what an end date does); which header names
/// carry them is data, in the site's alias table, so a renamed column needs no new release.
package enum ExportField: String, CaseIterable, Sendable {
    case subscriptionID = "subscription_id"
    case contractNumber = "contract_number"
    case offeringName = "offering_name"
    case seatQuantity = "seat_quantity"
    case term
    case startDate = "start_date"
    case endDate = "end_date"
    case autorenewDate = "autorenew_date"
    case subscriptionStatus = "subscription_status"
    case resellerName = "reseller_name"
    case resellerEmail = "reseller_email"
    case team
    case contractManagerEmail = "contract_manager_email"
    case plan
    case serialNumber = "serial_number"
    /// The customer a row belongs to, in exports a reseller makes of several customers.
    case company
    case firstName = "first_name"
    case lastName = "last_name"
    case email
    case role
    /// A column the vendor's format has and Rolebook does not use (usage figures, product access):
    /// known, so it is no "unknown column".
    case ignored

    /// How messages name the field: as the vendor's snake_case export name.
    package var label: String { rawValue }
}

import Foundation
import RolebookCore
import RolebookSource
import Testing

/// The default alias table knows every column name `../shared/reference/domain.md` section 2 lists.
@Suite struct AliasTableTests {
    /// Section 2.1, as listed there: the newer field list, its Title-case variants, the usage
    /// report's Title-case columns, the older usage-reporting list, the Subscriptions columns "as
    /// used in the product", and the reseller-described usage fields [A52] and [A53]'s hashed id.
    static let domainNames = [
        "access_option", "account_status", "assigned_date", "autodesk_id", "autorenew_date", "contract_number",
        "day_used", "days_inactive", "days_used", "email", "end_date", "first_name", "group", "hashed_autodesk_id",
        "last_accessed", "last_name", "monthly_average", "offering_name", "product_name", "reseller_email",
        "reseller_name", "role", "seat_assignment", "seat_quantity", "start_date", "subscription_id",
        "subscription_status", "term", "Access option", "Autodesk ID", "Email", "First name", "Last name", "Group",
        "Group type", "Product", "Role", "Feature", "Team", "Assigned date", "Day used", "Days inactive",
        "Last accessed", "Monthly average", "Seat assignment", "Tokens used", "Unassigned date", "User activity",
        "access_method", "contract_manager_email", "plan", "team_alias", "tokens_used", "usage_type", "version",
        "User ID", "User email", "Offering name", "Product name", "Version", "Last accessed date", "hashed_user_id",
    ]

    static func table() throws -> AliasTable {
        let text = try String(contentsOf: ImportFixtures.aliases, encoding: .utf8)
        let (table, diagnostics) = AliasTable.read(
            SourceFile(path: "content/exports/aliases.yaml", text: text))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return table
    }

    @Test func everyNameOfTheDomainResearchIsKnownToBothFormats() throws {
        let table = try Self.table()
        for format in table.formats {
            let unknown = Self.domainNames.filter { format.column(named: $0) == nil }
            #expect(unknown.isEmpty, "\(format.id) does not know \(unknown)")
        }
    }

    @Test func theOlderNamesAreDeprecatedAndTheUsersColumnsInferred() throws {
        let table = try Self.table()
        let subscriptions = try #require(table.format("autodesk-subscriptions"))
        for name in ["team_alias", "contract_manager_email", "plan"] {
            #expect(subscriptions.column(named: name)?.deprecated != nil, "\(name)")
        }
        #expect(subscriptions.column(named: "Team")?.field == .team)
        #expect(subscriptions.column(named: "Subscription ID")?.field == .subscriptionID)
        #expect(subscriptions.managerRole == "contract manager")
        let users = try #require(table.format("autodesk-users"))
        #expect(users.columns.allSatisfy { $0.inferred })
        let firstName = users.column(named: "first name")?.field
        #expect(firstName == .firstName, "names match ignoring case and _")
    }

    @Test func mistakesInTheTableAreLocated() {
        let text = """
            formats:
              - id: mine
                name: Mine
                vendor: V
                records: users
                columns:
                  - field: emial
                    names: [E-mail]
                  - field: offering_name
                    names: [Product]
                  - field: email
                    names: [Mail]
                  - field: role
                    names: [mail]
            """
        let (_, diagnostics) = AliasTable.read(SourceFile(path: "a.yaml", text: text))
        #expect(
            diagnostics.map(\.description) == [
                "a.yaml:7:16: error: unknown field 'emial' (known: subscription_id, contract_number, offering_name, seat_quantity, term, start_date, end_date, autorenew_date, subscription_status, reseller_name, reseller_email, team, contract_manager_email, plan, serial_number, company, first_name, last_name, email, role, ignored); did you mean 'email'?",
                "a.yaml:9:16: error: field 'offering_name' is not read from users exports",
                "a.yaml:14:17: error: column name 'mail' is listed for two fields of format 'mine'\na.yaml:12:17: note: first listed here, for field 'email'",
            ])
    }
}

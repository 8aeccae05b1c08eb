/// Something in a company's data that needs someone's action, who can take it, and where: one
/// entry of the audit pages and of the list that opens the company report. Found by
/// ``SiteModel/actionItems(for:)`` from the same rules the resolver warns with.
package struct ActionItem: Hashable, Sendable {
    /// What is wrong.
    package enum Problem: Hashable, Sendable {
        /// A person who has left still holds a role in a unit (a contract, an asset or a team).
        case departedHolder(Person, RoleDefinition, RoleAssignment.Scope)
        /// Nobody holds a role in a unit (the contract, or one asset), and another role stands in.
        case standingIn(RoleDefinition, standIn: RoleDefinition, asset: Asset?)
        /// The contract ends within the renewal window and does not renew automatically.
        case renewalDue(daysLeft: Int)
        /// The contract ended before the data's as-of date.
        case ended(daysAgo: Int)
        /// More different people hold a role in the company than its role set recommends.
        case overRecommended(RoleDefinition, holders: [Person], limit: Int)
    }

    /// Who can put it right on one contract: the role, and the holders of it who are still here.
    /// The contract × role page of that role is where it is fixed.
    package struct Fix: Hashable, Sendable {
        package var contract: Contract
        package var role: RoleDefinition
        /// Holders of the role on the contract who have not left; empty when nobody is left to act.
        package var people: [Person]

        package init(contract: Contract, role: RoleDefinition, people: [Person]) {
            self.contract = contract
            self.role = role
            self.people = people
        }

        /// The page where the change is made: the contract × role page of the role that makes it.
        package var route: String { Route.contractRole(contract.id, contract.roleSetID, role.id) }
    }

    package var problem: Problem
    package var companyID: String
    /// The contract the problem is on; nil for a problem of the whole company.
    package var contract: Contract?
    /// Where it is fixed, one per contract concerned; empty when the role set names nobody.
    package var fixes: [Fix]

    package init(problem: Problem, companyID: String, contract: Contract?, fixes: [Fix]) {
        self.problem = problem
        self.companyID = companyID
        self.contract = contract
        self.fixes = fixes
    }
}

/// Whom to ask about one topic on one contract: its chain from `content/contacts.yaml` resolved
/// against the contract's holders and reseller. Pages, reports, fragments and the JSON export all
/// read this one resolution.
package struct ContactRoute: Hashable, Sendable {
    /// A step of the chain that reaches someone.
    package enum Step: Hashable, Sendable {
        /// The role's holders who have not left.
        case holders(RoleDefinition, [Holder])
        case reseller(Reseller, ContactPurpose, Reseller.Contact)
    }

    /// A person reached, with the asset they hold the role for when it is held per asset.
    package struct Holder: Hashable, Sendable {
        package var person: Person
        package var asset: Asset?
    }

    /// A step passed over, and why: shown to the reader, never silently dropped.
    package enum Skip: Hashable, Sendable {
        case unassigned(RoleDefinition, asset: Asset?)
        case departed(Person, RoleDefinition, asset: Asset?)
        case noResellerContact(ContactPurpose)
    }

    package var topic: ContactTopic
    package var steps: [Step]
    package var skipped: [Skip]
}

extension SiteModel {
    /// The contract's routes, one per topic that has a chain for its role set, in topic order.
    package func contactRoutes(for contract: Contract) -> [ContactRoute] {
        topics.compactMap { topic in
            topic.chains[contract.roleSetID].map { route(topic, steps: $0, contract: contract) }
        }
    }

    private func route(_ topic: ContactTopic, steps: [ContactTopic.Step], contract: Contract) -> ContactRoute {
        var reached: [ContactRoute.Step] = []
        var skipped: [ContactRoute.Skip] = []
        let set = roleSetsByID[contract.roleSetID]
        for step in steps {
            switch step {
            case .role(let name):
                guard let role = set?.role(named: name) else { continue }
                var people: [ContactRoute.Holder] = []
                var seen: Set<String> = []
                let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
                for asset in units {
                    let holders = holders(of: role, in: contract, asset: asset)
                    if holders.isEmpty { skipped.append(.unassigned(role, asset: asset)) }
                    for person in holders {
                        if person.hasLeft {
                            skipped.append(.departed(person, role, asset: asset))
                        } else if seen.insert(person.id).inserted {
                            people.append(ContactRoute.Holder(person: person, asset: asset))
                        }
                    }
                }
                if !people.isEmpty { reached.append(.holders(role, people)) }
            case .reseller(let purpose):
                if let reseller = reseller(of: contract), let contact = reseller.contact(for: purpose) {
                    reached.append(.reseller(reseller, purpose, contact))
                } else {
                    skipped.append(.noResellerContact(purpose))
                }
            }
        }
        return ContactRoute(topic: topic, steps: reached, skipped: skipped)
    }
}

/// Whom to ask about one topic on one contract: its chain from `content/contacts.yaml` resolved
/// against the contract's holders and reseller. Pages, reports, fragments and the JSON export all
/// read this one resolution.
package struct ContactRoute: Hashable, Sendable {
    /// A step of the chain that reaches someone.
    package enum Step: Hashable, Sendable {
        /// The role's holders who have not left.
        case holders(RoleDefinition, [Holder])
        case reseller(Reseller, ContactPurpose, Reseller.Contact)
        /// The vendor's support. `sourced` is false where no source names this step: pages label it
        /// as advice.
        case vendor(name: String, sourced: Bool)
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
        /// The contract was bought through a reseller, but none, or none for this purpose, is on record.
        case noResellerContact(ContactPurpose)
        /// The contract was not bought through a reseller (online store, direct), so there is none to ask.
        case noReseller(Contract.Channel, vendor: String)

        /// The asset the skip concerns; nil when it concerns the whole contract.
        package var asset: Asset? {
            switch self {
            case .unassigned(_, let asset), .departed(_, _, let asset): asset
            case .noResellerContact, .noReseller: nil
            }
        }
    }

    /// One entry of the chain as written, in order: whom it reached (nil when nobody) and whom it
    /// passed over. A note about a skipped entry belongs next to the entry it concerns, so the two
    /// stay together.
    package struct Link: Hashable, Sendable {
        package var step: Step?
        package var skipped: [Skip]
    }

    package var topic: ContactTopic
    package var links: [Link]
    /// The assets the chain tells apart (when one of its roles is held per asset), else `[nil]`:
    /// an asset's Software Coordinator answers for that asset only.
    package var units: [Asset?]

    /// Every step that reaches someone, in order.
    package var steps: [Step] { links.compactMap(\.step) }
    /// Every step passed over, in order.
    package var skipped: [Skip] { links.flatMap(\.skipped) }
    /// Whether the chain ends at the vendor; when it does not, the topic's `chainEnds` says why.
    package var reachesVendor: Bool {
        steps.contains { if case .vendor = $0 { true } else { false } }
    }

    /// The chain as one asset sees it: asset-scoped holders and skips of other assets removed.
    package func narrowed(to asset: Asset?) -> ContactRoute {
        guard let asset else { return self }
        let narrowed = links.map { link -> Link in
            var step = link.step
            if case .holders(let role, let holders)? = step {
                let mine = holders.filter { $0.asset == nil || $0.asset == asset }
                step = mine.isEmpty ? nil : .holders(role, mine)
            }
            return Link(step: step, skipped: link.skipped.filter { $0.asset == nil || $0.asset == asset })
        }
        return ContactRoute(topic: topic, links: narrowed, units: [asset])
    }
}

extension ContactRoute.Step {
    /// Whether this step reaches `person`.
    package func reaches(_ person: Person) -> Bool {
        if case .holders(_, let holders) = self { holders.contains { $0.person.id == person.id } } else { false }
    }

    /// The step without `person`; nil when nobody else is left in it.
    package func without(_ person: Person) -> ContactRoute.Step? {
        guard case .holders(let role, let holders) = self else { return self }
        let others = holders.filter { $0.person.id != person.id }
        return others.isEmpty ? nil : .holders(role, others)
    }
}

extension SiteModel {
    /// The contract's routes, one per topic that has a chain for its role set, in topic order.
    package func contactRoutes(for contract: Contract) -> [ContactRoute] {
        topics.compactMap { topic in
            topic.chains[contract.roleSetID].map { route(topic, steps: $0, contract: contract) }
        }
    }

    /// The route a procedure's fallback follows (the topic that lists it in `fallback_for`), if any.
    package func fallbackRoute(forProcedure id: String, on contract: Contract) -> ContactRoute? {
        guard let topic = topics.first(where: { $0.fallbackFor.contains(id) }),
            let steps = topic.chains[contract.roleSetID]
        else { return nil }
        return route(topic, steps: steps, contract: contract)
    }

    private func route(_ topic: ContactTopic, steps: [ContactTopic.Step], contract: Contract) -> ContactRoute {
        var links: [ContactRoute.Link] = []
        var perAsset = false
        let set = roleSetsByID[contract.roleSetID]
        // Only a contract bought through a reseller has one to ask; the company's usual reseller
        // did not sell an online-store subscription.
        let reseller = contract.channel == .reseller ? reseller(of: contract) : nil
        var notedNoReseller = false
        for step in steps {
            switch step {
            case .role(let name):
                guard let role = set?.role(named: name) else { continue }
                var people: [ContactRoute.Holder] = []
                var skipped: [ContactRoute.Skip] = []
                var seen: Set<String> = []
                let units: [Asset?] = role.scope == .asset ? contract.assets.map { $0 } : [nil]
                perAsset = perAsset || role.scope == .asset
                for asset in units {
                    let holders = holders(of: role, in: contract, asset: asset)
                    if holders.isEmpty { skipped.append(.unassigned(role, asset: asset)) }
                    for person in holders {
                        if person.hasLeft {
                            skipped.append(.departed(person, role, asset: asset))
                        } else if role.scope == .asset || seen.insert(person.id).inserted {
                            people.append(ContactRoute.Holder(person: person, asset: asset))
                        }
                    }
                }
                links.append(ContactRoute.Link(step: people.isEmpty ? nil : .holders(role, people), skipped: skipped))
            case .reseller(let purpose):
                if let reseller, let contact = reseller.contact(for: purpose) {
                    links.append(ContactRoute.Link(step: .reseller(reseller, purpose, contact), skipped: []))
                } else if contract.channel == .reseller {
                    links.append(ContactRoute.Link(step: nil, skipped: [.noResellerContact(purpose)]))
                } else if !notedNoReseller {
                    // Said once per chain: having no reseller is how the contract was bought, not a gap.
                    notedNoReseller = true
                    links.append(
                        ContactRoute.Link(step: nil, skipped: [.noReseller(contract.channel, vendor: contract.vendor)]))
                }
            case .vendor(let onlyWithoutReseller):
                guard !onlyWithoutReseller || reseller == nil else { continue }
                links.append(
                    ContactRoute.Link(
                        step: .vendor(name: contract.vendor, sourced: topic.vendorSource != nil), skipped: [])
                )
            }
        }
        return ContactRoute(topic: topic, links: links, units: perAsset ? contract.assets.map { $0 } : [nil])
    }
}

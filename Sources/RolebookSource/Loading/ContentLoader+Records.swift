import RolebookCore

extension ContentLoader {
    func readSettings(_ map: YAMLMap?, language: String?) -> SiteSettings? {
        guard let map else { return nil }
        defer { map.finish() }
        // The languages first: the title may be given per language.
        let languages = readLanguages(map)
        map.reader.language = ContentLanguage(
            settings: SiteSettings(title: "", asOf: Day(ordinal: 0), languages: languages.map(\.code)),
            requested: language)
        let title = map.localizedString("title", required: true)
        let asOf = map.day("as_of", required: true)
        let window = map.int("renewal_window_days", minimum: 1) ?? 90
        let baseURL = map.url("base_url", relative: true)
        let staleAfter = map.int("stale_after_days", minimum: 1) ?? 90
        var outputs = SiteOutputs()
        if let build = map.submap("build", what: "build outputs") {
            outputs.reports = build.bool("reports")
            if let pdf = build.string("pdf") {
                switch pdf.lowercased() {
                case "true", "yes", "both": outputs.pdf = "both"
                case "false", "no", "none": outputs.pdf = "none"
                case "reports", "packets": outputs.pdf = pdf.lowercased()
                default:
                    map.reader.error(
                        "'pdf' must be true, false, reports, packets or both, not '\(pdf)'",
                        at: build.valueLocation("pdf"))
                }
            }
            if let paper = build.string("paper") {
                if ["a4", "letter"].contains(paper) {
                    outputs.paper = paper
                } else {
                    map.reader.error("unknown paper '\(paper)' (known: a4, letter)", at: build.valueLocation("paper"))
                }
            }
            outputs.fragments = build.string("fragments")
            outputs.bundles = build.string("bundles")
            outputs.since = build.string("since")
            build.finish()
        }
        var lists = ListLimits()
        if let limits = map.submap("lists", what: "list lengths") {
            lists.peoplePerPage = limits.int("people_per_page", minimum: 1) ?? lists.peoplePerPage
            lists.companiesPerPage = limits.int("companies_per_page", minimum: 1) ?? lists.companiesPerPage
            lists.contractLinks = limits.int("contract_links", minimum: 1) ?? lists.contractLinks
            limits.finish()
        }
        guard let title, let asOf else { return nil }
        return SiteSettings(
            title: title, asOf: asOf, renewalWindowDays: window, baseURL: baseURL, staleAfterDays: staleAfter,
            asOfLocation: map.valueLocation("as_of"), outputs: outputs, languages: languages.map(\.code),
            languageLocations: languages.map(\.location), lists: lists)
    }

    /// `language: de`, or `languages: [en, de]` with the default first; each a code the theme
    /// has a strings file for (checked once the theme is read).
    private func readLanguages(_ map: YAMLMap) -> [(code: String, location: SourceLocation)] {
        let one = map.string("language").map { [($0, map.valueLocation("language"))] } ?? []
        let several = map.strings("languages")
        if !one.isEmpty, map.value("languages") != nil {
            map.reader.error(
                "give 'language' (one language) or 'languages' (several, the default first), not both",
                at: map.keyLocation("languages"))
            return one
        }
        if map.value("languages") != nil, several.isEmpty {
            map.reader.error("'languages' lists no language", at: map.valueLocation("languages"))
        }
        var seen: Set<String> = []
        return (one + several).filter { code, location in
            guard Strings.isLanguageCode(code) else {
                map.reader.error(
                    "'\(code)' is not a language code: use the name of a strings file, such as en, de or pt-br",
                    at: location)
                return false
            }
            guard seen.insert(code).inserted else {
                map.reader.error("'\(code)' is listed twice", at: location)
                return false
            }
            return true
        }
    }

    /// A role set, and the ids of its roles whose scope is missing or invalid.
    ///
    /// Contracts, contact chains, guides and other roles all name roles, so a role set or role is
    /// dropped only when it has no usable id: with a missing name, summary or vendor, or a bad
    /// scope, it is kept (name defaulting to the id) so that one mistake in a role definition is
    /// one error, not one "unknown role" for every reference to it. A role without a valid scope
    /// gets a placeholder scope, and the resolver skips the checks that depend on scope for it.
    func readRoleSet(_ map: YAMLMap?) -> (set: RoleSet, unscoped: Set<String>)? {
        guard let map else { return nil }
        defer { map.finish() }
        let id = map.id()
        let name = map.localizedString("name", required: true)
        let vendor = map.string("vendor", required: true)
        let description = map.localizedString("description")
        let roles = map.maps("roles", what: "role", required: true).compactMap { readRole($0, roleSetID: id ?? "") }
        guard let id else { return nil }
        let set = RoleSet(
            id: id, name: name ?? id, vendor: vendor ?? "", description: description, roles: roles.map(\.role),
            location: map.location)
        return (set, Set(roles.filter { !$0.scoped }.map(\.role.id)))
    }

    private func readRole(_ map: YAMLMap, roleSetID: String) -> (role: RoleDefinition, scoped: Bool)? {
        defer { map.finish() }
        let id = map.id()
        let name = map.localizedString("name", required: true)
        let longName = map.localizedString("long_name")
        let gloss = map.localizedString("gloss", exact: true)
        let otherNames = map.texts("other_names")
        let summary = map.localizedString("summary", required: true)
        let scope = map.enumeration("scope", as: RoleScope.self, required: true)
        let minimum = map.int("min_per_scope") ?? 0
        let maximum = map.int("max_per_scope", minimum: 1)
        let recommended = map.int("recommended_max_per_company", minimum: 1)
        let standIn = map.id("stand_in", required: false)
        let assignedBy = map.texts("assigned_by")
        let notCombinable = map.texts("not_combinable_with")
        let capabilities = map.localizedTexts("capabilities")
        let notifications = map.localizedTexts("notifications")
        let duties = map.localizedTexts("duties")
        let counterparts = map.maps("counterparts", what: "counterpart").compactMap(readCounterpart)
        let rulesByEra = map.maps("rules_by_era", what: "era rule").compactMap { entry -> RoleDefinition.EraRule? in
            defer { entry.finish() }
            let era = entry.string("era", required: true)
            let rule = entry.string("rule", required: true)
            guard let era, let rule else { return nil }
            return RoleDefinition.EraRule(era: era, rule: rule)
        }
        let leavingNotes = readLeavingNotes(map)
        if let maximum, minimum > maximum {
            map.reader.error(
                "min_per_scope (\(minimum)) is more than max_per_scope (\(maximum))",
                at: map.keyLocation("min_per_scope"))
        }
        guard let id else { return nil }
        var role = RoleDefinition(
            id: id, roleSetID: roleSetID, name: name ?? id, longName: longName, otherNames: otherNames,
            summary: summary ?? "", scope: scope ?? .contract, minPerScope: minimum, maxPerScope: maximum,
            recommendedMaxPerCompany: recommended,
            standIn: standIn, assignedBy: assignedBy, notCombinableWith: notCombinable, capabilities: capabilities,
            notifications: notifications, duties: duties, counterparts: counterparts, rulesByEra: rulesByEra,
            leavingNotes: leavingNotes, location: map.location)
        role.gloss = gloss
        return (role, scope != nil)
    }

    /// A counterpart must say how it relates: a page that cannot tell "the same role, renamed"
    /// from "the nearest equivalent" would tell a Contract Manager the wrong one.
    private func readCounterpart(_ entry: YAMLMap) -> RoleDefinition.Counterpart? {
        defer { entry.finish() }
        let reference = entry.string("role", required: true)
        let relation = entry.enumeration("relation", as: RoleDefinition.Counterpart.Relation.self, required: true)
        let note = entry.string("note", required: true)
        guard let reference, let relation, let note else { return nil }
        let parts = reference.split(separator: "/")
        guard parts.count == 2 else {
            entry.reader.error(
                "counterpart role '\(reference)' must be written role-set/role-id", at: entry.valueLocation("role"))
            return nil
        }
        return RoleDefinition.Counterpart(
            roleSetID: String(parts[0]), roleID: String(parts[1]), relation: relation, note: note,
            location: entry.valueLocation("role"))
    }

    /// `when_holder_leaves` is one text for every contract, or a list of notes, each with an
    /// optional `when` naming the contracts it is true of.
    private func readLeavingNotes(_ map: YAMLMap) -> [RoleDefinition.LeavingNote] {
        guard let value = map.value("when_holder_leaves") else { return [] }
        if let text = value.scalar { return [RoleDefinition.LeavingNote(text: text)] }
        guard let list = value.sequence else {
            map.reader.error("'when_holder_leaves' must be a text or a list of notes, not \(value.shape)", at: value)
            return []
        }
        return list.compactMap { node -> RoleDefinition.LeavingNote? in
            guard let entry = map.reader.map(node, what: "when_holder_leaves note") else { return nil }
            defer { entry.finish() }
            let text = entry.string("text", required: true)
            let condition =
                entry.submap("when", what: "when_holder_leaves condition").map(readCondition) ?? ContractCondition()
            guard let text else { return nil }
            return RoleDefinition.LeavingNote(text: text, condition: condition)
        }
    }

    /// A `when` map: `channel` and `buying_experience`, each one value or a list. A condition
    /// naming neither would quietly apply everywhere, which its author did not mean.
    func readCondition(_ when: YAMLMap) -> ContractCondition {
        defer { when.finish() }
        var condition = ContractCondition()
        for (text, location) in when.strings("channel") {
            if let channel = Contract.Channel(rawValue: text) {
                condition.channels.append(channel)
            } else {
                when.reader.error(Self.unknown("channel", text, among: Contract.Channel.allCases), at: location)
            }
        }
        for (text, location) in when.strings("buying_experience") {
            if let experience = Contract.BuyingExperience(rawValue: text) {
                condition.buyingExperiences.append(experience)
            } else {
                when.reader.error(
                    Self.unknown("buying experience", text, among: Contract.BuyingExperience.allCases), at: location)
            }
        }
        if when.value("channel") == nil, when.value("buying_experience") == nil {
            when.reader.error("'when' must name a channel or a buying_experience", at: when.location)
        }
        return condition
    }

    private static func unknown<T: RawRepresentable>(_ what: String, _ text: String, among cases: [T]) -> String
    where T.RawValue == String {
        let known = cases.map(\.rawValue)
        return "unknown \(what) '\(text)' (known: \(known.joined(separator: ", ")))"
            + Suggestion.didYouMean(text, among: known)
    }

    func readReseller(_ map: YAMLMap?) -> Reseller? {
        guard let map else { return nil }
        defer { map.finish() }
        let id = map.id()
        let name = map.string("name", required: true)
        let accountNumber = map.string("account_number")
        let contacts = map.maps("contacts", what: "reseller contact", required: true).compactMap {
            entry -> Reseller.Contact? in
            defer { entry.finish() }
            let purpose = entry.enumeration("purpose", as: ContactPurpose.self, required: true)
            let contact = Reseller.Contact(
                purpose: purpose ?? .sales, name: entry.string("name"), phone: entry.string("phone"),
                email: entry.email("email"), url: entry.url("url"), hours: entry.string("hours"),
                location: entry.location)
            // Asked of what was written, so that a malformed email is not also reported as missing.
            if ["phone", "email", "url"].allSatisfy({ entry.value($0) == nil }) {
                entry.reader.error("a reseller contact needs at least a phone, an email or a url", at: entry.location)
            }
            return purpose == nil ? nil : contact
        }
        guard let id, let name else { return nil }
        return Reseller(id: id, name: name, accountNumber: accountNumber, contacts: contacts, location: map.location)
    }

    func readPerson(_ map: YAMLMap?) -> Person? {
        guard let map else { return nil }
        defer { map.finish() }
        let id = map.id()
        let name = map.string("name", required: true)
        // A malformed email is reported, but the person is kept: dropping them would turn every
        // assignment of theirs into a false "unknown person".
        let email = map.email("email", required: true) ?? map.string("email") ?? ""
        let phone = map.string("phone")
        let title = map.string("title")
        let status = map.enumeration("status", as: Person.Status.self) ?? .active
        guard let id, let name else { return nil }
        return Person(
            id: id, name: name, email: email, phone: phone, title: title, status: status,
            statusLocation: map.value("status").map { _ in map.valueLocation("status") }, location: map.location)
    }

    func readCompany(_ map: YAMLMap?) -> (Company, [Person])? {
        guard let map else { return nil }
        defer { map.finish() }
        let id = map.id()
        let name = map.string("name", required: true)
        let reseller = map.id("reseller", required: false)
        let people = map.maps("people", what: "person").compactMap { readPerson($0) }
        let teams = map.maps("teams", what: "team").compactMap { readTeam($0, companyID: id ?? "") }
        let contracts = map.maps("contracts", what: "contract", required: true).compactMap {
            readContract($0, companyID: id ?? "")
        }
        guard let id, let name else { return nil }
        let company = Company(
            id: id, name: name, resellerID: reseller,
            resellerLocation: reseller.map { _ in map.valueLocation("reseller") },
            teams: teams, contracts: contracts, personIDs: people.map(\.id), location: map.location)
        return (company, people)
    }

    private func readTeam(_ map: YAMLMap, companyID: String) -> Team? {
        defer { map.finish() }
        let id = map.id()
        let name = map.string("name", required: true)
        let roleSet = map.id("role_set")
        let assignments = readAssignments(map, scope: .team(id ?? ""), roleSetID: roleSet ?? "")
        guard let id, let name, let roleSet else { return nil }
        return Team(
            id: id, companyID: companyID, name: name, roleSetID: roleSet,
            roleSetLocation: map.valueLocation("role_set"),
            assignments: assignments, location: map.location)
    }

    private func readContract(_ map: YAMLMap, companyID: String) -> Contract? {
        defer { map.finish() }
        let id = map.id()
        let contractNumber = map.string("contract_number")
        let subscriptionID = map.string("subscription_id")
        let vendor = map.string("vendor", required: true)
        let roleSet = map.id("role_set")
        let plan = map.string("plan")
        let term = map.string("term")
        let start = map.day("start", required: true)
        let end = map.day("end", required: true)
        let autoRenew = map.bool("auto_renew") ?? false
        let channel = map.enumeration("channel", as: Contract.Channel.self, required: true)
        let experience = map.enumeration("buying_experience", as: Contract.BuyingExperience.self) ?? .classic
        let team = map.id("team", required: false)
        let reseller = map.id("reseller", required: false)
        let assets = map.maps("assets", what: "asset").compactMap {
            readAsset($0, contractID: id ?? "", roleSetID: roleSet ?? "")
        }
        let assignments = readAssignments(map, scope: .contract(id ?? ""), roleSetID: roleSet ?? "")
        if contractNumber == nil, subscriptionID == nil {
            map.reader.error("contract needs a contract_number or a subscription_id", at: map.location)
        }
        if let start, let end, start > end {
            map.reader.error(
                "contract starts (\(start)) after it ends (\(end))", at: map.valueLocation("start"))
        }
        guard let id, let vendor, let roleSet, let start, let end, let channel else { return nil }
        return Contract(
            id: id, companyID: companyID, contractNumber: contractNumber, subscriptionID: subscriptionID,
            vendor: vendor,
            roleSetID: roleSet, roleSetLocation: map.valueLocation("role_set"), plan: plan, term: term, start: start,
            end: end, autoRenew: autoRenew, channel: channel, buyingExperience: experience, teamID: team,
            teamLocation: team.map { _ in map.valueLocation("team") }, resellerID: reseller,
            resellerLocation: reseller.map { _ in map.valueLocation("reseller") }, assets: assets,
            assignments: assignments, location: map.location)
    }

    private func readAsset(_ map: YAMLMap, contractID: String, roleSetID: String) -> Asset? {
        defer { map.finish() }
        let id = map.id()
        let product = map.string("product", required: true)
        let serial = map.string("serial_number")
        let seats = map.int("seats", minimum: 1)
        let assignments = readAssignments(map, scope: .asset(id ?? ""), roleSetID: roleSetID)
        guard let id, let product else { return nil }
        return Asset(
            id: id, contractID: contractID, product: product, serialNumber: serial, seats: seats,
            assignments: assignments, location: map.location)
    }

    private func readAssignments(_ map: YAMLMap, scope: RoleAssignment.Scope, roleSetID: String) -> [RoleAssignment] {
        map.maps("assignments", what: "assignment").compactMap { entry in
            defer { entry.finish() }
            let role = entry.string("role", required: true)
            let person = entry.string("person", required: true)
            guard let role, let person else { return nil }
            return RoleAssignment(
                roleID: role, personID: person, scope: scope, roleSetID: roleSetID,
                location: entry.valueLocation("role"), personLocation: entry.valueLocation("person"))
        }
    }

    func readTopics(_ map: YAMLMap?) -> [ContactTopic] {
        guard let map else { return [] }
        defer { map.finish() }
        return map.maps("topics", what: "contact topic", required: true).compactMap { entry in
            defer { entry.finish() }
            let id = entry.id()
            let name = entry.localizedString("name", required: true)
            var chains: [String: [ContactTopic.Step]] = [:]
            var locations: [String: [SourceLocation]] = [:]
            if let chainMap = entry.submap("chains", what: "contact chains") {
                for (roleSetID, _, value) in chainMap.entries() {
                    _ = chainMap.value(roleSetID)
                    guard let list = value.sequence else {
                        entry.reader.error("the chain for '\(roleSetID)' must be a list, not \(value.shape)", at: value)
                        continue
                    }
                    // An empty chain is kept, so the resolver still checks the role set it names.
                    chains[roleSetID, default: []] = chains[roleSetID] ?? []
                    for step in list {
                        guard let text = step.scalar else {
                            entry.reader.error(
                                "each step of the chain for '\(roleSetID)' must be a single value", at: step)
                            continue
                        }
                        let parsed: ContactTopic.Step
                        if text == "vendor" {
                            parsed = .vendor(onlyWithoutReseller: false)
                        } else if text.hasPrefix("vendor:") {
                            guard text == "vendor:no-reseller" else {
                                entry.reader.error(
                                    "unknown vendor step '\(text)' (known: vendor, vendor:no-reseller)", at: step)
                                continue
                            }
                            parsed = .vendor(onlyWithoutReseller: true)
                        } else if text.hasPrefix("reseller:") {
                            let purpose = String(text.dropFirst("reseller:".count))
                            guard let value = ContactPurpose(rawValue: purpose) else {
                                entry.reader.error(
                                    "unknown reseller contact purpose '\(purpose)'"
                                        + Suggestion.didYouMean(purpose, among: ContactPurpose.allCases.map(\.rawValue)),
                                    at: step)
                                continue
                            }
                            parsed = .reseller(value)
                        } else {
                            parsed = .role(text)
                        }
                        chains[roleSetID, default: []].append(parsed)
                        locations[roleSetID, default: []].append(entry.reader.location(of: step))
                    }
                }
                chainMap.finish()
            } else {
                entry.missing("chains")
            }
            let vendorSource = entry.string("vendor_source")
            let chainEnds = entry.string("chain_ends")
            let fallbackFor = entry.strings("fallback_for")
            guard let id, let name else { return nil }
            return ContactTopic(
                id: id, name: name, chains: chains, stepLocations: locations, vendorSource: vendorSource,
                chainEnds: chainEnds, fallbackFor: fallbackFor.map(\.0), fallbackForLocations: fallbackFor.map(\.1),
                location: entry.location)
        }
    }
}

import ArgumentParser
import Foundation
import RolebookBuild
import RolebookCore
import RolebookRender

extension RolebookCommand {
    /// `rolebook who`: whom to ask, in the terminal, from the same chains as the site's
    /// who-to-contact tables (``SiteModel/contactRoutes(for:)``), skipped contacts and why included.
    struct Who: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show whom to ask, in order: for a person, a serial number or a contract.",
            discussion: """
                Reads the site as check does and prints each contact chain of content/contacts.yaml as \
                the site's pages show it: whom to ask first, then next, and every contact passed over \
                with the reason (nobody assigned, left the company, no reseller contact). For a person, \
                the contracts they hold a role on (only the serial numbers they hold it for, when their \
                role is per asset), with their own place in a chain marked. Exits 1 when the site has \
                errors or the person, serial number, contract or topic is not in the data.
                """)

        @OptionGroup var site: SiteOptions

        @Option(help: "A person, by email address or id: the contracts they hold a role on.")
        var person: String?

        @Option(help: "An asset, by serial number (such as 399-12345678).")
        var serial: String?

        @Option(help: "A contract, by contract number, subscription id or id.")
        var contract: String?

        @Option(help: "Only this topic: an id from content/contacts.yaml, such as download.")
        var topic: String?

        @Flag(help: "Print the answer as JSON, for scripts (keys in a stable order).")
        var json = false

        func validate() throws {
            guard [person, serial, contract].compactMap({ $0 }).count == 1 else {
                throw ValidationError("give one of --person, --serial or --contract")
            }
        }

        func run() throws {
            var options = BuildOptions(root: site.rootURL, strict: site.strict)
            options.asOf = site.asOf
            let builder = SiteBuilder(options: options)
            let (model, diagnostics) = try reportingFailure { try builder.model() }
            guard let model, !builder.blocks(diagnostics) else {
                DiagnosticPrinter.print(diagnostics, root: site.rootURL)
                DiagnosticPrinter.summary(diagnostics, strict: site.strict)
                throw ExitCode.failure
            }
            let query = WhoQuery(model: model, strings: builder.words())
            let answer: WhoQuery.Answer
            do {
                answer = try query.answer(person: person, serial: serial, contract: contract, topic: topic)
            } catch let error as WhoQuery.NotFound {
                Terminal.failure(nil, error.message)
                throw ExitCode.failure
            }
            print(json ? try query.json(answer) : query.text(answer), terminator: "")
        }
    }
}

/// The answers `rolebook who` prints, made from ``SiteModel/contactRoutes(for:)`` alone: the chain
/// rules live there, the wording in the strings table and the page builder's ``PageModelBuilder/skipReason(_:)``.
struct WhoQuery {
    let model: SiteModel
    let builder: PageModelBuilder
    var strings: Strings { builder.strings }

    init(model: SiteModel, strings: Strings) {
        self.model = model
        builder = PageModelBuilder(index: SiteIndex(model: model), strings: strings)
    }

    struct NotFound: Error { var message: String }

    /// One contract, or the part of it some assets make up, and its routes.
    struct Section {
        var company: Company
        var contract: Contract
        /// The assets the routes are narrowed to; empty for the whole contract.
        var units: [Asset]
        var routes: [ContactRoute]
    }

    struct Answer {
        /// The person asking, when the question is theirs: their own steps are marked.
        var person: Person?
        var sections: [Section]
    }

    func answer(person: String?, serial: String?, contract: String?, topic: String?) throws -> Answer {
        if let topic, !model.topics.contains(where: { $0.id == topic }) {
            let ids = model.topics.map(\.id)
            throw NotFound(
                message: "no contact topic '\(topic)'"
                    + (Spelling.closest(to: topic, among: ids).map { "; did you mean '\($0)'?" }
                        ?? " (topics: \(ids.joined(separator: ", ")))"))
        }
        func routes(_ contract: Contract, _ unit: Asset?) -> [ContactRoute] {
            model.contactRoutes(for: contract).filter { topic == nil || $0.topic.id == topic }.map {
                $0.narrowed(to: unit)
            }
        }
        let places = model.companies.flatMap { company in company.contracts.map { (company, $0) } }
        if let person {
            let found =
                model.people.first { $0.id == person }
                ?? model.people.first { $0.email.lowercased() == person.lowercased() }
            guard let found else {
                let names = model.people.flatMap { [$0.id, $0.email] }
                throw NotFound(message: "no person with the email address or id '\(person)'" + hint(person, names))
            }
            // Per contract: the assets the person holds a role for, or nil for the whole contract.
            let index = builder.index
            var units: [String: [String?]] = [:]
            for holding in index.holdingsByPerson[found.id] ?? [] {
                for held in index.contracts(of: holding) {
                    if case .asset(let id) = holding.assignment.scope {
                        units[held.id, default: []].append(id)
                    } else {
                        units[held.id, default: []].append(nil)
                    }
                }
            }
            var sections: [Section] = []
            for (company, contract) in places {
                guard let held = units[contract.id] else { continue }
                if held.contains(nil) {
                    sections.append(
                        Section(company: company, contract: contract, units: [], routes: routes(contract, nil)))
                } else {
                    for asset in contract.assets where held.contains(asset.id) {
                        sections.append(
                            Section(
                                company: company, contract: contract, units: [asset], routes: routes(contract, asset)))
                    }
                }
            }
            return Answer(person: found, sections: sections)
        }
        if let serial {
            let wanted = serial.trimmingCharacters(in: .whitespaces)
            var sections: [Section] = []
            for (company, contract) in places {
                for asset in contract.assets where asset.serialNumber == wanted {
                    sections.append(
                        Section(company: company, contract: contract, units: [asset], routes: routes(contract, asset)))
                }
            }
            guard !sections.isEmpty else {
                let serials = places.flatMap { $0.1.assets.compactMap(\.serialNumber) }
                throw NotFound(message: "no asset with the serial number '\(serial)'" + hint(serial, serials))
            }
            return Answer(sections: sections)
        }
        let wanted = contract ?? ""
        let matches = places.filter { _, contract in
            [contract.id, contract.contractNumber, contract.subscriptionID].contains(wanted)
        }
        guard !matches.isEmpty else {
            let numbers = places.flatMap { [$0.1.displayNumber, $0.1.id] }
            throw NotFound(
                message: "no contract with the number, subscription id or id '\(wanted)'" + hint(wanted, numbers))
        }
        return Answer(
            sections: matches.map { Section(company: $0, contract: $1, units: [], routes: routes($1, nil)) })
    }

    private func hint(_ typed: String, _ known: [String]) -> String {
        Spelling.closest(to: typed, among: Set(known)).map { "; did you mean '\($0)'?" } ?? ""
    }

    // MARK: - Text

    func text(_ answer: Answer) -> String {
        var out = ""
        if let person = answer.person {
            out += "\(person.name) <\(person.email)>\n"
            if answer.sections.isEmpty { out += strings(.whoNoContracts, ["person": person.name]) + "\n" }
        }
        for section in answer.sections {
            if !out.isEmpty { out += "\n" }
            out += heading(section) + "\n"
            if section.routes.isEmpty { out += "  " + strings(.whoNoChain) + "\n" }
            for route in section.routes {
                out += "\n  \(route.topic.name)\n"
                var number = 0
                for entry in entries(route) {
                    switch entry {
                    case .ask(let step):
                        number += 1
                        out +=
                            "    \(number). " + line(step, narrowed: !section.units.isEmpty, you: answer.person) + "\n"
                    case .skipped(let skip):
                        out += "       " + strings(.whoSkipped, ["reason": builder.skipReason(skip)]) + "\n"
                    }
                }
                if let end = end(route) { out += "    \(end)\n" }
            }
        }
        return out
    }

    private func heading(_ section: Section) -> String {
        let arguments: KeyValuePairs<String, String> = [
            "company": section.company.name, "contract": section.contract.displayNumber,
            "roleSet": model.roleSetsByID[section.contract.roleSetID]?.name ?? section.contract.roleSetID,
            "units": section.units.map(assetLabel).joined(separator: strings(.unitSeparator)),
        ]
        return strings(section.units.isEmpty ? .whoContract : .whoContractForUnits, arguments)
    }

    private func line(_ step: ContactRoute.Step, narrowed: Bool, you person: Person?) -> String {
        switch step {
        case .holders(let role, let holders):
            var order: [String] = []
            var people: [String: (person: Person, assets: [String])] = [:]
            for holder in holders {
                if people[holder.person.id] == nil {
                    order.append(holder.person.id)
                    people[holder.person.id] = (holder.person, [])
                }
                if let asset = holder.asset, !narrowed { people[holder.person.id]!.assets.append(assetLabel(asset)) }
            }
            let named = order.map { id -> String in
                let (person, assets) = people[id]!
                var text = "\(person.name) <\(person.email)>" + (person.phone.map { ", \($0)" } ?? "")
                if !assets.isEmpty { text += " (\(assets.joined(separator: strings(.unitSeparator))))" }
                return text
            }
            let yours = person.map { step.reaches($0) } == true ? " (\(strings(.whoYou)))" : ""
            // Several holders (one per serial number) each get a line of their own.
            return named.count == 1
                ? "\(role.name): \(named[0])" + yours
                : "\(role.name):" + yours + named.map { "\n         " + $0 }.joined()
        case .reseller(let reseller, let purpose, let contact):
            let label = strings(
                .resellerDesk, ["reseller": reseller.name, "purpose": strings.purpose(purpose).lowercased()])
            let reach = [contact.name, contact.email.map { "<\($0)>" }, contact.phone, contact.url, contact.hours]
                .compactMap { $0 }
            return label + (reach.isEmpty ? "" : ": " + reach.joined(separator: ", "))
        case .vendor(let name, let sourced):
            return strings(.vendorSupport, ["vendor": name]) + (sourced ? "" : " (\(strings(.vendorStepIsAdvice)))")
        }
    }

    private func assetLabel(_ asset: Asset) -> String {
        asset.serialNumber.map { strings(.assetWithSerial, ["product": asset.product, "serial": $0]) } ?? asset.product
    }

    /// Why the chain stops where it does, when it does not end at the vendor (as the pages say it).
    private func end(_ route: ContactRoute) -> String? {
        route.reachesVendor ? nil : route.topic.chainEnds ?? strings(.chainEndsUnnamed)
    }

    enum Entry {
        case ask(ContactRoute.Step)
        case skipped(ContactRoute.Skip)
    }

    /// The chain in order: each step reached, with the contacts passed over where they were.
    func entries(_ route: ContactRoute) -> [Entry] {
        route.links.flatMap { link in (link.step.map { [Entry.ask($0)] } ?? []) + link.skipped.map(Entry.skipped) }
    }

    // MARK: - JSON

    struct JSONAnswer: Encodable {
        var person: JSONPerson?
        var contracts: [JSONSection]
    }

    struct JSONPerson: Encodable {
        var id, name, email: String
        var phone: String?
        var asset: String?
        var you: Bool?
    }

    struct JSONAsset: Encodable {
        var id, product: String
        var serialNumber: String?
    }

    struct JSONSection: Encodable {
        var id, number, company, companyName, roleSet: String
        var assets: [JSONAsset]
        var topics: [JSONTopic]
    }

    struct JSONTopic: Encodable {
        var id, name: String
        var chain: [JSONEntry]
        /// Why the chain stops, when it does not end at the vendor's support.
        var end: String?
    }

    /// One entry of a chain: `ask` (whom to ask, in order) or `skipped` (passed over, and why).
    struct JSONEntry: Encodable {
        var status: String
        var kind: String
        var role, roleName: String?
        var people: [JSONPerson]?
        var reseller, resellerName, purpose: String?
        var contact: JSONContact?
        var vendor: String?
        /// True where no source names the vendor step: the site's advice.
        var advice: Bool?
        var reason: String?
    }

    struct JSONContact: Encodable {
        var name, email, phone, url, hours: String?
    }

    func json(_ answer: Answer) throws -> String {
        func person(_ person: Person, asset: Asset? = nil, you: Bool? = nil) -> JSONPerson {
            JSONPerson(
                id: person.id, name: person.name, email: person.email, phone: person.phone, asset: asset?.id, you: you)
        }
        func entry(_ entry: Entry) -> JSONEntry {
            switch entry {
            case .ask(.holders(let role, let holders)):
                return JSONEntry(
                    status: "ask", kind: "role", role: role.id, roleName: role.name,
                    people: holders.map { holder in
                        person(
                            holder.person, asset: holder.asset,
                            you: answer.person.map { $0.id == holder.person.id })
                    })
            case .ask(.reseller(let reseller, let purpose, let contact)):
                return JSONEntry(
                    status: "ask", kind: "reseller", reseller: reseller.id, resellerName: reseller.name,
                    purpose: purpose.rawValue,
                    contact: JSONContact(
                        name: contact.name, email: contact.email, phone: contact.phone, url: contact.url,
                        hours: contact.hours))
            case .ask(.vendor(let name, let sourced)):
                return JSONEntry(status: "ask", kind: "vendor", vendor: name, advice: !sourced)
            case .skipped(let skip):
                let reason = builder.skipReason(skip)
                switch skip {
                case .unassigned(let role, _):
                    return JSONEntry(
                        status: "skipped", kind: "unassigned", role: role.id, roleName: role.name, reason: reason)
                case .departed(let gone, let role, let asset):
                    return JSONEntry(
                        status: "skipped", kind: "departed", role: role.id, roleName: role.name,
                        people: [person(gone, asset: asset)], reason: reason)
                case .noResellerContact(let purpose):
                    return JSONEntry(
                        status: "skipped", kind: "no-reseller-contact", purpose: purpose.rawValue, reason: reason)
                case .noReseller:
                    return JSONEntry(status: "skipped", kind: "no-reseller", reason: reason)
                }
            }
        }
        let document = JSONAnswer(
            person: answer.person.map { person($0) },
            contracts: answer.sections.map { section in
                JSONSection(
                    id: section.contract.id, number: section.contract.displayNumber, company: section.company.id,
                    companyName: section.company.name, roleSet: section.contract.roleSetID,
                    assets: section.units.map {
                        JSONAsset(id: $0.id, product: $0.product, serialNumber: $0.serialNumber)
                    },
                    topics: section.routes.map { route in
                        JSONTopic(
                            id: route.topic.id, name: route.topic.name, chain: entries(route).map(entry),
                            end: end(route))
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}

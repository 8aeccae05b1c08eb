import RolebookCore

extension PageRenderer {
    static let contractLinksLimit = 100

    /// A guide as everyone sees it (`key` nil: tailored blocks flagged) or as one role sees it.
    func guidePage(_ id: String, key: String?, root: String) -> GuidePage {
        let guide = guidesByID[id]!
        let generic = GuideValues(index: index)
        let roleName = key.flatMap { key in
            let (set, role) = PagePlanner.split(key)
            return model.role(set, role)?.name
        }
        let body: GuideHTML =
            if let key, let variant = guide.variants[key] {
                variant
            } else if guide.isTailored {
                guide.flagged
            } else {
                guide.variants.values.first ?? guide.flagged
            }
        let variants = guide.variants.keys.sorted().compactMap { variantKey -> Link? in
            let (set, role) = PagePlanner.split(variantKey)
            guard let definition = model.role(set, role) else { return nil }
            let setName = model.roleSetsByID[set]?.name ?? set
            return Link(label: "\(definition.name) (\(setName))", href: Route.guideRole(guide.id, set, role))
        }
        var contractPages: [Link] = []
        if let key {
            let (set, role) = PagePlanner.split(key)
            for company in model.companies {
                for contract in company.contracts where contract.roleSetID == set {
                    if let procedure = guide.procedure, !procedure.applies(to: contract) { continue }
                    contractPages.append(
                        Link(
                            label: "\(contract.displayNumber), \(company.name)",
                            href: Route.contractRole(contract.id, set, role)))
                }
            }
        }
        let performers = guide.procedure.map { procedure in
            procedure.performerKeys.sorted().compactMap { key -> String? in
                let (set, role) = PagePlanner.split(key)
                return model.role(set, role)?.name
            }
        }
        var crumbs = [Link(label: "Guides", href: Route.guides)]
        if key != nil { crumbs.append(Link(label: guide.title, href: Route.guide(guide.id))) }
        return GuidePage(
            chrome: chrome(roleName.map { "\(guide.title): for the \($0)" } ?? guide.title, root: root, crumbs: crumbs),
            root: root, title: guide.title, summary: guide.summary, bodyHTML: body.filled(with: generic.value),
            isTailored: guide.isTailored && key == nil, variants: guide.isTailored || key == nil ? variants : [],
            // A reseller's site has thousands of contracts: past a hundred, the page points to the
            // company list instead of listing every contract.
            contractPages: contractPages.count > Self.contractLinksLimit ? [] : contractPages,
            contractCount: contractPages.count, tooManyContracts: contractPages.count > Self.contractLinksLimit,
            forRole: roleName, guideHref: Route.guide(guide.id),
            preconditions: guide.procedure?.preconditions ?? [], changes: guide.procedure?.changes ?? [],
            performers: performers.map { Array(Set($0)).sorted().joined(separator: ", ") }.flatMap { $0.isEmpty ? "Nobody: this cannot be changed directly" : $0 })
    }

    func guidesPage(root: String) -> GuidesPage {
        GuidesPage(chrome: chrome("Guides", root: root), root: root, guides: model.guides.map(guideLink))
    }

    func authorsPage(root: String) -> AuthorsPage {
        AuthorsPage(
            chrome: chrome("For authors", root: root), root: root,
            reviews: model.guides.map { Link(label: $0.title, href: Route.review($0.id)) })
    }

    func reviewPage(_ id: String, root: String) -> ReviewPage {
        let guide = guidesByID[id]!
        let generic = GuideValues(index: index)
        return ReviewPage(
            chrome: chrome(
                "Review: \(guide.title)", root: root, crumbs: [Link(label: "For authors", href: Route.authors)]),
            root: root, title: guide.title, guideHref: Route.guide(guide.id),
            flaggedHTML: guide.flagged.filled(with: generic.value),
            variants: guide.variants.keys.sorted().compactMap { key in
                let (set, role) = PagePlanner.split(key)
                guard let definition = model.role(set, role) else { return nil }
                return ReviewPage.Variant(
                    role: definition.name, roleSet: model.roleSetsByID[set]?.name ?? set,
                    bodyHTML: guide.variants[key]!.filled(with: generic.value))
            })
    }
}

import RolebookCore

extension PageModelBuilder {
    /// A guide as everyone sees it (`key` nil: tailored blocks flagged) or as one role sees it.
    package func guidePage(_ id: String, key: RoleKey?, root: String) -> GuidePage {
        let guide = guidesByID[id]!
        let generic = GuideValues(index: index, strings: strings)
        let roleName = key.flatMap { model.role($0)?.name }
        let body: GuideHTML =
            if let key, let variant = guide.variants[key] {
                variant
            } else if guide.isTailored {
                guide.flagged
            } else {
                guide.variants.values.first ?? guide.flagged
            }
        let variants = guide.variants.keys.sorted().compactMap { variantKey -> Link? in
            guard let definition = model.role(variantKey) else { return nil }
            return Link(
                label: strings(
                    .roleInRoleSet, ["role": definition.name, "roleSet": roleSetName(variantKey.roleSetID)]),
                href: Route.guideRole(guide.id, variantKey.roleSetID, variantKey.roleID))
        }
        var contractPages: [Link] = []
        if let key {
            for company in model.companies {
                for contract in company.contracts where contract.roleSetID == key.roleSetID {
                    if let procedure = guide.procedure, !procedure.applies(to: contract) { continue }
                    contractPages.append(
                        Link(
                            label: strings(
                                .contractOfCompany, ["contract": contract.displayNumber, "company": company.name]),
                            href: Route.contractRole(contract.id, key.roleSetID, key.roleID)))
                }
            }
        }
        let tooManyContracts = contractPages.count > model.settings.lists.contractLinks
        let performers = guide.procedure.map { procedure in
            procedure.performerKeys.sorted().compactMap { model.role($0)?.name }
        }
        var crumbs = [Link(label: strings(.guides), href: Route.guides)]
        if key != nil { crumbs.append(Link(label: guide.title, href: Route.guide(guide.id))) }
        return GuidePage(
            chrome: chrome(
                roleName.map { strings(.guideForRole, ["guide": guide.title, "role": $0]) } ?? guide.title, root: root,
                crumbs: crumbs),
            root: root, title: guide.title, summary: guide.summary, bodyHTML: body.filled(with: generic.value),
            isTailored: guide.isTailored && key == nil, variants: guide.isTailored || key == nil ? variants : [],
            // A reseller's site has thousands of contracts: past the limit, the page points to the
            // company list instead of listing every contract.
            contractPages: tooManyContracts ? [] : contractPages,
            contractCount: contractPages.count, tooManyContracts: tooManyContracts,
            tooManyContractsNote: strings.plural(contractPages.count, .tooManyContracts),
            bodyLanguage: contentLanguage(of: guide),
            forRole: roleName, guideHref: Route.guide(guide.id),
            preconditions: guide.procedure?.preconditions ?? [], changes: guide.procedure?.changes ?? [],
            performers: performers.map { Array(Set($0)).sorted().joined(separator: ", ") }.map {
                $0.isEmpty ? strings(.nobodyPerforms) : $0
            })
    }

    func roleSetName(_ id: String) -> String { model.roleSetsByID[id]?.name ?? id }

    package func guidesPage(root: String) -> GuidesPage {
        GuidesPage(chrome: chrome(strings(.guides), root: root), root: root, guides: model.guides.map(guideLink))
    }

    package func authorsPage(root: String) -> AuthorsPage {
        AuthorsPage(
            chrome: chrome(strings(.forAuthors), root: root), root: root,
            reviews: model.guides.map { Link(label: $0.title, href: Route.review($0.id)) })
    }

    package func reviewPage(_ id: String, root: String) -> ReviewPage {
        let guide = guidesByID[id]!
        let generic = GuideValues(index: index, strings: strings)
        return ReviewPage(
            chrome: chrome(
                strings(.reviewTitle, ["guide": guide.title]), root: root,
                crumbs: [Link(label: strings(.forAuthors), href: Route.authors)]),
            root: root, title: guide.title, guideHref: Route.guide(guide.id),
            flaggedHTML: guide.flagged.filled(with: generic.value),
            variants: guide.variants.keys.sorted().compactMap { key in
                guard let definition = model.role(key) else { return nil }
                return ReviewPage.Variant(
                    role: definition.name, roleSet: roleSetName(key.roleSetID),
                    bodyHTML: guide.variants[key]!.filled(with: generic.value))
            })
    }
}

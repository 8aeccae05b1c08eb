import RolebookCore
import RolebookRender

/// Contract role cards, who-to-contact summaries and person cards for embedding in other pages,
/// written into their own owned folder (`--fragments`), outside the site's page tree.
struct FragmentOutput {
    var files: [(path: String, bytes: [UInt8])]

    /// - Parameter renderers: one per language, with the folder its fragments go in ("" for the
    ///   default language's, `de/` for German).
    init(renderers: [(folder: String, renderer: PageRenderer)]) {
        files = renderers.flatMap { folder, renderer in
            Self.files(renderer).map { (folder + $0.path, $0.bytes) }
        }
    }

    private static func files(_ renderer: PageRenderer) -> [(path: String, bytes: [UInt8])] {
        let model = renderer.index.model
        let links = renderer.options.outside
        var files: [(String, String)] = []
        for company in model.companies {
            for contract in company.contracts {
                files.append(
                    (
                        Route.Fragment.contacts(contract.id),
                        renderer.contactsFragment(contract: contract.id, links: links)
                    ))
                for role in model.roleSetsByID[contract.roleSetID]?.roles ?? [] {
                    files.append(
                        (
                            Route.Fragment.roleCard(contract.id, role.id),
                            renderer.roleCardFragment(contract: contract.id, role: role.id, links: links)
                        ))
                }
            }
        }
        for person in model.people {
            files.append(
                (Route.Fragment.personCard(person.id), renderer.personCardFragment(person: person.id, links: links)))
        }
        return files.map { ($0.0, Array($0.1.utf8)) }
    }

    var paths: [String] { files.map(\.path) }

    /// Writes every fragment and removes those no longer produced.
    func write(to folder: OwnedFolder) throws {
        try folder.prepare(paths)
        var written = WrittenFiles()
        for (path, bytes) in files { written.record(path, try folder.write(bytes, to: path)) }
        _ = try folder.finish(produced: written.hashes)
        folder.commit()
    }
}

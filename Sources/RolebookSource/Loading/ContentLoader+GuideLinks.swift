import RolebookCore
import RolebookMarkdown

/// A link or image written in a guide (its body, or its front matter's `say` and `fallback`).
struct WrittenLink {
    var use: CommonMarkParser.LinkUse
    /// The guide it is written in.
    var guideID: String
    var location: SourceLocation
}

extension ContentLoader {
    /// Checks every link once all guides are read: a link goes to a guide that exists and to a
    /// heading its page has, or leaves the site by http, https, mailto or tel. The build checks
    /// nothing on the network. See docs/content-format.md, "Links".
    static func checkLinks(_ links: [WrittenLink], guides: [Guide], files: [SourceFile]) -> [Diagnostic] {
        let loaded = Dictionary(guides.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A guide whose file is there but did not load (its errors are reported) is still no typo.
        let existing = Set(
            files.map { guideID(fileName: $0.fileName, languages: []) }.filter { $0.problem == nil }.map(\.id))
        let fileNames = existing.sorted().map { $0 + ".md" }
        var anchors: [String: Set<String>] = [:]
        var diagnostics: [Diagnostic] = []
        for link in links {
            let address = link.use.address
            let kind = link.use.isImage ? "image" : "link"
            func error(_ message: String) { diagnostics.append(.error(message, at: link.location)) }
            let parsed = LinkAddress(address)
            if link.use.isImage, parsed != .external {
                error(
                    "the image '\(address)' is not on the web: the site copies no image files, so an image in a guide needs an http or https address"
                )
                continue
            }
            switch parsed {
            case .external:
                continue
            case .empty:
                error("the \(kind) has no address: link another guide by its file name, or a web page by its address")
            case .scheme(let scheme):
                error(
                    "'\(scheme):' links are not allowed in guidance: link a web page (http, https), an email address (mailto), a phone number (tel) or another guide by its file name"
                )
            case .schemeRelative:
                error("the address '\(address)' has no scheme: write it with 'https:' in front")
            case .page(let path):
                let name = path.split(separator: "/").last.map(String.init) ?? path
                let stem = name.split(separator: ".").first.map(String.init) ?? name
                let hint =
                    Suggestion.closest(to: stem, among: existing).map { "; did you mean '\($0).md'?" }
                    ?? (fileNames.first.map { " (such as '\($0)')" } ?? "")
                error(
                    "the site has no page '\(path)': link another guide by its file name in content/guides/\(hint)")
            case .guide(let id, _) where !existing.contains(id):
                error(
                    "there is no guide '\(id).md' in content/guides/"
                        + Suggestion.didYouMean(id + ".md", among: fileNames))
            case .guide, .sameGuide:
                guard let target = parsed.link(in: link.guideID), let anchor = target.anchor,
                    let guide = loaded[target.guide]
                else { continue }
                if anchors[guide.id] == nil { anchors[guide.id] = Set(guide.pageAnchors) }
                guard !anchors[guide.id]!.contains(anchor) else { continue }
                let whose = target.guide == link.guideID ? "this guide has" : "the guide '\(guide.id).md' has"
                let hint =
                    Suggestion.closest(to: anchor, among: guide.pageAnchors).map { "; did you mean '#\($0)'?" }
                    ?? ""
                error(
                    "\(whose) no heading '#\(anchor)' on its page (a heading's anchor is its text in lower case, with hyphens for spaces)\(hint)"
                )
            }
        }
        return diagnostics
    }
}

import Foundation

/// Follows relative links through a built site, as a reader clicking from the home page would,
/// and checks every link Rolebook wrote: the page or file exists, and so does the `#anchor`.
package enum SiteLinks {
    /// Pages no link reaches from `index.html`, and links (`href`, `src`) that point at a missing
    /// page, file or anchor, as "page → target".
    package static func check(_ output: URL) throws -> (unreachable: [String], broken: [String]) {
        let files = Set(TestPaths.files(under: output))
        let pages = files.filter { $0.hasSuffix(".html") }
        var ids: [String: Set<String>] = [:]
        func anchors(of page: String) throws -> Set<String> {
            if let known = ids[page] { return known }
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let found = Set(html.matches(of: /\sid="([^"]+)"/).map { String($0.1) })
            ids[page] = found
            return found
        }
        var seen: Set<String> = ["index.html"]
        var queue = ["index.html"]
        var broken: [String] = []
        while let page = queue.popLast() {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let folder = URL(fileURLWithPath: "/" + page).deletingLastPathComponent()
            for match in html.matches(of: /\s(?:href|src)="([^"]*)"/) {
                let link = String(match.1)
                // Other schemes (https:, mailto:, tel:) leave the site; they are not followed. Any
                // other scheme is broken, such as a guide link token the renderer left unresolved.
                if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/"), !link[..<colon].contains("#") {
                    if !["http", "https", "mailto", "tel"].contains(link[..<colon].lowercased()) {
                        broken.append("\(page) → \(link) (scheme)")
                    }
                    continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0])
                let target =
                    path.isEmpty ? page : String(folder.appendingPathComponent(path).standardized.path.dropFirst())
                guard files.contains(target) else {
                    broken.append("\(page) → \(link)")
                    continue
                }
                if parts.count > 1, !parts[1].isEmpty, target.hasSuffix(".html"),
                    !(try anchors(of: target)).contains(String(parts[1]))
                {
                    broken.append("\(page) → \(link) (no such anchor)")
                }
                if target.hasSuffix(".html"), seen.insert(target).inserted { queue.append(target) }
            }
        }
        return (pages.subtracting(seen).sorted(), broken.sorted())
    }
}

import Foundation

/// Follows relative links through a built site, as a reader clicking from the home page would.
package enum SiteLinks {
    /// Pages no link reaches from `index.html`, and links that point at missing pages.
    package static func check(_ output: URL) throws -> (unreachable: [String], broken: [String]) {
        let pages = Set(TestPaths.files(under: output).filter { $0.hasSuffix(".html") })
        var seen: Set<String> = ["index.html"]
        var queue = ["index.html"]
        var broken: [String] = []
        while let page = queue.popLast() {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let folder = URL(fileURLWithPath: "/" + page).deletingLastPathComponent()
            for match in html.matches(of: /href="([^"#:]+\.html)(#[^"]*)?"/) {
                let target = String(folder.appendingPathComponent(String(match.1)).standardized.path.dropFirst())
                if !pages.contains(target) {
                    broken.append("\(page) → \(target)")
                } else if seen.insert(target).inserted {
                    queue.append(target)
                }
            }
        }
        return (pages.subtracting(seen).sorted(), broken.sorted())
    }
}

import Foundation

/// Writes a small site described inline, Hugo-txtar style:
///
///     -- content/site.yaml --
///     title: Test
///     -- content/companies/acme.yaml --
///     ...
package enum FixtureTree {
    @discardableResult
    package static func write(_ text: String, to folder: URL) throws -> URL {
        var path: String?
        var lines: [Substring] = []
        func flush() throws {
            guard let path else { return }
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: false, encoding: .utf8)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                try flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        try flush()
        return folder
    }

    /// Copies a folder of the package (e.g. `themes`) into a fixture site.
    package static func copy(_ relative: String, into folder: URL) throws {
        try FileManager.default.copyItem(
            at: TestPaths.packageRoot.appendingPathComponent(relative), to: folder.appendingPathComponent(relative))
    }
}

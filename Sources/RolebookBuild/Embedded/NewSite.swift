import Foundation
import RolebookCore

/// What `rolebook init` writes: a site that builds at once, dated today, from the files the binary
/// carries (``StarterSite``).
package enum NewSite {
    /// Every file, by path under the new site's folder.
    package static func files(asOf: Day) -> [(path: String, bytes: [UInt8])] {
        let site = """
            # The site's settings; docs/content-format.md describes every key.
            title: Who holds which role
            # The day the data was last checked: renewals and "ends soon" are counted from it.
            # Update it whenever you update the data.
            as_of: \(asOf)
            renewal_window_days: 90

            """
        return ([("content/site.yaml", site)] + StarterSite.files.map { ($0.path, $0.text) })
            .map { ($0.0, Array($0.1.utf8)) }.sorted { $0.path < $1.path }
    }

    /// Entries already in `folder` that a new site would sit among (a `.git` folder is fine).
    package static func existingEntries(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0 != ".git" }.sorted()
    }
}

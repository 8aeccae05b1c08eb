import Foundation

/// The ids imported records get, made from what the export says so that next month's export gives
/// the same ids: an overlay names them, pages are named after them, and `rolebook diff` follows
/// them from one export to the next. docs/importing.md lists the rules.
package enum ImportID {
    /// Lower-case letters and digits, every other run of characters one hyphen; accents dropped
    /// (`Müller` → `muller`). Longer than an id may be, it keeps its start and gets a hash of the
    /// whole, so two long names stay apart.
    package static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        if out.isEmpty { out = "x" + hash(text) }
        guard out.count > maximumLength else { return out }
        return String(out.prefix(maximumLength - 9)) + "-" + hash(text)
    }

    /// A person's id is their email address as a slug (`jane.doe@example.com` → `jane-doe-example-com`):
    /// the one value that names the same person in every export, and never an id the site reserves.
    package static func person(email: String) -> String { slug(email.lowercased()) }

    /// A masked person's id names the file and line, so that two masked rows are never one person.
    package static func masked(path: String, line: Int) -> String {
        let stem = (path.split(separator: "/").last.map(String.init) ?? path)
        let name = stem.split(separator: ".").dropLast().joined(separator: ".")
        return slug("masked \(name.isEmpty ? stem : name) \(line)")
    }

    /// A team's id starts with its company's: team ids are unique across the site, and two
    /// customers may both call a team "Design". A team named after its company (as most are) is
    /// not named twice: `Keystone Architects` of `keystone-architects` is `keystone-architects`.
    package static func team(company: String, name: String) -> String {
        let own = slug(name)
        return own == company || own.hasPrefix(company + "-") ? own : slug("\(company) \(name)")
    }

    /// Ids are file names; see the loader's limit.
    static let maximumLength = 100

    /// 32-bit FNV-1a as 8 hex digits: stable across runs and machines, unlike `Hasher`.
    private static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 16_777_619
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// How search text becomes tokens. `assets/search.js` normalises what the reader types the same
/// way, so both must change together: decompose (NFKD), drop combining accents (U+0300–U+036F),
/// lower-case, then keep runs of letters and digits.
package enum SearchTokens {
    /// A word's letter-and-digit runs: "Jean-Luc" gives `jean`, `luc`.
    package static func parts(_ word: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in normalised(word).unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }

    /// The tokens a record is found by: every part of every word, each word's parts joined
    /// (`39956781234` for `399-56781234`, the whole email address run together) and each field's
    /// words joined (`mayajensen`), less any token that begins another (a query that matches
    /// `maya` also matches `mayajensen`, so the shorter adds nothing).
    package static func tokens(of fields: [String], whole: [String] = []) -> [String] {
        var tokens = Set(whole.map { parts($0).joined() })
        for field in fields {
            var run = ""
            for word in field.split(whereSeparator: \.isWhitespace) {
                let parts = parts(String(word))
                tokens.formUnion(parts)
                tokens.insert(parts.joined())
                run += parts.joined()
            }
            tokens.insert(run)
        }
        tokens.remove("")
        let sorted = tokens.sorted()
        // In sorted order a token that begins another is followed, at some distance, by it; the
        // next token is the closest candidate, since anything between them would begin with it too.
        return sorted.indices.filter { i in i + 1 == sorted.count || !sorted[i + 1].hasPrefix(sorted[i]) }
            .map { sorted[$0] }
    }

    static func normalised(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCompatibilityMapping
        var kept = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !(0x300...0x36F).contains(scalar.value) { kept.append(scalar) }
        return String(kept).lowercased()
    }

    /// Letters and digits, as JavaScript's `[\p{L}\p{N}]` says.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            true
        default: false
        }
    }
}

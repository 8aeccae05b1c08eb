import RolebookCore

/// The search index as files a page loads with `<script>` tags, so it works opened from disk
/// (browsers refuse `fetch` of a `file://` URL): a trie of shards. Each shard `s-<prefix>.js`
/// holds the records with a token beginning with its prefix. A prefix whose records would make a
/// shard larger than ``shardBudget`` is split by the next character, so a search loads small
/// shards whatever the site's size; the split prefix keeps a shard of its own with its best
/// ``capped`` records, their count, and which next characters have complete shards and which
/// are split again. `s-.js`, the empty prefix, is where a search starts.
/// See docs/search.md.
package struct SearchIndex: Sendable {
    /// The most bytes of records a complete shard holds.
    package static let shardBudget = 40_000
    /// The most records a split prefix's shard holds.
    package static let capped = 30

    /// One shard as its file says it: the records' count, the records it holds, and for a split
    /// prefix, the next characters whose shards are complete and those split again.
    package struct Shard: Sendable {
        package var count: Int
        package var records: [SearchRecord]
        package var children: (complete: [String], split: [String])?
    }

    /// The files, by path under the output root, in path order.
    package var files: [(path: String, bytes: [UInt8])]
    /// The shards by prefix, what the files hold.
    package var shards: [String: Shard]

    package init(
        records unsorted: [SearchRecord], shardBudget: Int = SearchIndex.shardBudget, capped: Int = SearchIndex.capped
    ) {
        let records = unsorted.sorted { ($0.kind, $0.href, $0.label) < ($1.kind, $1.href, $1.label) }
        var encoded: [String] = []
        var entries: [(token: [Unicode.Scalar], record: Int)] = []
        for (position, record) in records.enumerated() {
            let tokens = SearchTokens.tokens(of: record.text, whole: record.whole)
            encoded.append(Self.encode(record, tokens: tokens))
            for token in tokens { entries.append((Array(token.unicodeScalars), position)) }
        }
        entries.sort { Self.precedes($0.token, $1.token) || ($0.token == $1.token && $0.record < $1.record) }
        var shards = Shards(
            records: records, encoded: encoded, entries: entries, budget: shardBudget, capped: capped)
        _ = shards.split(key: [], depth: 0, range: entries.startIndex..<entries.endIndex)
        self.shards = shards.shards
        self.files = shards.files.sorted { $0.path < $1.path }
    }

    /// The file name of a prefix's shard: letters a–z and digits as they are, any other character
    /// as `_` and its code point in hex, so names are safe in every file system and zip.
    package static func fileName(_ key: String) -> String {
        var name = "s-"
        for scalar in key.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else {
                name += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return name + ".js"
    }

    /// Code-point order, as JavaScript compares the prefixes.
    static func precedes(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x.value < y.value }
        return a.count < b.count
    }

    private struct Shards {
        let records: [SearchRecord]
        let encoded: [String]
        let entries: [(token: [Unicode.Scalar], record: Int)]
        let budget: Int
        let capped: Int
        var files: [(path: String, bytes: [UInt8])] = []
        var shards: [String: Shard] = [:]

        init(
            records: [SearchRecord], encoded: [String], entries: [(token: [Unicode.Scalar], record: Int)], budget: Int,
            capped: Int
        ) {
            self.records = records
            self.encoded = encoded
            self.entries = entries
            self.budget = budget
            self.capped = capped
        }

        /// Writes the shard of `key` and those below it; true when the shard is complete (a leaf).
        mutating func split(key: [Unicode.Scalar], depth: Int, range: Range<Int>) -> Bool {
            var seen: Set<Int> = []
            var bytes = 0
            var exact: [Int] = []
            for entry in entries[range] where seen.insert(entry.record).inserted {
                bytes += encoded[entry.record].utf8.count + 1
                if entry.token.count == depth { exact.append(entry.record) }
            }
            let name = String(String.UnicodeScalarView(key))
            if bytes <= budget {
                write(name, count: seen.count, records: seen.sorted(), children: nil)
                return true
            }
            var children: (complete: [String], split: [String]) = ([], [])
            var start = range.lowerBound
            while start < range.upperBound, entries[start].token.count == depth { start += 1 }
            while start < range.upperBound {
                let next = entries[start].token[depth]
                var end = start
                while end < range.upperBound, entries[end].token[depth] == next { end += 1 }
                if split(key: key + [next], depth: depth + 1, range: start..<end) {
                    children.complete.append(String(next))
                } else {
                    children.split.append(String(next))
                }
                start = end
            }
            // Records whose token is exactly the prefix first, then the kinds in order; the root,
            // which nobody searches for, holds none.
            let exactSet = Set(exact)
            let best =
                depth == 0
                ? []
                : seen.sorted { a, b in
                    let (ea, eb) = (exactSet.contains(a), exactSet.contains(b))
                    return ea != eb ? ea : a < b
                }
            write(name, count: seen.count, records: Array(best.prefix(capped)).sorted(), children: children)
            return false
        }

        /// `rolebookSearch.add(prefix, count, records)` for a complete shard; a split one adds the
        /// next characters whose shards are complete and those split further.
        mutating func write(_ key: String, count: Int, records: [Int], children: (complete: [String], split: [String])?)
        {
            let body = records.map { encoded[$0] }.joined(separator: ",\n")
            var text = "rolebookSearch.add(\(SearchIndex.string(key)),\(count),[\n\(body)]"
            if let children {
                text +=
                    ",\n" + SearchIndex.array(children.complete.map(SearchIndex.string)) + ",\n"
                    + SearchIndex.array(children.split.map(SearchIndex.string))
            }
            files.append((Route.searchFolder + SearchIndex.fileName(key), Array((text + ");\n").utf8)))
            shards[key] = Shard(count: count, records: records.map { self.records[$0] }, children: children)
        }
    }

    /// `[kind,"label","detail","href","token token"]`
    static func encode(_ record: SearchRecord, tokens: [String]) -> String {
        "[\(record.kind.rawValue),\(string(record.label)),\(string(record.detail)),\(string(record.href)),"
            + "\(string(tokens.joined(separator: " ")))]"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// A JavaScript string literal. `<` is escaped too, so no text can close a script element.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

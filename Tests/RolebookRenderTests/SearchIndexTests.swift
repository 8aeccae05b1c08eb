import RolebookCore
import RolebookRender
import Testing

/// The search index's shards, read the way `assets/search.js` reads them: from the empty prefix
/// down to the shard that answers what was typed. Every record must be found by the start of
/// every token, however the index was split.
@Suite struct SearchIndexTests {
    /// 600 people with few distinct names and 600 serial numbers: enough to split a small budget deep.
    static let records: [SearchRecord] = (0..<600).flatMap { n -> [SearchRecord] in
        let first = ["Maya", "Ben", "Zoë", "Jean-Luc"][n % 4]
        let last = ["Jensen", "Adler", "Ito"][n % 3]
        return [
            SearchRecord(
                kind: .person, label: "\(first) \(last)", detail: "C\(n % 7)", href: "people/p\(n).html",
                text: [first + " " + last, "\(first.lowercased()).\(last.lowercased())\(n)"],
                whole: ["\(first.lowercased()).\(last.lowercased())\(n)@c\(n % 7).example.com"]),
            SearchRecord(
                kind: .serial, label: "Serial 3\(n % 10)9-\(10_000_000 + n * 7919)", detail: "Revit",
                href: "contracts/k\(n)/software-coordinator.html",
                text: ["3\(n % 10)9-\(10_000_000 + n * 7919)", "Revit"]),
        ]
    }

    /// What search.js does: the complete shard whose prefix begins `key`, else the split shard of `key`.
    func shard(for key: String, in index: SearchIndex) -> (shard: SearchIndex.Shard, complete: Bool)? {
        var prefix = ""
        var node = index.shards[""]!
        for character in key.unicodeScalars {
            guard let children = node.children else { return (node, true) }
            let next = String(character)
            guard children.complete.contains(next) || children.split.contains(next) else { return nil }
            prefix += next
            node = index.shards[prefix]!
        }
        return (node, node.children == nil)
    }

    @Test func everyRecordIsFoundByTheStartOfEachOfItsTokens() throws {
        let index = SearchIndex(records: Self.records, shardBudget: 4_000, capped: 5)
        #expect(index.shards.count > 20, "a small budget splits the index")
        #expect(index.files.allSatisfy { $0.bytes.count < 4_000 + 1_000 }, "no shard is much larger than its budget")
        var capped = 0
        for record in Self.records {
            for token in SearchTokens.tokens(of: record.text, whole: record.whole) {
                for length in 1...token.unicodeScalars.count {
                    let typed = String(String.UnicodeScalarView(token.unicodeScalars.prefix(length)))
                    let found = try #require(shard(for: typed, in: index), "\(typed) leads to a shard")
                    if found.complete {
                        #expect(found.shard.records.contains(record), "\(record.label) is found by \(typed)")
                    } else {
                        capped += 1
                        #expect(found.shard.records.count <= 5 && found.shard.count > 5)
                    }
                }
            }
        }
        #expect(capped > 0, "short prefixes of common names answer with their best few and a count")
        #expect(shard(for: "xq", in: index) == nil, "nothing begins with xq")
    }

    @Test func tokensAreFoldedAndSplitAsTheScriptSplitsWhatIsTyped() {
        #expect(SearchTokens.parts("Zoë Jean-Luc") == ["zoe", "jean", "luc"])
        #expect(SearchTokens.tokens(of: ["399-56781234"]) == ["39956781234", "56781234"])
        #expect(
            SearchTokens.tokens(of: ["Maya Jensen"], whole: ["maya.jensen@c.example.com"]) == [
                "jensen", "mayajensencexamplecom",
            ])
    }

    @Test func dataIsTextInTheIndexFiles() {
        let hostile = SearchRecord(
            kind: .person, label: "</script><b>\"Bob\"\\", detail: "\u{2028}", href: "people/b.html", text: ["Bob"])
        let text = String(decoding: SearchIndex(records: [hostile]).files.map(\.bytes).joined(), as: UTF8.self)
        #expect(text.contains(#""\u003c/script>\u003cb>\"Bob\"\\""#))
        #expect(!text.contains("</script>") && text.contains("\\u2028"))
    }
}

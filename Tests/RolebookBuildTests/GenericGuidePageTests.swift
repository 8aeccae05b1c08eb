import Foundation
import RolebookBuild
import RolebookTestSupport
import Testing

/// A guide page belongs to no contract, so its placeholders read generically. Written around a
/// value ("contract {{contract.number}}"), such a sentence turns into "contract your contract
/// number": the sample's guides use fallbacks and `on: contract` blocks so that it never does.
@Suite struct GenericGuidePageTests {
    struct BuildFailed: Error {}

    /// The sample site as the golden test builds it (read only).
    static let sample = Task { () throws -> URL in
        let (output, report) = try await SampleSiteTests.shared.value
        guard report.succeeded else { throw BuildFailed() }
        return output
    }

    /// Generic wordings of values, and the broken grammar they make inside a sentence.
    static let placeholderProse: [(pattern: String, why: String)] = [
        (#"\b(the|a|an|contract|subscription) your\b"#, "a generic value after a word that expects a name"),
        (#"\byour contract number\b"#, "the generic contract number"),
        (#"\byour [^.,;()]+'s (email address|phone number)\b"#, "a holder's generic email or phone"),
        (#"\byour reseller's [a-z ]+ (name|phone|email|url|hours)\b"#, "a reseller contact's generic wording"),
        (#"\bthe contract's (start|end) date\b"#, "a generic contract date"),
        (#"\{\{|\}\}"#, "a placeholder left as written"),
    ]

    /// Every sentence of `text` that reads like a placeholder filled without a contract.
    static func prose(in text: String) throws -> [String] {
        var found: [String] = []
        let whole = NSRange(text.startIndex..., in: text)
        for (pattern, why) in placeholderProse {
            // Foundation's engine: Swift's Regex takes seconds over a site in a debug build.
            let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            for match in regex.matches(in: text, range: whole) {
                guard let range = Range(match.range, in: text) else { continue }
                let start = text.index(range.lowerBound, offsetBy: -40, limitedBy: text.startIndex)
                let end = text.index(range.upperBound, offsetBy: 40, limitedBy: text.endIndex)
                found.append("\(why): …\(text[(start ?? text.startIndex)..<(end ?? text.endIndex)])…")
            }
        }
        return found
    }

    /// The text a reader sees in the page's main part: tags removed, entities decoded, spaces joined.
    static func readableText(of html: String) -> String {
        let main = html.firstRange(of: "<main").map { html[$0.lowerBound...] } ?? html[...]
        var text = ""
        var inTag = false
        for character in main {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
                text.append(" ")
            } else if !inTag {
                text.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func genericPages(in output: URL) -> [String] {
        TestPaths.files(under: output).filter { path in
            let parts = path.split(separator: "/")
            return parts.first == "guides" && path.hasSuffix(".html") && (parts.count == 2 || parts.count == 4)
        }
    }

    @Test func theDetectorCatchesWhatThePagesUsedToSay() throws {
        let before = [
            "fill in Autodesk's change form for the Contract Manager of contract your contract number yourself",
            "Hello, this is the your Contract Manager.",
            "Ask your Contract Manager (your Contract Manager's email address).",
            "Call your reseller's sales phone.",
            "buy the new one before the old one runs out on the contract's end date.",
        ]
        for sentence in before { #expect(try !Self.prose(in: sentence).isEmpty, "\(sentence)") }
        #expect(try Self.prose(in: "Ask your reseller to move the role to your successor.").isEmpty)
    }

    @Test func genericGuidePagesContainNoPlaceholderProse() async throws {
        let output = try await Self.sample.value
        let pages = Self.genericPages(in: output)
        #expect(pages.count > 40, "every guide, and every guide as each role reads it")
        for page in pages {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let problems = try Self.prose(in: Self.readableText(of: html))
            #expect(problems.isEmpty, "\(page): \(problems.joined(separator: "\n"))")
        }
    }

    @Test func pagesWithoutAContractReadTheFallbackAndLeaveOutContractOnlyBlocks() async throws {
        let output = try await Self.sample.value
        func text(_ page: String) throws -> String {
            Self.readableText(
                of: try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8))
        }
        let manager = try text("guides/change-contract-manager/autodesk-classic/contract-manager.html")
        #expect(manager.contains("Ask your reseller to move the role to your successor"))
        #expect(!manager.contains("sales desk"), "the reseller's desk is named on contract pages only")
        let coordinator = try text("guides/assign-software-coordinator/autodesk-classic/contract-manager.html")
        #expect(coordinator.contains("Select the contract: the one the serial numbers belong to."))
        let online = try text("guides/change-contract-manager-online.html")
        #expect(online.contains("an expired subscription cannot be restarted"))
        #expect(!online.contains("This subscription,"), "an on: contract block")
    }
}

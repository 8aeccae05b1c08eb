import Foundation
import RolebookCore
import RolebookSource
import Testing

/// Exports are files from outside: whatever they hold, the loader reports and goes on, and every
/// diagnostic points into the file.
@Suite struct HostileExportTests {
    /// A small deterministic generator (SplitMix64), so a failure names an input that recurs.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "a", "12", "03/04/2026", "2026-02-30", "13/13/2026", "*****",
        "x@y.example.com", " ", "é", "\u{FEFF}", "\u{1B}[31m", "subscription_id", "offering_name", "end_date",
        "contract_number", "start_date", "Team", "email", "role", "Primary Admin",
    ]

    @Test func arbitraryExportsAreReportedNeverCrash() throws {
        let aliases = try String(contentsOf: ImportFixtures.aliases, encoding: .utf8)
        var generator = Generator(state: 17)
        for round in 0..<150 {
            var text = ""
            for _ in 0..<Int(generator.next() % 80) {
                text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            let format = round % 2 == 0 ? "autodesk-subscriptions" : "autodesk-users"
            let files = [
                SourceFile(path: "content/site.yaml", text: "title: T\nas_of: 2026-11-23\n"),
                SourceFile(path: "content/exports/aliases.yaml", text: aliases),
                SourceFile(path: "content/exports/x.csv", text: text),
                SourceFile(path: "content/exports/x.yaml", text: "format: \(format)\ncompany: c\n"),
            ]
            let (_, diagnostics) = ModelResolver().resolve(ContentLoader().load(files))
            let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            for diagnostic in diagnostics where diagnostic.location?.path == "content/exports/x.csv" {
                #expect((diagnostic.location?.line ?? 0) <= max(lines.count, 1), "round \(round): \(diagnostic)")
            }
        }
    }
}

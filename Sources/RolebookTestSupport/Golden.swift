import Foundation

/// Compares a built tree with a committed golden tree, file set and bytes.
///
/// With `RECORD_GOLDEN=1` in the environment the golden tree is rewritten and the comparison
/// reports a failure anyway, so a recording never passes unnoticed: review it with `git diff`.
package enum Golden {
    package static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Differences as readable lines; empty when the trees are identical.
    package static func differences(actual: URL, golden: URL) throws -> [String] {
        if isRecording {
            try? FileManager.default.removeItem(at: golden)
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: actual, to: golden)
            try? FileManager.default.removeItem(at: golden.appendingPathComponent(".rolebook"))
            return ["recorded \(golden.path); review the change with git diff, then run the tests again"]
        }
        // Rolebook's control folder (manifest, build state, lock) holds hashes and fingerprints, not
        // output: pinning it would make every internal change a golden diff.
        let actualFiles = TestPaths.files(under: actual).filter { !$0.hasPrefix(".rolebook/") }
        let goldenFiles = TestPaths.files(under: golden).filter { !$0.hasPrefix(".rolebook/") }
        var problems: [String] = []
        for missing in Set(goldenFiles).subtracting(actualFiles).sorted() {
            problems.append("missing file: \(missing)")
        }
        for extra in Set(actualFiles).subtracting(goldenFiles).sorted() { problems.append("unexpected file: \(extra)") }
        for file in Set(actualFiles).intersection(goldenFiles).sorted() {
            let a = FileManager.default.contents(atPath: actual.appendingPathComponent(file).path) ?? Data()
            let g = FileManager.default.contents(atPath: golden.appendingPathComponent(file).path) ?? Data()
            guard a != g else { continue }
            let aLines = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let gLines = String(decoding: g, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(aLines, gLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(aLines.count, gLines.count)
            let expected = first < gLines.count ? String(gLines[first]) : "<end of file>"
            let got = first < aLines.count ? String(aLines[first]) : "<end of file>"
            problems.append("\(file):\(first + 1): differs\n  expected: \(expected)\n  actual:   \(got)")
        }
        return problems
    }
}

import Foundation
import Testing

/// Replays every input the fuzzers found (`Tests/FuzzRegressions/<target>/`, saved by
/// `Scripts/fuzz.sh`) through ``FuzzHarness``, the code the fuzz targets run. Each input runs in a
/// child process (an exit test), so a crash fails that one input instead of the whole run, and an
/// alarm turns a hang into a failure.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzRegressions")

    /// `target/file` for every saved input; notes (`.txt`, `.md`) and hidden files are skipped.
    static var inputs: [String] {
        let manager = FileManager.default
        let targets = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { name in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
                && isFolder.boolValue && !name.hasPrefix(".")
        }
        return targets.flatMap { target in
            ((try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? [])
                .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".txt") && !$0.hasSuffix(".md") }
                .map { "\(target)/\($0)" }
        }.sorted()
    }

    @Test func everyFolderIsAFuzzTarget() throws {
        let manager = FileManager.default
        #expect(manager.fileExists(atPath: Self.folder.appendingPathComponent("README.md").path))
        let folders = try manager.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.contains(".") }
        for name in folders { #expect(FuzzHarness.targets.contains(name), "no fuzz target '\(name)'") }
    }

    @Test(arguments: inputs)
    func replaysWithoutCrashOrHang(_ input: String) async {
        await #expect(processExitsWith: .success, "\(input) crashed, hung or broke a property") { [input] in
            alarm(120)  // a hang ends the child with SIGALRM
            let target = String(input.prefix { $0 != "/" })
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("FuzzRegressions").appendingPathComponent(input)
            guard let data = FileManager.default.contents(atPath: url.path) else { exit(2) }
            let violations = FuzzHarness.run(target, data)
            if !violations.isEmpty {
                print(violations.joined(separator: "\n"))
                exit(1)
            }
        }
    }
}

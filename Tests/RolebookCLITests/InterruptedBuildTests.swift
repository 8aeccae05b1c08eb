import Foundation
import RolebookTestSupport
import Testing

/// The real binary, killed with SIGKILL at random moments while it builds the sample site, then
/// built again: the output must equal what a clean build writes. Two builds into one folder at once
/// must both succeed. The sample's three companies keep `make test` within its budget with a debug
/// binary; `Scripts/kill-soak.sh` runs the same with a release binary at a few hundred companies
/// and many rounds.
@Suite(.serialized) struct InterruptedBuildTests {
    static var binary: URL { TestPaths.packageRoot.appendingPathComponent(".build/debug/rolebook") }

    /// Seeded so a failure can be replayed; the seed is in every failure message.
    struct Random {
        var state: UInt64
        mutating func next(below bound: Double) -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) * bound
        }
    }

    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func run(_ arguments: [String]) throws -> Int32 {
        let process = try start(arguments)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The output as a reader gets it: Rolebook's control folder aside.
    func published(_ folder: URL) -> [String: String] {
        TreeSnapshot(of: folder).entries.filter { !$0.key.hasPrefix(".rolebook") }
    }

    func killedBuild(root: URL, output: URL, after seconds: Double) throws {
        let process = try start(["build", "--root", root.path, "--output", output.path])
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func cleanBuild(of root: URL) throws -> [String: String] {
        let clean = try TestPaths.temporaryFolder("clean").appendingPathComponent("output")
        #expect(try run(["build", "--root", root.path, "--output", clean.path]) == 0)
        return published(clean)
    }

    @Test func aBuildKilledAtAnyMomentIsHealedByTheNextOne() throws {
        let seed = UInt64(Date().timeIntervalSince1970)
        var random = Random(state: seed)
        let root = try TestPaths.temporaryFolder("killed")
        for folder in ["content", "themes"] { try FixtureTree.copy(folder, into: root) }
        let output = root.appendingPathComponent("output")
        // The first killed build lands in an empty folder, the next ones in what it left.
        let started = Date()
        let original0 = try cleanBuild(of: root)
        let full = Date().timeIntervalSince(started)

        // An edit, a build killed mid-way, the edit undone: the next build shows the original again.
        let site = root.appendingPathComponent("content/site.yaml")
        let original = try String(contentsOf: site, encoding: .utf8)
        try original.replacingOccurrences(of: "title: ", with: "title: Abandoned ").write(
            to: site, atomically: false, encoding: .utf8)
        try killedBuild(root: root, output: output, after: random.next(below: full))
        try killedBuild(root: root, output: output, after: random.next(below: full))
        try original.write(to: site, atomically: false, encoding: .utf8)
        #expect(try run(["build", "--root", root.path, "--output", output.path]) == 0)
        #expect(
            published(output) == original0,
            "seed \(seed): the output after an undone, killed edit differs from a clean build")

        // A company removed, restored and removed again, each build killed: its pages go.
        let company = root.appendingPathComponent("content/companies/harbor-civil.yaml")
        let parked = root.appendingPathComponent("harbor-civil.yaml")
        try FileManager.default.moveItem(at: company, to: parked)
        try killedBuild(root: root, output: output, after: random.next(below: full))
        try FileManager.default.moveItem(at: parked, to: company)
        try killedBuild(root: root, output: output, after: random.next(below: full))
        try FileManager.default.moveItem(at: company, to: parked)
        let removed = try cleanBuild(of: root)
        #expect(try run(["build", "--root", root.path, "--output", output.path]) == 0)
        #expect(
            published(output) == removed, "seed \(seed): the output after killed removals differs from a clean build")
        #expect(
            !FileManager.default.fileExists(atPath: output.appendingPathComponent("companies/harbor-civil.html").path))
    }

    @Test func twoBuildsIntoOneFolderAtOnceBothSucceed() throws {
        let output = try TestPaths.temporaryFolder("together").appendingPathComponent("output")
        let arguments = ["build", "--root", TestPaths.packageRoot.path, "--output", output.path]
        let first = try start(arguments)
        let second = try start(arguments)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        #expect(published(output) == (try cleanBuild(of: TestPaths.packageRoot)))
    }

    @Test func generateSampleNeverReplacesAnAuthorsFiles() throws {
        let root = try TestPaths.temporaryFolder("generate")
        for folder in ["content", "themes"] { try FixtureTree.copy(folder, into: root) }
        try "my notes".write(to: root.appendingPathComponent("content/notes.txt"), atomically: false, encoding: .utf8)
        let before = TreeSnapshot(of: root)
        let process = Process()
        process.executableURL = Self.binary
        process.currentDirectoryURL = root
        process.arguments = ["generate-sample", "--companies", "2", "--output", "."]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(
            stderr
                == "error: \(root.path): not empty, and generate-sample writes a new site only into a new or empty folder (nothing was written): choose another --output, or pass --force to add its files here, overwriting files of the same names\n"
        )
        #expect(TreeSnapshot(of: root) == before)

        // --force overwrites files of the same names and touches nothing else.
        #expect(
            try run([
                "generate-sample", "--companies", "2", "--from", root.appendingPathComponent("content").path,
                "--output", root.path, "--force",
            ]) == 0)
        #expect(try String(contentsOf: root.appendingPathComponent("content/notes.txt"), encoding: .utf8) == "my notes")
        #expect(
            FileManager.default.fileExists(
                atPath: root.appendingPathComponent("content/companies/keystone-architects.yaml").path))
        #expect(
            FileManager.default.fileExists(atPath: root.appendingPathComponent("content/companies/c00001.json").path))
    }
}

import Foundation
import RolebookTestSupport
import Testing

/// Runs the built `rolebook` binary (make test builds it first) and checks exit codes and stderr.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL { TestPaths.packageRoot.appendingPathComponent(".build/debug/rolebook") }

    /// `path`: run with only this PATH; `directory`: the working folder.
    func run(_ arguments: [String], path: String? = nil, directory: URL? = nil) throws -> Run {
        #expect(
            FileManager.default.isExecutableFile(atPath: Self.binary.path), "swift test builds .build/debug/rolebook")
        return try Self.run(Self.binary, arguments, environment: path.map { ["PATH": $0] }, directory: directory)
    }

    /// Runs `binary` to the end, with `environment` instead of this process's when given.
    static func run(_ binary: URL, _ arguments: [String], environment: [String: String]?, directory: URL?) throws
        -> Run
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func checkOnTheSampleReportsItsWarningsAndSucceeds() throws {
        let result = try run(["check", "--root", TestPaths.packageRoot.path])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains("content/companies/keystone-architects.yaml:78:42: warning: Walter Hughes has left"))
        #expect(result.stderr.hasSuffix("0 errors, 3 warnings\n"))
    }

    @Test func strictCheckFailsOnTheSamplesWarnings() throws {
        let result = try run(["check", "--strict", "--root", TestPaths.packageRoot.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("0 errors, 3 warnings; nothing was written\n"))
    }

    @Test func buildWritesTheSiteAndSummarises() throws {
        let output = try TestPaths.temporaryFolder("cli")
        let result = try run(["build", "--root", TestPaths.packageRoot.path, "--output", output.path])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                /Built (\d+) pages \(\1 rendered; \d+ files written, 0 unchanged, 0 removed\), 3 warnings, in [0-9.]+ s/
            ))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func invalidContentExitsOneWithLocatedErrorsAndWritesNothing() throws {
        let root = try TestPaths.temporaryFolder("cli-bad")
        try FixtureTree.write(
            """
            -- content/site.yaml --
            title: Broken
            as_of: 2026-13-01
            colour: blue
            """, to: root)
        try FixtureTree.copy("themes", into: root)
        let result = try run(["build", "--root", root.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("content/site.yaml:2:8: error: '2026-13-01' is not a valid date: use YYYY-MM-DD"))
        #expect(result.stderr.contains("content/site.yaml:3:1: error: unknown key 'colour' in site settings"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }

    @Test func badFlagsAndMissingContentAreUsageErrors() throws {
        #expect(try run(["build", "--no-such-flag"]).status == 64)
        let empty = try TestPaths.temporaryFolder("cli-empty")
        let result = try run(["check", "--root", empty.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no content/ folder"))
    }

    @Test func pdfWithoutChromiumFailsBeforeWritingAnything() throws {
        let output = try TestPaths.temporaryFolder("cli-pdf").appendingPathComponent("out")
        let empty = try TestPaths.temporaryFolder("no-chromium")
        let result = try run(
            ["build", "--pdf", "--root", TestPaths.packageRoot.path, "--output", output.path], path: empty.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("apt-get install -y chromium"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func helpExplainsTheOptions() throws {
        let result = try run(["build", "--help"])
        #expect(result.status == 0)
        for option in [
            "--root", "--output", "--theme", "--strict", "--reports", "--paper", "--pdf", "--fragments", "--bundles",
        ] {
            #expect(result.stdout.contains(option))
        }
    }
}

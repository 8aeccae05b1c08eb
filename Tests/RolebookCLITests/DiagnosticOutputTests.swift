import Foundation
import RolebookTestSupport
import Testing

/// What the real binary prints: diagnostics with their source line and caret (colour only on a
/// terminal), suggestions for misspelt subcommands and options, and one-line I/O failures.
@Suite struct DiagnosticOutputTests {
    let cli = CommandLineTests()

    func brokenSite() throws -> URL {
        let root = try TestPaths.temporaryFolder("cli-excerpt")
        try FixtureTree.write(
            """
            -- content/site.yaml --
            title: Broken
            as_of: 2026-13-01
            """, to: root)
        // check compiles the theme too.
        try FixtureTree.copy("themes", into: root)
        return root
    }

    @Test func eachDiagnosticShowsItsLineAndACaretOnAPipeToo() throws {
        let result = try cli.run(["check", "--root", try brokenSite().path])
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                content/site.yaml:2:8: error: '2026-13-01' is not a valid date: use YYYY-MM-DD
                 2 | as_of: 2026-13-01
                   |        ^
                1 error, 0 warnings; nothing was written

                """)
    }

    @Test func notesGetTheirLineAndControlCharactersInShownLinesAreEscaped() throws {
        let sample = try cli.run(["check", "--root", TestPaths.packageRoot.path])
        #expect(
            sample.stderr.contains(
                """
                content/companies/keystone-architects.yaml:12:13: note: Walter Hughes is marked as departed here
                 12 |     status: departed
                    |             ^

                """))
        let fixture = TestPaths.packageRoot.appendingPathComponent(
            "Tests/RolebookBuildTests/Fixtures/Invalid/data-control-characters")
        let hostile = try cli.run(["check", "--root", fixture.path])
        #expect(hostile.status == 1)
        #expect(hostile.stderr.contains(" 2 | name: Raw \\u{1B}[31mLtd\n   |           ^\n"))
        #expect(!hostile.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    // MARK: - Colour

    /// Runs the binary with standard error on a pseudo-terminal, and returns what it wrote there.
    func runOnTerminal(_ arguments: [String], environment: [String: String]) throws -> String {
        // Glibc's Swift module leaves out the pseudo-terminal calls, so they are looked up in libc.
        typealias IntCall = @convention(c) (Int32) -> Int32
        typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        func libc<T>(_ name: String, as _: T.Type) throws -> T {
            unsafeBitCast(try #require(dlsym(nil, name)), to: T.self)
        }
        let master = try libc("posix_openpt", as: IntCall.self)(O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        defer { close(master) }
        try #require(
            try libc("grantpt", as: IntCall.self)(master) == 0 && libc("unlockpt", as: IntCall.self)(master) == 0)
        let name = String(cString: try #require(try libc("ptsname", as: NameCall.self)(master)))
        let terminal = open(name, O_RDWR | O_NOCTTY)
        try #require(terminal >= 0)
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        try process.run()
        close(terminal)
        // Read until the child's end of the terminal is closed (EIO), then reap it.
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let count = read(master, &buffer, buffer.count), count > 0 { output += buffer[..<count] }
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let root = try brokenSite().path
        let plain = try cli.run(["check", "--root", root])
        #expect(!plain.stderr.contains("\u{1B}"))
        let terminal = try runOnTerminal(["check", "--root", root], environment: ["TERM": "xterm"])
        #expect(terminal.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(terminal.contains("as_of: 2026-13-01"))
        let noColour = try runOnTerminal(["check", "--root", root], environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(noColour.contains("content/site.yaml:2:8: error: '2026-13-01' is not a valid date"))
        #expect(!noColour.contains("\u{1B}"))
    }

    // MARK: - Usage errors

    @Test func aMisspeltSubcommandIsNamedWithTheOneMeant() throws {
        for (typed, meant) in [("bulid", "build"), ("chek", "check"), ("generate-smaple", "generate-sample")] {
            let result = try cli.run([typed, "--root", TestPaths.packageRoot.path])
            #expect(result.status == 64)
            #expect(
                result.stderr.hasPrefix(
                    "Error: Unknown command '\(typed)'. Did you mean '\(meant)'?\nUsage: rolebook <subcommand>\n"))
        }
        let unknown = try cli.run(["publish"])
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr.hasPrefix(
                "Error: Unknown command 'publish': the commands are 'build', 'check', 'init', 'serve', 'who', 'import', 'diff', 'generate-sample'\n"
            ))
    }

    @Test func anUnknownOptionIsNamedWithTheOneMeant() throws {
        let cases: [([String], String)] = [
            (["build", "--roots", "."], "Unknown option '--roots'. Did you mean '--root'?"),
            (["--strct"], "Unknown option '--strct'. Did you mean '--strict'?"),
            // A prefix beats the closest spelling (the parser alone suggests --root).
            (["build", "--out", "x"], "Unknown option '--out'. Did you mean '--output'?"),
            // The parser alone reports the missing --output instead.
            (["generate-sample", "--compnies", "3"], "Unknown option '--compnies'. Did you mean '--companies'?"),
            (
                ["check", "--output", "x"],
                "Unknown option '--output': it is an option of 'rolebook build', not of 'rolebook check'"
            ),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: \(message)\nUsage: rolebook "), "\(arguments)")
        }
    }

    @Test func usageErrorsWithoutAMisspellingKeepTheParsersMessage() throws {
        let result = try cli.run(["build", "--output"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: Missing value for '--output <output>'"))
    }

    // MARK: - I/O failures

    @Test func aRootThatIsNotAFolderIsOneErrorLine() throws {
        let file = try TestPaths.temporaryFolder("cli-root").appendingPathComponent("site.txt")
        try Data("not a site".utf8).write(to: file)
        for command in ["build", "check"] {
            let result = try cli.run([command, "--root", file.path])
            #expect(result.status == 1)
            #expect(result.stderr == "error: \(file.path): not a folder: --root names the folder that holds content/\n")
        }
        let missing = file.deletingLastPathComponent().appendingPathComponent("nowhere").path
        let result = try cli.run(["check", "--root", missing])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(missing): no such folder\n")
    }

    @Test func anOutputThatIsAFileIsOneErrorLineAndNothingIsWritten() throws {
        let folder = try TestPaths.temporaryFolder("cli-output-file")
        let file = folder.appendingPathComponent("site.zip")
        try Data("mine".utf8).write(to: file)
        let root = TestPaths.packageRoot.path
        let result = try cli.run(["build", "--root", root, "--output", file.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(file.path): not a folder: --output names the folder Rolebook writes into\n")
        let below = try cli.run(["build", "--root", root, "--output", file.appendingPathComponent("site").path])
        #expect(below.status == 1)
        #expect(below.stderr == "error: \(file.path)/site: cannot be made: \(file.path) is a file, not a folder\n")
        let fragments = try cli.run([
            "build", "--root", root, "--output", folder.appendingPathComponent("out").path, "--fragments", file.path,
        ])
        #expect(fragments.status == 1)
        #expect(
            fragments.stderr == "error: \(file.path): not a folder: --fragments names the folder Rolebook writes into\n"
        )
        #expect(try Data(contentsOf: file) == Data("mine".utf8))
        #expect(TestPaths.files(under: folder) == ["site.zip"])
    }

    @Test func aFoundationErrorIsItsPathAndReasonNotADump() throws {
        // generate-sample makes content/companies as a folder; a file of that name is in the way.
        let output = try TestPaths.temporaryFolder("cli-generate")
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: output.appendingPathComponent("content/companies"))
        let result = try cli.run(
            [
                "generate-sample", "--companies", "1", "--from",
                TestPaths.packageRoot.appendingPathComponent("content").path,
                "--output", output.path, "--force",
            ])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(output.path)/content/companies: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!result.stderr.contains("Domain") && !result.stderr.contains("UserInfo"))
    }

    @Test(.enabled(if: geteuid() != 0, "root may write anywhere"))
    func anUnwritableOutputIsOneErrorLine() throws {
        let folder = try TestPaths.temporaryFolder("cli-read-only")
        #expect(chmod(folder.path, 0o555) == 0)
        defer { chmod(folder.path, 0o755) }
        let output = folder.appendingPathComponent("out").path
        let result = try cli.run(["build", "--root", TestPaths.packageRoot.path, "--output", output])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(output): cannot be made in \(folder.path): permission denied\n")
    }
}

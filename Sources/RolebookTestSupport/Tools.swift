import Foundation

/// Runs the real tools the tests check outputs with (pdftotext, pdfinfo, chromium, Python). A
/// missing tool fails the test with the install command: tests never skip.
package enum Tools {
    package struct Result {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    package enum Missing: Error, CustomStringConvertible {
        case tool(String, install: String)
        package var description: String {
            switch self {
            case .tool(let name, let install): "\(name) is not installed: \(install) (make test installs it)"
            }
        }
    }

    package static func find(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @discardableResult
    package static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        // Files, not pipes: a chatty tool (Chromium) cannot fill a pipe and block.
        let folder = try TestPaths.temporaryFolder("tool")
        let outURL = folder.appendingPathComponent("out")
        let errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: folder) }
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }

    package static func tool(_ name: String, install: String) throws -> URL {
        guard let url = find(name) else { throw Missing.tool(name, install: install) }
        return url
    }

    /// Text of a PDF, through poppler's pdftotext.
    package static func pdfText(_ pdf: URL) throws -> String {
        try run(try tool("pdftotext", install: "apt-get install -y poppler-utils"), ["-layout", pdf.path, "-"]).stdout
    }

    /// The fonts a PDF uses, one per line as poppler's pdffonts lists them (name, type, embedded).
    package static func pdfFonts(_ pdf: URL) throws -> [String] {
        let listed = try run(try tool("pdffonts", install: "apt-get install -y poppler-utils"), [pdf.path]).stdout
        // Two heading lines, then one line per font.
        return Array(listed.split(separator: "\n").dropFirst(2).map(String.init))
    }

    package static func pdfPages(_ pdf: URL) throws -> Int {
        let info = try run(try tool("pdfinfo", install: "apt-get install -y poppler-utils"), [pdf.path]).stdout
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
    }

    package static func pdfPageSize(_ pdf: URL) throws -> String {
        let info = try run(try tool("pdfinfo", install: "apt-get install -y poppler-utils"), [pdf.path]).stdout
        return info.split(separator: "\n").first { $0.hasPrefix("Page size:") }.map(String.init) ?? ""
    }

    /// The project's Python virtual environment (made by `make test`), for icalendar.
    package static func python() throws -> URL {
        let venv = TestPaths.packageRoot.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: venv.path) else {
            throw Missing.tool(
                ".venv with icalendar", install: "python3 -m venv .venv && .venv/bin/pip install icalendar")
        }
        return venv
    }
}

import Foundation
import RolebookTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real `rolebook serve`, started on a site with `--port 0`: the URL it prints on standard
/// output, its standard error (build summaries and diagnostics) in a file, and a clean stop by signal.
final class ServeProcess {
    let process = Process()
    let url: URL
    private let errorsFile: URL
    private let output: Pipe

    /// Starts serving `root` and waits for the URL line; the date is pinned so that no staleness
    /// warning depends on the calendar.
    init(root: URL, arguments: [String] = []) throws {
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve", "--root", root.path, "--port", "0"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ROLEBOOK_TODAY"] = "2026-06-01"
        process.environment = environment
        output = Pipe()
        process.standardOutput = output
        errorsFile = try TestPaths.temporaryFolder("serve-stderr").appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorsFile)
        try process.run()
        var line = ""
        let deadline = Date().addingTimeInterval(60)
        let descriptor = output.fileHandleForReading.fileDescriptor
        while !line.contains("\n"), Date() < deadline {
            var ready = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            guard poll(&ready, 1, 200) > 0 else { continue }
            var byte: UInt8 = 0
            guard read(descriptor, &byte, 1) == 1 else { break }
            line.append(Character(UnicodeScalar(byte)))
        }
        guard let match = line.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+\//) else {
            process.terminate()
            throw ServeFailure.noURL(
                printed: line, stderr: (try? String(contentsOf: errorsFile, encoding: .utf8)) ?? "")
        }
        url = URL(string: String(match.output))!
    }

    /// The port the server listens on.
    var port: UInt16 { UInt16(url.port!) }

    /// What serve printed on standard error so far.
    var stderr: String { (try? String(contentsOf: errorsFile, encoding: .utf8)) ?? "" }

    /// Sends `signal` and waits up to `timeout` seconds for the exit; nil when it did not exit.
    func stop(with signal: Int32 = SIGINT, timeout: TimeInterval = 10) -> (status: Int32, exited: Bool)? {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard !process.isRunning else {
            process.terminate()
            return nil
        }
        return (process.terminationStatus, process.terminationReason == .exit)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    enum ServeFailure: Error, CustomStringConvertible {
        case noURL(printed: String, stderr: String)
        var description: String {
            switch self {
            case .noURL(let printed, let stderr): "serve printed no URL: '\(printed)'; stderr: \(stderr)"
            }
        }
    }
}

/// Waits up to `timeout` seconds for `condition`, checking every 50 ms.
func eventually(timeout: TimeInterval = 20, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    return try condition()
}

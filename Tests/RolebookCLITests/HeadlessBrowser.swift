import Foundation
import RolebookTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Real headless Chromium, driven over the DevTools protocol through `--remote-debugging-pipe`
/// (JSON messages separated by NUL on file descriptors 3 and 4): one page that stays open, so a
/// test sees it change when the server tells it to reload, with no reload of the test's own.
final class HeadlessBrowser {
    enum Failure: Error, CustomStringConvertible {
        case noAnswer(method: String)
        case protocolError(method: String, message: String)
        var description: String {
            switch self {
            case .noAnswer(let method): "Chromium did not answer \(method)"
            case .protocolError(let method, let message): "Chromium refused \(method): \(message)"
            }
        }
    }

    private let process = Process()
    private let commands = Pipe()
    private let replies = Pipe()
    private let profile: URL
    private var pending: [UInt8] = []
    private var lastID = 0
    /// The DevTools session of the page the browser has open.
    private var session: String?

    init() throws {
        let chromium = try Tools.tool("chromium", install: "apt-get install -y chromium")
        profile = try TestPaths.temporaryFolder("chromium-profile")
        // The shell gives Chromium the two pipes as descriptors 3 and 4, which Process cannot.
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", #"exec "$0" "$@" 3<&0 4>&1 </dev/null >/dev/null"#, chromium.path,
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)", "about:blank",
        ]
        process.standardInput = commands
        process.standardOutput = replies
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Opens `url` in a new page and keeps it open.
    func open(_ url: URL) throws {
        let target = try send("Target.createTarget", ["url": url.absoluteString])
        let attached = try send(
            "Target.attachToTarget", ["targetId": target["targetId"] as? String ?? "", "flatten": true])
        session = attached["sessionId"] as? String
    }

    /// The value of a JavaScript expression in the open page ("" when it has none yet).
    func evaluate(_ expression: String) throws -> String {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true], inPage: true)
        let value = (result["result"] as? [String: Any])?["value"]
        return value.map { "\($0)" } ?? ""
    }

    /// The page's visible text.
    func text() throws -> String { try evaluate("document.body ? document.body.innerText : ''") }

    /// Presses and releases a key, as a keyboard does: `Tab`, `Enter`, `Escape`, `ArrowDown`, `ArrowUp`.
    func press(_ key: String) throws {
        let codes = ["Tab": 9, "Enter": 13, "Escape": 27, "ArrowUp": 38, "ArrowDown": 40]
        let code = codes[key] ?? 0
        var down: [String: Any] = [
            "type": "rawKeyDown", "key": key, "code": key, "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code,
        ]
        try send("Input.dispatchKeyEvent", down, inPage: true)
        if key == "Enter" {
            down["type"] = "char"
            down["text"] = "\r"
            try send("Input.dispatchKeyEvent", down, inPage: true)
        }
        try send(
            "Input.dispatchKeyEvent",
            ["type": "keyUp", "key": key, "code": key, "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code],
            inPage: true)
    }

    /// Types text into the focused field one character at a time, as a reader does.
    func type(_ text: String) throws {
        for character in text { try send("Input.insertText", ["text": String(character)], inPage: true) }
    }

    func close() {
        _ = try? send("Browser.close", [:])
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: profile)
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

    // MARK: - Protocol

    /// Sends one command and waits for its reply (events in between are skipped).
    @discardableResult
    private func send(_ method: String, _ parameters: [String: Any], inPage: Bool = false) throws -> [String: Any] {
        lastID += 1
        var message: [String: Any] = ["id": lastID, "method": method, "params": parameters]
        if inPage, let session { message["sessionId"] = session }
        commands.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: message) + Data([0]))
        let deadline = Date().addingTimeInterval(30)
        let descriptor = replies.fileHandleForReading.fileDescriptor
        while Date() < deadline {
            while let end = pending.firstIndex(of: 0) {
                let reply = try JSONSerialization.jsonObject(with: Data(pending[..<end])) as? [String: Any] ?? [:]
                pending.removeSubrange(...end)
                guard reply["id"] as? Int == lastID else { continue }
                if let error = reply["error"] as? [String: Any] {
                    throw Failure.protocolError(method: method, message: "\(error["message"] ?? error)")
                }
                return reply["result"] as? [String: Any] ?? [:]
            }
            var ready = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            guard poll(&ready, 1, 200) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            pending += chunk[..<count]
        }
        throw Failure.noAnswer(method: method)
    }
}

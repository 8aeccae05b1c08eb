import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One headless Chromium with one blank page, driven over the DevTools pipe, printing one
/// document after another.
///
/// The document is sent as text (`Page.setDocumentContent`), so the browser reads no file at
/// all: it writes only its profile, in a private temporary folder that is also its working
/// directory, never the output folder (which could hold a link planted to make it write
/// elsewhere). Reports and packets are self-contained, so their HTML alone prints as it would
/// in place.
///
/// A value that a printing thread takes, uses and hands back (see ``ChromiumPrinter``); ``close()``
/// is called once, on the last copy.
struct ChromiumBrowser: Sendable {
    /// The browser's process, leader of its own process group: its helpers are in the group too.
    let pid: pid_t
    /// The private folder (profile and working directory), removed by ``close()``.
    let folder: URL
    /// How long one command may take before the browser is taken for hung.
    var timeout: Duration
    private var pipe: DevToolsPipe
    /// The page's flat session, and its main frame (whose document is replaced for each print).
    private var session = ""
    private var frame = ""

    /// The paper, margins and header come from the document's `@page` CSS, as in the printed
    /// report's own stylesheet; `printBackground` as `chromium --print-to-pdf` prints.
    static var printParameters: [String: Any] {
        ["displayHeaderFooter": false, "preferCSSPageSize": true, "printBackground": true]
    }

    /// Starts the browser and opens its page; throws (with nothing left running) when either fails.
    static func launch(_ executable: URL, timeout: Duration) throws(PDFError) -> ChromiumBrowser {
        let folder = try privateFolder()
        let (pid, socket): (pid_t, Int32)
        do {
            (pid, socket) = try spawn(executable, in: folder)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        var browser = ChromiumBrowser(pid: pid, folder: folder, timeout: timeout, pipe: DevToolsPipe(socket: socket))
        do {
            try browser.openPage()
        } catch {
            browser.close()
            throw browser.failure(error, page: nil)
        }
        return browser
    }

    /// Prints one document; `name` is what an error calls it (the page's path).
    mutating func printPDF(_ html: [UInt8], name: String) throws(PDFError) -> [UInt8] {
        let result: [String: Any]
        do {
            _ = try pipe.call(
                "Page.setDocumentContent", ["frameId": frame, "html": String(decoding: html, as: UTF8.self)],
                session: session, timeout: timeout)
            result = try pipe.call("Page.printToPDF", Self.printParameters, session: session, timeout: timeout)
        } catch {
            throw failure(error, page: name)
        }
        guard let base64 = result["data"] as? String, let pdf = Data(base64Encoded: base64) else {
            throw .failed(page: name, reason: "its reply held no PDF")
        }
        return [UInt8](pdf)
    }

    /// Stops the browser and every helper process it started, and removes its private folder.
    func close() {
        // Closing the pipe alone makes Chromium quit, but not at once and not when it hangs:
        // the whole process group is killed, then the browser reaped.
        pipe.close()
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: - Starting

    private mutating func openPage() throws(DevToolsPipe.Failure) {
        let target = try pipe.call("Target.createTarget", ["url": "about:blank"], timeout: timeout)
        let attached = try pipe.call(
            "Target.attachToTarget", ["targetId": target["targetId"] as? String ?? "", "flatten": true],
            timeout: timeout)
        session = attached["sessionId"] as? String ?? ""
        // Inspector's events are how a crashed renderer is noticed while its reply is awaited.
        _ = try pipe.call("Inspector.enable", session: session, timeout: timeout)
        let tree = try pipe.call("Page.getFrameTree", session: session, timeout: timeout)
        frame = ((tree["frameTree"] as? [String: Any])?["frame"] as? [String: Any])?["id"] as? String ?? ""
    }

    private func failure(_ error: DevToolsPipe.Failure, page: String?) -> PDFError {
        let seconds = Int(timeout.components.seconds)
        switch error {
        case .closed, .pageCrashed: return .stopped(page: page)
        case .timedOut: return .timedOut(page: page, seconds: seconds)
        case .refused(let method, let message):
            guard let page else { return .cannotStart(reason: "\(method): \(message)") }
            return .failed(page: page, reason: "\(method): \(message)")
        }
    }

    /// A new folder only this user can enter, under the system's temporary folder.
    private static func privateFolder() throws(PDFError) -> URL {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("rolebook-chromium-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = bytes.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .cannotStart(reason: "cannot make a temporary folder: \(String(cString: strerror(errno)))")
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    /// Starts Chromium with one end of a socket pair as its fds 3 and 4; returns its pid and our end.
    ///
    /// posix_spawn rather than Foundation's Process, which cannot give a child extra descriptors.
    private static func spawn(_ executable: URL, in folder: URL) throws(PDFError) -> (pid_t, Int32) {
        var ends: [Int32] = [-1, -1]
        #if canImport(Glibc)
            let made = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends)
        #else
            let made = socketpair(AF_UNIX, SOCK_STREAM, 0, &ends)
            if made == 0 {
                var yes: Int32 = 1
                setsockopt(ends[0], SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
                for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            }
        #endif
        guard made == 0 else { throw .cannotStart(reason: String(cString: strerror(errno))) }
        var (ours, theirs) = (ends[0], ends[1])
        defer { closeDescriptor(theirs) }
        // dup2 onto itself would keep close-on-exec set, so the child's end must not already be 3 or 4.
        if theirs < 5 {
            let moved = fcntl(theirs, F_DUPFD_CLOEXEC, 5)
            closeDescriptor(theirs)
            theirs = moved
        }
        let arguments = [
            executable.path, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--remote-debugging-pipe", "--user-data-dir=\(folder.path)/profile",
            "about:blank",
        ]
        let pid = spawn(executable.path, arguments, socket: theirs, folder: folder.path)
        guard pid > 0 else {
            closeDescriptor(ours)
            throw .cannotStart(reason: "\(executable.path): \(String(cString: strerror(-pid)))")
        }
        return (pid, ours)
    }

    /// The child's pid, or minus the error number.
    private static func spawn(_ path: String, _ arguments: [String], socket: Int32, folder: String) -> pid_t {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t?
            var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, socket, 3)
        posix_spawn_file_actions_adddup2(&actions, socket, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        #if canImport(Glibc)
            // Nothing else of this process (the output folder's descriptors above all) reaches
            // the browser, even one opened without close-on-exec, and it runs in its private folder.
            _ = closeFrom?(&actions, 5)
            _ = changeDirectory?(&actions, folder)
        #endif
        // Its own process group, so that close() stops its helpers too; default signals and
        // mask, whatever this thread had.
        var flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        #if canImport(Darwin)
            flags |= POSIX_SPAWN_CLOEXEC_DEFAULT
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))
        posix_spawnattr_setpgroup(&attributes, 0)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        return status == 0 ? pid : -status
    }

    private static func closeDescriptor(_ descriptor: Int32) {
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #else
            _ = Darwin.close(descriptor)
        #endif
    }

    #if canImport(Glibc)
        // glibc's posix_spawn_file_actions_addclosefrom_np (2.34) and _addchdir_np (2.29), which
        // Swift's Glibc module does not declare: looked up, and left out on an older glibc.
        private typealias ClosingFrom =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) ->
            Int32
        private typealias ChangingDirectory =
            @convention(c) (
                UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
            ) -> Int32

        private static var closeFrom: ClosingFrom? { libc("posix_spawn_file_actions_addclosefrom_np") }
        private static var changeDirectory: ChangingDirectory? { libc("posix_spawn_file_actions_addchdir_np") }

        private static func libc<Function>(_ name: String) -> Function? {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { return nil }
            return unsafeBitCast(symbol, to: Function.self)
        }
    #endif
}

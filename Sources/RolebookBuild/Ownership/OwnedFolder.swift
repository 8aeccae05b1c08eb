import Foundation
import RolebookCore
import RolebookSource

#if canImport(Glibc)
    import Glibc
#endif

/// A folder Rolebook writes into (the site output, fragments, bundles), and the only code that
/// writes, replaces or deletes files in it.
///
/// The promises it keeps, whatever is planted in the folder:
/// - Everything is opened relative to the folder's own descriptor, one path component at a time,
///   with `O_NOFOLLOW`: a symbolic link inside the folder is never followed, so nothing is written
///   or deleted outside it. The folder the user names may itself be a link (a common way to deploy).
/// - It overwrites and deletes only files it wrote: each path's content hash is recorded in a
///   manifest, and a file whose bytes are not a recorded version is someone else's. Such a file in
///   the way is an error before anything is written (`--force` lets Rolebook replace it).
/// - Files are written whole: bytes go to an unpredictable temporary name in `.rolebook/tmp/`
///   (`O_EXCL`), then are renamed into place.
/// - A killed build is healed by the next one: before a file is renamed into place its hash is
///   appended to a journal, so the next build still recognises it as Rolebook's; the journal's
///   presence says the last build did not finish, and its build state is not trusted.
/// - One build at a time: an exclusive `flock` on `.rolebook/lock`, released by the kernel when the
///   process ends however it ends.
final class OwnedFolder: @unchecked Sendable {
    /// Rolebook's own files inside an owned folder: lock, manifest, journal, build state, temporaries.
    static let controlFolder = ".rolebook"
    static let manifestHeader = "rolebook-manifest 2"

    enum Outcome: Sendable {
        case written
        case unchanged
    }

    /// The folder as the user named it, for messages.
    let displayName: String
    /// Paths this tool recorded writing, with every hash it recorded for each. The manifest is
    /// parsed when first asked: an unchanged rebuild whose folders are as recorded never needs it.
    var claims: [String: Set<UInt64>] {
        claimsLock.withLock {
            if let parsed = parsedClaims { return parsed }
            var claims: [String: Set<UInt64>] = [:]
            if let manifest { Self.parseClaims(manifest, header: Self.manifestHeader, into: &claims) }
            if let journalBytes { Self.parseClaims(journalBytes, header: nil, into: &claims) }
            parsedClaims = claims
            manifest = nil
            return claims
        }
    }
    private var manifest: [UInt8]?
    private var journalBytes: [UInt8]?
    private var parsedClaims: [String: Set<UInt64>]?
    private let claimsLock = NSLock()
    /// The previous build into this folder was stopped before it finished.
    private(set) var wasInterrupted = false
    /// Folders an interrupted build made, which may have been left empty.
    private var interruptedFolders: [String] = []
    /// How the journal records a folder it makes (claim lines start with a hex hash instead).
    private static let folderMark = "folder "

    private let folder: Int32
    private let force: Bool
    private let waiting: () -> Void
    /// `.rolebook/`, its `tmp/` and its lock; -1 until Rolebook has a control folder here (a folder
    /// it has never written gets one only when a build is about to write, so a refused build
    /// leaves no trace).
    private var control: Int32 = -1
    private var temporaries: Int32 = -1
    private var lock: Int32 = -1
    private var journal: Int32 = -1
    /// Files found at paths about to be written, by path: their size and hash (see ``check(_:)``).
    private var existing: [String: (size: Int, hash: UInt64)] = [:]
    private var checked: Set<String> = []

    /// Opens (and with `create`, makes) the folder; when Rolebook has written there before, takes
    /// its lock, waiting for another build that holds it, and reads what it wrote. Returns nil when
    /// the folder does not exist and `create` is false.
    static func open(_ url: URL, displayName: String, create: Bool, force: Bool, waiting: @escaping () -> Void = {})
        throws -> OwnedFolder?
    {
        if create { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        // The named folder itself may be a link; everything below it is opened without following.
        let descriptor = Glibc.open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT, !create { return nil }
            throw OwnedFolderError.cannotOpen(displayName, reason: Self.reason())
        }
        let folder = OwnedFolder(displayName: displayName, folder: descriptor, force: force, waiting: waiting)
        var info = stat()
        if create || fstatat(descriptor, controlFolder, &info, AT_SYMLINK_NOFOLLOW) == 0 { try folder.takeControl() }
        return folder
    }

    private init(displayName: String, folder: Int32, force: Bool, waiting: @escaping () -> Void) {
        self.displayName = displayName
        self.folder = folder
        self.force = force
        self.waiting = waiting
    }

    /// Makes or opens `.rolebook/`, takes the lock, clears a killed build's temporaries and reads
    /// the manifest and any journal.
    private func takeControl() throws {
        guard control < 0 else { return }
        control = try Self.makeDirectory(Self.controlFolder, in: folder, display: displayName)
        lock = openat(control, "lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard lock >= 0 else {
            throw OwnedFolderError.cannotOpen(displayName + "/.rolebook/lock", reason: Self.reason())
        }
        if flock(lock, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            guard flock(lock, LOCK_EX) == 0 else {
                throw OwnedFolderError.cannotOpen(displayName + "/.rolebook/lock", reason: Self.reason())
            }
        }
        // Temporaries of a build that was killed: ours by construction, and never needed again.
        temporaries = try Self.makeDirectory("tmp", in: control, display: displayName + "/.rolebook")
        Self.removeEntries(of: temporaries)
        manifest = Self.read("manifest", in: control)
        let journal = Self.read("journal", in: control)
        journalBytes = journal
        if let journal {
            interruptedFolders = String(decoding: journal, as: UTF8.self).split(separator: "\n")
                .filter { $0.hasPrefix(Self.folderMark) }.map { String($0.dropFirst(Self.folderMark.count)) }
                .filter(Self.isValid)
        }
        wasInterrupted = journal != nil
    }

    deinit {
        for descriptor in [journal, temporaries, lock, control, folder] where descriptor >= 0 {
            Glibc.close(descriptor)
        }
    }

    // MARK: - Before writing

    /// Checks every path a build is about to write, before anything is written: what is in the way
    /// and is not Rolebook's (a file it did not write, a link, a folder) is returned as an error.
    /// Files that are Rolebook's are remembered, so ``write(_:to:)`` can leave unchanged bytes alone.
    func check(_ paths: some Sequence<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seenFolders: [String: Bool] = [:]  // folder path → usable
        for path in paths {
            guard Self.isValid(path) else {
                problems.append(
                    .error("Rolebook would write to '\(path)', which is not a plain relative path", at: nil))
                continue
            }
            checked.insert(path)
            let parts = path.split(separator: "/").map(String.init)
            // Folders on the way: a link or a file there stops the path.
            var usable = true
            var prefix = ""
            for part in parts.dropLast() {
                prefix = prefix.isEmpty ? part : prefix + "/" + part
                if let known = seenFolders[prefix] {
                    usable = known
                    if !known { break }
                    continue
                }
                let kind = entryKind(prefix)
                switch kind {
                case .missing, .folder: seenFolders[prefix] = true
                default:
                    seenFolders[prefix] = false
                    usable = false
                    problems.append(inTheWay(prefix, kind: kind, needed: "a folder"))
                }
                if !usable || kind == .missing { break }
            }
            guard usable else { continue }
            switch entryKind(path) {
            case .missing: break
            case .file:
                guard let bytes = read(path) else { break }
                let hash = ContentHash.of(bytes)
                if claims[path]?.contains(hash) == true || force {
                    existing[path] = (bytes.count, hash)
                } else {
                    problems.append(
                        .error(
                            "\(displayName)/\(path) was not written by Rolebook (or was changed since): move it away, or pass --force to let Rolebook replace it",
                            at: nil))
                }
            case .link where force:
                break
            case let kind:
                problems.append(inTheWay(path, kind: kind, needed: "a file"))
            }
        }
        return problems
    }

    private func inTheWay(_ path: String, kind: EntryKind, needed: String) -> Diagnostic {
        let message: String =
            switch (kind, needed) {
            case (.link, "a file"):
                "is a symbolic link, and Rolebook never follows links inside the folders it writes: remove it, or pass --force to replace the link itself"
            case (.link, _):
                "is a symbolic link where Rolebook needs a folder of its own, and it never follows links inside the folders it writes: remove the link"
            case (.folder, _): "is a folder where Rolebook writes a file: move it away"
            case (.file, _): "is a file where Rolebook needs a folder: move it away"
            default: "is not a regular file (a device, socket or pipe) where Rolebook writes \(needed): move it away"
            }
        return .error("\(displayName)/\(path) \(message)", at: nil)
    }

    /// Makes the folders the given paths need. Call after ``check(_:)`` found no problem.
    func prepare(_ paths: some Sequence<String>) throws {
        var folders: Set<String> = []
        for path in paths {
            var end = path.endIndex
            while let slash = path[..<end].lastIndex(of: "/") {
                guard folders.insert(String(path[..<slash])).inserted else { break }
                end = slash
            }
        }
        try takeControl()
        if journal < 0 {
            // From here on the folder may hold files the manifest does not list: the journal says so.
            journal = openat(control, "journal", O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard journal >= 0 else {
                throw OwnedFolderError.cannotWrite("\(displayName)/.rolebook/journal", reason: Self.reason())
            }
        }
        // Sorted, so a parent is made before its children. A folder is journaled before it is made:
        // a build killed before filling it leaves an empty folder the next build must clear.
        for relative in folders.sorted() {
            let parent = try openFolder(containing: relative)
            defer { if parent != folder { Glibc.close(parent) } }
            let name = Self.leaf(relative)
            var info = stat()
            guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) != 0 else { continue }
            let line = Array((Self.folderMark + relative + "\n").utf8)
            guard line.withUnsafeBytes({ Self.writeAll($0, to: journal) }),
                mkdirat(parent, name, 0o755) == 0 || errno == EEXIST
            else { throw OwnedFolderError.cannotWrite("\(displayName)/\(relative)", reason: Self.reason()) }
        }
    }

    // MARK: - Writing

    /// Writes one file whole, unless it already holds exactly these bytes; returns what happened and
    /// the bytes' hash. The path must have passed ``check(_:)`` and ``prepare(_:)``.
    func write(_ bytes: [UInt8], to path: String) throws -> (outcome: Outcome, hash: UInt64) {
        let hash = ContentHash.of(bytes)
        guard checked.contains(path), journal >= 0 else { throw OwnedFolderError.unplanned(path) }
        if let found = existing[path], found.size == bytes.count, found.hash == hash { return (.unchanged, hash) }
        let parent = try openFolder(containing: path)
        defer { if parent != folder { Glibc.close(parent) } }
        try place(
            bytes, in: parent, as: Self.leaf(path), shownAs: "\(displayName)/\(path)",
            journalLine: HashLines.line(path, hash))
        return (.written, hash)
    }

    /// The bytes of a file in the folder, never through a link; nil when it is not a regular file.
    func read(_ path: String) -> [UInt8]? {
        guard Self.isValid(path), let parent = try? openFolder(containing: path) else { return nil }
        defer { if parent != folder { Glibc.close(parent) } }
        return Self.read(Self.leaf(path), in: parent)
    }

    /// Whether a regular file (not a link) is at every one of the paths.
    func holdsFiles(_ paths: some Collection<String>) -> Bool { regularFiles(among: paths).count == paths.count }

    /// Those of the paths where a regular file (not a link) is. Each folder is opened once and its
    /// entries listed (`readdir` says each entry's type), instead of a walk from the top and a
    /// `stat` per path: rebuilds check every page of a large site this way.
    func regularFiles(among paths: some Sequence<String>) -> Set<String> {
        var names: [String: [String]] = [:]  // folder ("" for the top) → the files asked for in it
        for path in paths where Self.isValid(path) {
            let (folder, name) = Self.split(path)
            names[folder, default: []].append(name)
        }
        var found: Set<String> = []
        for (relative, asked) in names {
            guard let descriptor = relative.isEmpty ? folder : try? openFolder(containing: relative + "/-") else {
                continue
            }
            defer { if descriptor != folder { Glibc.close(descriptor) } }
            guard let files = Self.regularFiles(in: descriptor) else { continue }
            for name in asked where files.contains(name) {
                found.insert(relative.isEmpty ? name : relative + "/" + name)
            }
        }
        return found
    }

    /// Each folder that holds the files, and each folder above them, with its signature (inode,
    /// modification and change times) when the folder was found holding every one of its files
    /// as regular files and had settled (``FileSignature/isSettled(before:)``); "" for a folder that
    /// had not. Recorded after a build, for ``holdsClaimedFiles(folders:)``.
    func folderSignatures(of files: some Sequence<String>) -> [String: String] {
        let now = FileSignature.now()
        var expected: [String: [String]] = ["": []]
        for path in files where Self.isValid(path) {
            var (folder, name) = Self.split(path)
            expected[folder, default: []].append(name)
            // The folders above it, each once: a folder already listed has its own listed too.
            while !folder.isEmpty {
                folder = Self.split(folder).folder
                if expected[folder] != nil { break }
                expected[folder] = []
            }
        }
        var signatures: [String: String] = [:]
        for (relative, names) in expected {
            signatures[relative] = ""
            guard let descriptor = relative.isEmpty ? folder : try? openFolder(containing: relative + "/-") else {
                continue
            }
            defer { if descriptor != folder { Glibc.close(descriptor) } }
            var before = stat()
            var after = stat()
            guard fstat(descriptor, &before) == 0, let files = Self.regularFiles(in: descriptor),
                names.allSatisfy(files.contains), fstat(descriptor, &after) == 0,
                let signature = Self.signature(before), signature == Self.signature(after),
                signature.isSettled(before: now, margin: Self.folderMargin)
            else { continue }
            signatures[relative] = signature.text
        }
        return signatures
    }

    /// Whether every file the manifest records is still a regular file at its path. A folder whose
    /// signature is the settled one recorded (``folderSignatures(of:)``) has had nothing added,
    /// removed or renamed in it since: only the other folders are listed, and only then is the
    /// manifest read.
    func holdsClaimedFiles(folders recorded: [String: String]) -> Bool {
        var unsure: Set<String> = []
        for (relative, recordedSignature) in recorded {
            var info = stat()
            let found =
                relative.isEmpty
                ? fstat(folder, &info) == 0 : fstatat(folder, relative, &info, AT_SYMLINK_NOFOLLOW) == 0
            if recordedSignature.isEmpty || !found || Self.signature(info)?.text != recordedSignature {
                unsure.insert(relative)
            }
        }
        if !recorded.isEmpty, unsure.isEmpty { return true }
        let paths = claims.keys.filter { path in
            let folder = Self.split(path).folder
            return recorded[folder] == nil || unsure.contains(folder)
        }
        return holdsFiles(paths)
    }

    /// How long before its signature is taken a folder must have last changed for the signature to
    /// be kept: ten ticks of the kernel's coarsest clock. Shorter than content's two seconds, so
    /// the folders a build wrote last are trusted by the next run; a deletion missed here costs
    /// only a page put back one build later, never a stale page.
    static let folderMargin: Int64 = 100_000_000

    /// A folder's signature, as ``FileSignature`` takes a file's; nil when it is not a folder.
    private static func signature(_ info: stat) -> FileSignature? {
        info.st_mode & S_IFMT == S_IFDIR ? FileSignature(info) : nil
    }

    /// The hash recorded for each of the paths that a build may leave alone: exactly one version is
    /// recorded (the last build finished) and a regular file is there. Paths missing from the
    /// answer must be written again.
    func recordedFiles(among paths: some Sequence<String>) -> [String: UInt64] {
        let claims = self.claims
        var recorded: [String: UInt64] = [:]
        for path in regularFiles(among: paths.filter { claims[$0]?.count == 1 }) {
            recorded[path] = claims[path]!.first
        }
        return recorded
    }

    // MARK: - Finishing

    /// Deletes the files Rolebook wrote that this build did not produce (only those still holding
    /// bytes it recorded), records what it produced, and closes the journal. Returns the number of
    /// files removed and the paths it left alone because they changed since Rolebook wrote them.
    func finish(produced: [String: UInt64]) throws -> (removed: Int, kept: [String]) {
        var removed = 0
        var kept: [String] = []
        for stale in Set(claims.keys).subtracting(produced.keys).sorted() {
            guard entryKind(stale) == .file else { continue }
            guard let bytes = read(stale), claims[stale]?.contains(ContentHash.of(bytes)) == true else {
                kept.append(stale)
                continue
            }
            let parent = try openFolder(containing: stale)
            if unlinkat(parent, Self.leaf(stale), 0) == 0 { removed += 1 }
            if parent != folder { Glibc.close(parent) }
            removeEmptyFolders(above: stale)
        }
        // Folders an interrupted build made for pages this build no longer has: removed when empty,
        // deepest first, so the folder ends as a clean build leaves it.
        let needed =
            interruptedFolders.isEmpty
            ? []
            : Set(
                produced.keys.flatMap { path in
                    path.split(separator: "/").dropLast().indices.map {
                        path.split(separator: "/")[...$0].joined(separator: "/")
                    }
                })
        for relative in interruptedFolders.filter({ !needed.contains($0) }).sorted(by: { $0.count > $1.count }) {
            guard let parent = try? openFolder(containing: relative) else { continue }
            unlinkat(parent, Self.leaf(relative), AT_REMOVEDIR)
            if parent != folder { Glibc.close(parent) }
        }
        let lines = produced.keys.sorted().map { HashLines.line($0, produced[$0]!) }
        try writeControl("manifest", Array((Self.manifestHeader + "\n" + lines.joined()).utf8))
        return (removed, kept)
    }

    /// The last step of a build, after its state is written: the journal goes, so the next build
    /// trusts that state again.
    func commit() {
        if journal >= 0 {
            Glibc.close(journal)
            journal = -1
        }
        if control >= 0 { unlinkat(control, "journal", 0) }
    }

    /// Reads one of Rolebook's own files in `.rolebook/` (the build state).
    func readControl(_ name: String) -> [UInt8]? { control < 0 ? nil : Self.read(name, in: control) }

    /// Writes one of Rolebook's own files in `.rolebook/`, whole.
    func writeControl(_ name: String, _ bytes: [UInt8]) throws {
        try place(bytes, in: control, as: name, shownAs: "\(displayName)/.rolebook/\(name)", journalLine: nil)
    }

    /// Writes the bytes to a new, unpredictable temporary name, records the journal line (the
    /// claim outlives a kill between here and the rename), then renames the file into place.
    private func place(_ bytes: [UInt8], in parent: Int32, as name: String, shownAs shown: String, journalLine: String?)
        throws
    {
        let temporary = UUID().uuidString
        let fd = openat(temporaries, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OwnedFolderError.cannotWrite(shown, reason: Self.reason()) }
        let complete = bytes.withUnsafeBytes { Self.writeAll($0, to: fd) }
        Glibc.close(fd)
        let journaled =
            journalLine.map { line in Array(line.utf8).withUnsafeBytes { Self.writeAll($0, to: journal) } } ?? true
        guard complete, journaled, renameat(temporaries, temporary, parent, name) == 0 else {
            let reason = Self.reason()
            unlinkat(temporaries, temporary, 0)
            throw OwnedFolderError.cannotWrite(shown, reason: reason)
        }
    }

    // MARK: - Paths, one component at a time

    enum EntryKind: Equatable {
        case missing, file, folder, link, other
    }

    /// What is at the path, looked at without following any link on the way.
    private func entryKind(_ path: String) -> EntryKind {
        guard let parent = try? openFolder(containing: path) else { return .missing }
        defer { if parent != folder { Glibc.close(parent) } }
        var info = stat()
        guard fstatat(parent, Self.leaf(path), &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            return .missing
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// A descriptor of the folder that holds `path`, reached without following links; the caller
    /// closes it unless it is the owned folder itself.
    private func openFolder(containing path: String) throws -> Int32 {
        var current = folder
        for part in path.split(separator: "/").dropLast() {
            let next = openat(current, String(part), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let failure = errno
            if current != folder { Glibc.close(current) }
            guard next >= 0 else {
                errno = failure
                throw OwnedFolderError.cannotWrite("\(displayName)/\(path)", reason: Self.reason())
            }
            current = next
        }
        return current
    }

    private func removeEmptyFolders(above path: String) {
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty {
            let relative = parts.joined(separator: "/")
            guard let parent = try? openFolder(containing: relative) else { return }
            let removed = unlinkat(parent, String(parts.last!), AT_REMOVEDIR) == 0
            if parent != folder { Glibc.close(parent) }
            guard removed else { return }
            parts = parts.dropLast()
        }
    }

    /// The last component of a path: the name inside the folder that holds it.
    private static func leaf(_ path: String) -> String { String(path.split(separator: "/").last!) }

    /// The folder that holds a path ("" for the top) and the name inside it.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// A path Rolebook may write: relative, plain components, and not its own control folder.
    /// Over the bytes, without splitting: a manifest holds a line per page.
    static func isValid(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard !bytes.contains(0) else { return false }
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
                let part = bytes[start..<end]
                if part.isEmpty || part.elementsEqual(".".utf8) || part.elementsEqual("..".utf8) { return false }
                if start == 0, part.elementsEqual(controlFolder.utf8) { return false }
                start = end + 1
            }
            return true
        }
    }

    /// Reads `hash path` lines; a line that is not one (a tampered or torn manifest) claims nothing.
    private static func parseClaims(_ bytes: [UInt8], header: String?, into claims: inout [String: Set<UInt64>]) {
        HashLines.parse(bytes, header: header) { path, hash in
            if isValid(path) { claims[path, default: []].insert(hash) }
        }
    }

    private static func makeDirectory(_ name: String, in parent: Int32, display: String) throws -> Int32 {
        if mkdirat(parent, name, 0o755) != 0, errno != EEXIST {
            throw OwnedFolderError.cannotWrite("\(display)/\(name)", reason: reason())
        }
        let fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let why =
                errno == ELOOP || errno == ENOTDIR ? "it is not a folder Rolebook made (a link or a file)" : reason()
            throw OwnedFolderError.cannotWrite("\(display)/\(name)", reason: why)
        }
        return fd
    }

    private static func removeEntries(of folder: Int32) {
        for entry in entries(of: folder) ?? [] { unlinkat(folder, entry.name, 0) }
    }

    /// A folder's entries but `.` and `..`, each with the type `readdir` gives; nil when it cannot be listed.
    private static func entries(of folder: Int32) -> [(name: String, type: UInt8)]? {
        let copy = dup(folder)
        guard copy >= 0, let stream = fdopendir(copy) else { return nil }
        defer { closedir(stream) }
        // The copy shares its position with the folder's descriptor, which may have been read before.
        rewinddir(stream)
        return FolderEntries.read(stream)
    }

    /// The names of the regular files in a folder (links and folders left out); nil when it cannot be listed.
    private static func regularFiles(in folder: Int32) -> Set<String>? {
        guard let entries = entries(of: folder) else { return nil }
        var files: Set<String> = []
        for entry in entries {
            var type = entry.type
            // Some file systems do not say: then ask, without following a link.
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard fstatat(folder, entry.name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFREG { type = UInt8(DT_REG) }
            }
            if type == UInt8(DT_REG) { files.insert(entry.name) }
        }
        return files
    }

    private static func read(_ name: String, in parent: Int32) -> [UInt8]? {
        let fd = openat(parent, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        let complete = bytes.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        return complete ? bytes : nil
    }

    /// Writes the whole buffer, however many calls it takes; false on an error.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}

/// Why an owned folder could not be opened or written.
enum OwnedFolderError: Error, CustomStringConvertible {
    case cannotOpen(String, reason: String)
    case cannotWrite(String, reason: String)
    case unplanned(String)

    var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .unplanned(let path): "internal error: \(path) was written without being checked first"
        }
    }
}

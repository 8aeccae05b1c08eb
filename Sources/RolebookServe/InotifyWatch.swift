#if os(Linux)
    import Foundation
    import Glibc

    /// The Linux watcher: one inotify watch per folder under the watched folders (never per file),
    /// plus one on the site root so that a watched folder made, removed or renamed later is noticed.
    /// Folders made inside are watched as they appear. Names starting with a dot are skipped, as
    /// `SourceTree` skips them: an editor's swap file is not content.
    ///
    /// Links are not followed (`IN_DONT_FOLLOW`): `SourceTree` does not descend into linked
    /// folders either. A file that is a link is read through by the build, but a change to the
    /// file it points at is not seen here; saving the link's own folder's files is.
    struct InotifyWatch: Sendable {
        let descriptor: Int32
        let root: String
        let folders: Set<String>
        /// Watch descriptor → folder path relative to the root ("" for the root itself).
        private var watched: [Int32: String] = [:]

        private static let rootMask = UInt32(
            IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR | IN_DONT_FOLLOW)
        private static let folderMask = UInt32(
            IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK)

        init(root: String, folders: [String]) throws {
            descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
            guard descriptor >= 0 else {
                throw SourceWatcherError.cannotWatch(reason: "inotify: \(String(cString: strerror(errno)))")
            }
            self.root = root
            self.folders = Set(folders)
            let rootWatch = inotify_add_watch(descriptor, root, Self.rootMask)
            if rootWatch >= 0 { watched[rootWatch] = "" }
            for folder in folders { watchTree(folder) }
        }

        /// How many folders are watched: one inotify watch each.
        var count: Int { watched.count }

        func close() { _ = Glibc.close(descriptor) }

        /// Reads events until `stop` is readable (or closed); each burst of changes goes to
        /// `report` once no event came for `quietPeriod`, or after two seconds of a writer that never pauses.
        mutating func run(stop: Int32, quietPeriod: Duration, report: (SourceChange) -> Void) {
            let quiet = Int32(
                quietPeriod.components.seconds * 1000 + quietPeriod.components.attoseconds / 1_000_000_000_000_000)
            var pending: Set<String> = []
            var burstStart = ContinuousClock.now
            while true {
                var descriptors = [
                    pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: stop, events: Int16(POLLIN), revents: 0),
                ]
                let ready = poll(&descriptors, 2, pending.isEmpty ? -1 : quiet)
                if ready < 0, errno == EINTR { continue }
                guard ready >= 0, descriptors[1].revents == 0 else { return }
                if ready == 0 || ContinuousClock.now - burstStart > .seconds(2) {
                    if !pending.isEmpty { report(SourceChange(paths: pending.sorted())) }
                    pending = []
                }
                if descriptors[0].revents & Int16(POLLIN) != 0 {
                    let changed = readEvents()
                    if pending.isEmpty, !changed.isEmpty { burstStart = .now }
                    pending.formUnion(changed)
                }
            }
        }

        // MARK: - Events

        /// Drains the queue; the paths whose change matters to a build.
        private mutating func readEvents() -> [String] {
            var changed: [String] = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { return changed }
                var offset = 0
                // Each event: wd (Int32), mask (UInt32), cookie (UInt32), len (UInt32), then a
                // NUL-padded name of len bytes.
                while offset + 16 <= count {
                    let (wd, mask, length) = buffer.withUnsafeBytes {
                        (
                            $0.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                            $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                            Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        )
                    }
                    let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset += 16 + length
                    changed += handle(wd: wd, mask: mask, name: name)
                }
            }
        }

        private mutating func handle(wd: Int32, mask: UInt32, name: String) -> [String] {
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: watch every folder again (new ones included) and rebuild.
                for folder in folders { watchTree(folder) }
                return folders.sorted()
            }
            if mask & UInt32(IN_IGNORED) != 0 {
                watched[wd] = nil
                return []
            }
            guard let folder = watched[wd] else { return [] }
            let isFolder = mask & UInt32(IN_ISDIR) != 0
            let appeared = mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
            let went = mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0
            if folder.isEmpty {
                guard folders.contains(name) else { return [] }
                if isFolder, appeared { watchTree(name) }
                if went { unwatchTree(name) }
                return [name]
            }
            if name.isEmpty { return [folder] }  // the folder itself went
            guard !name.hasPrefix(".") else { return [] }
            let path = folder + "/" + name
            if isFolder, appeared { watchTree(path) }
            if isFolder, went { unwatchTree(path) }
            return [path]
        }

        // MARK: - Watches

        /// Watches `relative` and every folder under it that does not start with a dot.
        private mutating func watchTree(_ relative: String) {
            let path = root + "/" + relative
            let wd = inotify_add_watch(descriptor, path, Self.folderMask)
            guard wd >= 0 else { return }
            watched[wd] = relative
            guard let listing = opendir(path) else { return }
            defer { closedir(listing) }
            var subfolders: [String] = []
            while let entry = readdir(listing) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let type = entry.pointee.d_type
                if type == UInt8(DT_DIR) {
                    subfolders.append(name)
                } else if type == UInt8(DT_UNKNOWN) {
                    var status = stat()
                    if lstat(path + "/" + name, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                        subfolders.append(name)
                    }
                }
            }
            for name in subfolders { watchTree(relative + "/" + name) }
        }

        /// Stops watching a folder that went (moved away or deleted) and everything under it; if
        /// it was only renamed inside the tree, its new name is watched again as it appears.
        private mutating func unwatchTree(_ relative: String) {
            for (wd, path) in watched where path == relative || path.hasPrefix(relative + "/") {
                inotify_rm_watch(descriptor, wd)
                watched[wd] = nil
            }
        }
    }
#endif

import Foundation
import RolebookCore

#if canImport(Glibc)
    import Glibc
#endif

/// Lists and reads the content folder: the pipeline's first stage and the only one that reads disk.
package struct SourceTree: Sendable {
    /// The site root: the folder that holds `content/`.
    package var root: URL
    package var contentFolder: String

    package init(root: URL, contentFolder: String = "content") {
        self.root = root
        self.contentFolder = contentFolder
    }

    /// Every file under `content/`, sorted by path so loading order never depends on the file system.
    ///
    /// Throws only when there is no content folder. A file that cannot be read, or is not UTF-8,
    /// comes back with its ``SourceFile/problem`` set, so that every other file is still checked.
    package func scan() throws -> [SourceFile] {
        let start = FileSignature.now()
        return try entries().map { entry in
            // A link is read through (a link to a folder or to nothing fails to read, and says so);
            // a pipe or device is never opened, since reading it could wait forever.
            guard entry.readable else {
                return SourceFile(
                    path: entry.path, text: "",
                    problem: .error(
                        "not a regular file (a pipe, socket or device): content files are read whole",
                        at: SourceLocation(path: entry.path)))
            }
            // Taken before the read: a write after it changes the signature the next build sees.
            let signature = FileSignature.of(entry.url.path)
            var file = Self.read(entry.url, as: entry.path)
            if file.problem == nil, let signature, signature.isSettled(before: start) { file.signature = signature }
            return file
        }
    }

    /// Every file under `content/` with its signature, without reading any: what an unchanged
    /// rebuild compares with the last build's. Nil for a file `stat` cannot read, or that is not
    /// a regular file.
    package func signatures() throws -> [String: FileSignature?] {
        var signatures: [String: FileSignature?] = [:]
        for entry in try entries() { signatures[entry.path] = entry.readable ? FileSignature.of(entry.url.path) : nil }
        return signatures
    }

    /// One file, by its path from the root (`content/site.yaml`), read as ``scan()`` reads it.
    package func read(_ path: String) -> SourceFile { Self.read(root.appendingPathComponent(path), as: path) }

    /// The files under `content/`, sorted by path, with whether each may be read (a regular file,
    /// or a link, which is read through and never descended into). Names that start with a dot
    /// are left out. Listed with `readdir`, whose entries carry their type: Foundation's
    /// enumerator asks for each file's properties one by one, a tenth of an unchanged rebuild.
    private func entries() throws -> [(url: URL, path: String, readable: Bool)] {
        let base = root.appendingPathComponent(contentFolder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SourceTreeError.contentFolderMissing(path: base.path)
        }
        var entries: [(url: URL, path: String, readable: Bool)] = []
        let rootPath = root.standardizedFileURL.path
        var folders = [base.standardizedFileURL.path]
        while let folder = folders.popLast() {
            guard let stream = opendir(folder) else { continue }
            defer { closedir(stream) }
            for (name, listedType) in FolderEntries.read(stream) {
                let full = folder + "/" + name
                var type = Int(listedType)
                if type == DT_UNKNOWN {
                    var info = stat()
                    guard lstat(full, &info) == 0 else { continue }
                    type =
                        switch info.st_mode & S_IFMT {
                        case S_IFDIR: DT_DIR
                        case S_IFREG: DT_REG
                        case S_IFLNK: DT_LNK
                        default: DT_UNKNOWN
                        }
                }
                // Hidden folders are still walked, as before: only hidden names are left out.
                if type == DT_DIR {
                    folders.append(full)
                    continue
                }
                if name.hasPrefix(".") { continue }
                let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : full
                entries.append((URL(fileURLWithPath: full), relative, type == DT_REG || type == DT_LNK))
            }
        }
        return entries.sorted { $0.path < $1.path }
    }

    static func read(_ url: URL, as path: String) -> SourceFile {
        do {
            return decode(try Data(contentsOf: url), path: path)
        } catch {
            // Foundation's errors for these differ by platform and say little; the file system says why.
            var isDirectory: ObjCBool = false
            let reason =
                if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                    "it is a link to a file that does not exist"
                } else if isDirectory.boolValue {
                    "it is a link to a folder"
                } else if !FileManager.default.isReadableFile(atPath: url.path) {
                    "permission denied"
                } else {
                    error.localizedDescription
                }
            return SourceFile(
                path: path, text: "", problem: .error("cannot read the file: \(reason)", at: SourceLocation(path: path))
            )
        }
    }

    /// The file's text; when it is not UTF-8, a problem at the first byte that does not decode.
    /// A byte order mark is an encoding label, not text, and is dropped.
    package static func decode(_ data: Data, path: String) -> SourceFile {
        if var text = String(data: data, encoding: .utf8) {
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            return SourceFile(path: path, text: text)
        }
        var line = 1
        var column = 1
        var offset = 0
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        guard offset < data.count else { return SourceFile(path: path, text: String(decoding: data, as: UTF8.self)) }
        let hex = String(data[data.startIndex + offset], radix: 16, uppercase: true)
        return SourceFile(
            path: path, text: String(decoding: data, as: UTF8.self),
            problem: .error(
                "the file is not UTF-8 text: byte 0x\(hex.count < 2 ? "0" : "")\(hex) does not decode; save the file as UTF-8",
                at: SourceLocation(path: path, line: line, column: column)))
    }
}

/// Why the content folder could not be read; told as `<path>: <reason>`, as the command line prints it.
package enum SourceTreeError: Error, Equatable, CustomStringConvertible {
    case contentFolderMissing(path: String)

    package var description: String {
        switch self {
        case .contentFolderMissing(let path): "\(path): no such folder (the site's content is read from it)"
        }
    }
}

import Foundation

/// Lists and reads the content folder: the pipeline's first stage and the only one that reads disk.
public struct SourceTree: Sendable {
    /// The site root: the folder that holds `content/`.
    public var root: URL
    public var contentFolder: String

    public init(root: URL, contentFolder: String = "content") {
        self.root = root
        self.contentFolder = contentFolder
    }

    /// Every regular file under `content/`, sorted by path so loading order never depends on the file system.
    public func scan() throws -> [SourceFile] {
        let base = root.appendingPathComponent(contentFolder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SourceTreeError.contentFolderMissing(path: base.path)
        }
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        else { throw SourceTreeError.contentFolderMissing(path: base.path) }
        var files: [SourceFile] = []
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            if url.lastPathComponent.hasPrefix(".") { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : full
            guard let data = FileManager.default.contents(atPath: full) else {
                throw SourceTreeError.unreadable(path: relative)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw SourceTreeError.notUTF8(path: relative)
            }
            files.append(SourceFile(path: relative, text: text))
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// Why the content folder could not be read.
public enum SourceTreeError: Error, Equatable, CustomStringConvertible {
    case contentFolderMissing(path: String)
    case unreadable(path: String)
    case notUTF8(path: String)

    public var description: String {
        switch self {
        case let .contentFolderMissing(path): "no content folder at \(path)"
        case let .unreadable(path): "\(path): cannot be read"
        case let .notUTF8(path): "\(path): is not UTF-8 text"
        }
    }
}

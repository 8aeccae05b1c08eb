#if canImport(Glibc)
    import Glibc
#endif

/// The entries of an open folder, read with `readdir`, whose entries carry their type: listing a
/// folder this way costs one call per few dozen entries, where asking for each file's properties
/// costs one per file. Used to list `content/` and the folders Rolebook writes.
package enum FolderEntries {
    /// Every entry but `.` and `..`, each with the type `readdir` gives (`DT_REG`, `DT_DIR`,
    /// `DT_LNK`, …, or `DT_UNKNOWN` where the file system does not say), from where the stream is.
    package static func read(_ stream: OpaquePointer) -> [(name: String, type: UInt8)] {
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != ".", name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        return entries
    }
}

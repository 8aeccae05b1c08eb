import Foundation
import RolebookCore
import ZIPFoundation

/// Zips a bundle in memory, entries sorted and dated with the data's as-of date, so the same bundle
/// gives the same zip (its PDFs aside, which Chromium dates). The caller writes the bytes into the
/// owned bundles folder like any other file.
enum BundleZip {
    static func make(files: [(path: String, bytes: [UInt8])], date: Day) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = Date(timeIntervalSince1970: TimeInterval(date.ordinal) * 86_400 + 43_200)
        for (path, bytes) in files.sorted(by: { $0.path < $1.path }) {
            let data = Data(bytes)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }
}

import Foundation
import RolebookCore
import ZIPFoundation

/// Zips a bundle folder, entries sorted and dated with the data's as-of date, so the same bundle
/// gives the same zip (its PDFs aside, which Chromium dates).
enum BundleZip {
    static func write(folder: URL, files: [String], to zip: URL, date: Day) throws {
        let temporary = zip.deletingLastPathComponent().appendingPathComponent(".\(zip.lastPathComponent).rolebook-tmp")
        try? FileManager.default.removeItem(at: temporary)
        let archive = try Archive(url: temporary, accessMode: .create)
        let stamp = Date(timeIntervalSince1970: TimeInterval(date.ordinal) * 86_400 + 43_200)
        for path in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        if FileManager.default.fileExists(atPath: zip.path) { try FileManager.default.removeItem(at: zip) }
        try FileManager.default.moveItem(at: temporary, to: zip)
    }
}

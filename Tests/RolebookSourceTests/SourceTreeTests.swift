import Foundation
import RolebookCore
import RolebookSource
import RolebookTestSupport
import Testing

/// Reading `content/` from disk: files that cannot be read as text are located problems, never a
/// stop, and every other file is still checked.
@Suite struct SourceTreeTests {
    static let site = Data("title: T\nas_of: 2026-01-10\n".utf8)

    /// A site root with the given files under `content/`.
    func site(_ files: [String: Data]) throws -> URL {
        let root = try TestPaths.temporaryFolder("source-tree")
        for (path, data) in files.merging(["site.yaml": Self.site], uniquingKeysWith: { a, _ in a }) {
            let url = root.appendingPathComponent("content/\(path)")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return root
    }

    func diagnostics(at root: URL) throws -> [String] {
        let files = try SourceTree(root: root).scan()
        return ModelResolver().resolve(ContentLoader().load(files)).diagnostics.map(\.description)
    }

    @Test func fileThatIsNotUTF8IsLocatedAtItsFirstBadByteAndTheOthersAreStillChecked() throws {
        // "é" in Latin-1 (0xE9) on line 2, after "name: Ren" (nine characters, one of them "ü" in UTF-8).
        var latin1 = Data("id: r\nname: Rün".utf8)
        latin1 += Data([0xE9]) + Data(" Roux\ncontracts: []\n".utf8)
        let root = try site([
            "companies/latin1.yaml": latin1,
            "resellers/r.yaml": Data("id: r\nname: R\ncolour: red\ncontacts: [{purpose: sales, phone: '1'}]\n".utf8),
        ])
        #expect(
            try diagnostics(at: root) == [
                "content/companies/latin1.yaml:2:10: error: the file is not UTF-8 text: byte 0xE9 does not decode; save the file as UTF-8",
                "content/resellers/r.yaml:3:1: error: unknown key 'colour' in reseller (known keys: account_number, contacts, id, name)",
            ])
    }

    @Test func byteOrderMarkIsAcceptedInYAMLAndJSON() throws {
        let bom = Data([0xEF, 0xBB, 0xBF])
        let root = try site([
            "resellers/a.yaml": bom + Data("id: a\nname: A\ncontacts: [{purpose: sales, phone: '1'}]\n".utf8),
            "resellers/b.json": bom
                + Data(#"{"id": "b", "name": "B", "contacts": [{"purpose": "sales", "phone": "1"}]}"#.utf8),
        ])
        #expect(try diagnostics(at: root) == [])
        let files = try SourceTree(root: root).scan()
        #expect(files.allSatisfy { !$0.text.hasPrefix("\u{FEFF}") && $0.problem == nil })
        let content = ContentLoader().load(files)
        #expect(content.resellers.map(\.id).sorted() == ["a", "b"])
    }

    @Test func brokenLinkAndLinkToAFolderAreReportedAndALinkToAFileIsRead() throws {
        let root = try site([
            "resellers/real.yaml": Data("id: real\nname: Real\ncontacts: [{purpose: sales, phone: '1'}]\n".utf8)
        ])
        let content = root.appendingPathComponent("content")
        let manager = FileManager.default
        try manager.createDirectory(at: content.appendingPathComponent("companies"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(
            atPath: content.appendingPathComponent("companies/gone.yaml").path,
            withDestinationPath: "/nonexistent/gone.yaml")
        try manager.createSymbolicLink(
            atPath: content.appendingPathComponent("resellers/folder.yaml").path, withDestinationPath: content.path)
        try manager.createSymbolicLink(
            atPath: content.appendingPathComponent("resellers/alias.yml").path,
            withDestinationPath: content.appendingPathComponent("resellers/real.yaml").path)
        let found = try diagnostics(at: root)
        #expect(
            found.contains(
                "content/companies/gone.yaml:1:1: error: cannot read the file: it is a link to a file that does not exist"
            ))
        #expect(
            found.contains("content/resellers/folder.yaml:1:1: error: cannot read the file: it is a link to a folder"))
        // The link is read like a file: its reseller is there twice.
        #expect(
            found.contains(
                "content/resellers/real.yaml:1:1: error: duplicate reseller id 'real'\ncontent/resellers/alias.yml:1:1: note: 'real' is first defined here"
            ))
        #expect(found.count == 3)
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func fileWithoutReadPermissionIsReported() throws {
        let root = try site(["companies/secret.yaml": Data("id: s\n".utf8)])
        let path = root.appendingPathComponent("content/companies/secret.yaml").path
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        #expect(
            try diagnostics(at: root) == [
                "content/companies/secret.yaml:1:1: error: cannot read the file: permission denied"
            ])
    }

    @Test func pipeIsReportedWithoutBeingOpened() throws {
        let root = try site([:])
        let path = root.appendingPathComponent("content/companies/pipe.yaml").path
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        #expect(mkfifo(path, 0o644) == 0)
        // Opening a pipe with no writer would block: finishing at all is the first half of the test.
        #expect(
            try diagnostics(at: root) == [
                "content/companies/pipe.yaml:1:1: error: not a regular file (a pipe, socket or device): content files are read whole"
            ])
    }

    @Test func onlyAMissingContentFolderStopsTheScan() throws {
        let root = try TestPaths.temporaryFolder("source-tree")
        #expect(throws: SourceTreeError.contentFolderMissing(path: root.appendingPathComponent("content").path)) {
            try SourceTree(root: root).scan()
        }
    }
}

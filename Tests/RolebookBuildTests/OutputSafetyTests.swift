import Foundation
import RolebookBuild
import RolebookTestSupport
import Testing

/// The output-folder contract, tried as a hostile tester would: links planted in the output,
/// foreign files in the way, a tampered manifest, folders that overlap the sources. Each test
/// snapshots the trees around the output before and after, and checks that nothing there changed.
@Suite struct OutputSafetyTests {
    /// A copy of the sample site in `sandbox/site`, and `sandbox/outside` with a file to protect.
    struct Sandbox {
        let folder: URL
        var site: URL { folder.appendingPathComponent("site") }
        var output: URL { site.appendingPathComponent("output") }
        var outside: URL { folder.appendingPathComponent("outside") }

        init() throws {
            folder = try TestPaths.temporaryFolder("safety")
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("site"), withIntermediateDirectories: true)
            for source in ["content", "themes"] {
                try FixtureTree.copy(source, into: folder.appendingPathComponent("site"))
            }
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("outside"), withIntermediateDirectories: true)
            try "precious".write(
                to: folder.appendingPathComponent("outside/victim.html"), atomically: false, encoding: .utf8)
        }

        /// The sample built once for the whole suite: each test that starts from a clean build
        /// copies its output (manifest and state included) instead of building again.
        static let cleanBuild = Task { () async throws -> URL in
            let box = try Sandbox()
            let report = try await box.build()
            guard report.succeeded else { throw CocoaError(.featureUnsupported) }
            return box.output
        }

        func startFromACleanBuild() async throws {
            try FileManager.default.copyItem(at: try await Self.cleanBuild.value, to: output)
        }

        func build(_ configure: (inout BuildOptions) -> Void = { _ in }) async throws -> BuildReport {
            var options = BuildOptions(root: site, output: output)
            configure(&options)
            return try await SiteBuilder(options: options).build()
        }

        /// Everything but the output folder: the sources and the outside folder.
        func surroundings() -> [TreeSnapshot] {
            [
                TreeSnapshot(of: outside), TreeSnapshot(of: site.appendingPathComponent("content")),
                TreeSnapshot(of: site.appendingPathComponent("themes")),
            ]
        }

        func edit(_ relative: String, _ change: (String) -> String) throws {
            let url = site.appendingPathComponent(relative)
            let text = try String(contentsOf: url, encoding: .utf8)
            let edited = change(text)
            #expect(edited != text, "the edit changed nothing in \(relative)")
            try edited.write(to: url, atomically: false, encoding: .utf8)
        }

        func text(_ relative: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(relative), encoding: .utf8)
        }
    }

    func messages(_ report: BuildReport) -> String { report.diagnostics.map(\.description).joined(separator: "\n") }

    @Test func aLinkAtAPagesNameIsNeverWrittenThrough() async throws {
        let box = try Sandbox()
        try await box.startFromACleanBuild()
        let page = box.output.appendingPathComponent("people/ben-adler.html")
        try FileManager.default.removeItem(at: page)
        try FileManager.default.createSymbolicLink(
            at: page, withDestinationURL: box.outside.appendingPathComponent("victim.html"))
        try box.edit("content/site.yaml") { $0.replacingOccurrences(of: "title: ", with: "title: New ") }
        let before = box.surroundings()
        let outputBefore = TreeSnapshot(of: box.output)

        let report = try await box.build()
        #expect(!report.succeeded)
        #expect(messages(report).contains("people/ben-adler.html is a symbolic link, and Rolebook never follows links"))
        #expect(box.surroundings() == before)
        #expect(TreeSnapshot(of: box.output).changes(since: outputBefore).isEmpty, "a refused build writes nothing")

        // --force replaces the link itself, never what it points to.
        let forced = try await box.build { $0.force = true }
        #expect(forced.succeeded)
        #expect(box.surroundings()[0] == before[0])
        #expect(try box.text("people/ben-adler.html").contains("Ben Adler"))
    }

    @Test func aLinkedFolderInsideTheOutputIsNeitherWrittenNorCleanedThrough() async throws {
        let box = try Sandbox()
        try await box.startFromACleanBuild()
        // The people folder now lives outside, behind a link; sam's page there must survive the
        // build that no longer has a page for him.
        let moved = box.outside.appendingPathComponent("people")
        try FileManager.default.moveItem(at: box.output.appendingPathComponent("people"), to: moved)
        try FileManager.default.createSymbolicLink(
            at: box.output.appendingPathComponent("people"), withDestinationURL: moved)
        try box.edit("content/companies/larkspur-studio.yaml") {
            $0.replacingOccurrences(of: "end: 2027-03-14", with: "end: 2027-04-14")
        }
        let before = box.surroundings()
        let movedBefore = TreeSnapshot(of: moved)

        let report = try await box.build()
        #expect(!report.succeeded)
        #expect(messages(report).contains("output/people is a symbolic link where Rolebook needs a folder of its own"))
        #expect(box.surroundings() == before)
        #expect(TreeSnapshot(of: moved) == movedBefore)
        // Not even --force follows a linked folder.
        #expect(try await !box.build { $0.force = true }.succeeded)
        #expect(TreeSnapshot(of: moved) == movedBefore)
    }

    @Test func aTamperedManifestDeletesNothingButRolebooksOwnFiles() async throws {
        let box = try Sandbox()
        try await box.startFromACleanBuild()
        try "mine".write(to: box.output.appendingPathComponent("people/notes.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: box.output.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try "mine".write(to: box.output.appendingPathComponent("mine/a.txt"), atomically: false, encoding: .utf8)
        let manifest = box.output.appendingPathComponent(".rolebook/manifest")
        let planted = [
            "people", ".", "..", "../content/site.yaml", "people/notes.txt", "mine", "mine/a.txt",
            "/etc/hostname", "../../outside/victim.html", "people/../../outside/victim.html", "", "garbage line",
        ]
        let forged = planted.map { "0000000000000000 \($0)" } + ["ffffffffffffffff people/notes.txt"]
        try (String(contentsOf: manifest, encoding: .utf8) + forged.joined(separator: "\n") + "\n")
            .write(to: manifest, atomically: false, encoding: .utf8)
        try box.edit("content/site.yaml") { $0.replacingOccurrences(of: "title: ", with: "title: New ") }
        let before = box.surroundings()

        let report = try await box.build()
        #expect(report.succeeded, "\(messages(report))")
        #expect(report.removed == 0)
        #expect(box.surroundings() == before)
        #expect(try box.text("people/notes.txt") == "mine")
        #expect(try box.text("mine/a.txt") == "mine")
        #expect(FileManager.default.fileExists(atPath: box.output.appendingPathComponent("people/index.html").path))
    }

    @Test func aUsersOwnFileInTheWayIsAnErrorUnlessForced() async throws {
        let box = try Sandbox()
        try FileManager.default.createDirectory(at: box.output, withIntermediateDirectories: true)
        try "my own home page".write(
            to: box.output.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: box.output.appendingPathComponent("guides/index.html"), withIntermediateDirectories: true)
        let report = try await box.build()
        #expect(!report.succeeded)
        let text = messages(report)
        #expect(
            text.contains(
                "/output/index.html was not written by Rolebook (or was changed since): move it away, or pass --force"))
        #expect(text.contains("/output/guides/index.html is a folder where Rolebook writes a file: move it away"))
        #expect(TestPaths.files(under: box.output) == ["index.html"], "nothing was written")
        #expect(try box.text("index.html") == "my own home page")

        // --force takes files over, never folders.
        #expect(try await !box.build { $0.force = true }.succeeded)
        try FileManager.default.removeItem(at: box.output.appendingPathComponent("guides/index.html"))
        #expect(try await box.build { $0.force = true }.succeeded)
        #expect(try box.text("index.html").contains("<!DOCTYPE html>"))
    }

    @Test func aPageTheUserChangedIsKeptWhenItIsNoLongerBuilt() async throws {
        let box = try Sandbox()
        try await box.startFromACleanBuild()
        try "annotated by hand".write(
            to: box.output.appendingPathComponent("contracts/larkspur-design/user.html"), atomically: false,
            encoding: .utf8)
        // larkspur-design's role set no longer matters: drop the whole company.
        try FileManager.default.removeItem(
            at: box.site.appendingPathComponent("content/companies/larkspur-studio.yaml"))
        try box.edit("content/contacts.yaml") { $0 + "\n" }
        let report = try await box.build()
        #expect(report.succeeded, "\(messages(report))")
        #expect(report.kept == ["contracts/larkspur-design/user.html"])
        #expect(try box.text("contracts/larkspur-design/user.html") == "annotated by hand")
        #expect(
            !FileManager.default.fileExists(
                atPath: box.output.appendingPathComponent("contracts/larkspur-design.html").path))
    }

    @Test(arguments: [
        ("site root", "."), ("content", "content"), ("inside content", "content/generated"),
        ("themes", "themes/default"),
        ("above the root", ".."),
    ])
    func anOutputAmongTheSourcesIsRefusedBeforeAnythingIsRead(_ what: String, _ relative: String) async throws {
        let box = try Sandbox()
        let before = TreeSnapshot(of: box.folder)
        let report = try await SiteBuilder(
            options: BuildOptions(root: box.site, output: box.site.appendingPathComponent(relative).standardizedFileURL)
        ).build()
        #expect(!report.succeeded, "--output at \(what)")
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.message.hasPrefix("--output ") == true)
        #expect(TreeSnapshot(of: box.folder) == before)
    }

    @Test func fragmentsOrBundlesInsideTheOutputAreRefused() async throws {
        let box = try Sandbox()
        try await box.startFromACleanBuild()
        let before = TreeSnapshot(of: box.folder)
        let fragments = try await box.build {
            $0.fragments = box.output
            $0.bundles = box.outside.appendingPathComponent("b")
        }
        #expect(
            messages(fragments)
                == "error: --output and --fragments overlap: each needs a folder of its own, outside the other")
        let bundles = try await box.build { $0.bundles = box.output.appendingPathComponent("bundles") }
        #expect(
            messages(bundles)
                == "error: --output and --bundles overlap: each needs a folder of its own, outside the other")
        // A link is resolved before folders are compared: another name for the output is the output.
        let alias = box.folder.appendingPathComponent("alias")
        try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: box.output)
        let linked = try await box.build { $0.fragments = alias }
        #expect(!linked.succeeded)
        try FileManager.default.removeItem(at: alias)
        #expect(TreeSnapshot(of: box.folder) == before)
    }

    @Test func aLinkPlantedAsRolebooksControlFolderIsRefused() async throws {
        let box = try Sandbox()
        try await box.startFromACleanBuild()
        let control = box.output.appendingPathComponent(".rolebook")
        try FileManager.default.removeItem(at: control)
        try FileManager.default.createSymbolicLink(at: control, withDestinationURL: box.outside)
        try box.edit("content/site.yaml") { $0.replacingOccurrences(of: "title: ", with: "title: New ") }
        let before = box.surroundings()
        await #expect(throws: (any Error).self) { try await box.build() }
        do {
            _ = try await box.build()
        } catch {
            #expect("\(error)".hasSuffix("/output/.rolebook: it is not a folder Rolebook made (a link or a file)"))
        }
        #expect(box.surroundings() == before)
    }

    @Test func fragmentsAndBundlesFoldersKeepTheSameRules() async throws {
        let box = try Sandbox()
        let fragments = box.folder.appendingPathComponent("fragments")
        let bundles = box.folder.appendingPathComponent("bundles")
        #expect(
            try await box.build {
                $0.fragments = fragments
                $0.bundles = bundles
            }.succeeded)
        // A link at a bundle's zip, a foreign file at a fragment: refused, before anything is written.
        let zip = bundles.appendingPathComponent("harbor-civil.zip")
        try FileManager.default.removeItem(at: zip)
        try FileManager.default.createSymbolicLink(
            at: zip, withDestinationURL: box.outside.appendingPathComponent("victim.html"))
        try "mine".write(
            to: fragments.appendingPathComponent("people/renata-vogel.html"), atomically: false, encoding: .utf8)
        let before = [TreeSnapshot(of: box.outside), TreeSnapshot(of: fragments), TreeSnapshot(of: bundles)]
        let report = try await box.build {
            $0.fragments = fragments
            $0.bundles = bundles
        }
        #expect(!report.succeeded)
        #expect(messages(report).contains("/bundles/harbor-civil.zip is a symbolic link"))
        #expect(messages(report).contains("/fragments/people/renata-vogel.html was not written by Rolebook"))
        #expect([TreeSnapshot(of: box.outside), TreeSnapshot(of: fragments), TreeSnapshot(of: bundles)] == before)
    }

    @Test func theOutputFolderMayItselfBeALink() async throws {
        let box = try Sandbox()
        let real = box.folder.appendingPathComponent("published")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: box.output, withDestinationURL: real)
        #expect(try await box.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("index.html").path))
    }

    @Test func leftoversOfAnInterruptedBuildAreClearedAndItsStateIsNotTrusted() async throws {
        let box = try Sandbox()
        try await box.startFromACleanBuild()
        let clean = TreeSnapshot(of: box.output)
        // What a build killed mid-way leaves: a temporary file, a page with abandoned content that
        // its journal records, and the previous build's state, which no longer describes the disk.
        let control = box.output.appendingPathComponent(".rolebook")
        try "half a page".write(to: control.appendingPathComponent("tmp/5F2C"), atomically: false, encoding: .utf8)
        let page = box.output.appendingPathComponent("index.html")
        let abandoned = "<!DOCTYPE html><p>abandoned</p>"
        try abandoned.write(to: page, atomically: false, encoding: .utf8)
        let hash = String(format: "%016llx", ContentHash.of(Array(abandoned.utf8)))
        // And folders it made for pages it never wrote (a company since removed), beside a user's own
        // empty folder, which is not Rolebook's to remove.
        for folder in ["contracts/ghost-k1", "contracts/ghost-k1/inner", "mine"] {
            try FileManager.default.createDirectory(
                at: box.output.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try "\(hash) index.html\nfolder contracts/ghost-k1\nfolder contracts/ghost-k1/inner\n"
            .write(to: control.appendingPathComponent("journal"), atomically: false, encoding: .utf8)

        let report = try await box.build()
        #expect(report.succeeded)
        #expect(report.rendered == report.pages, "an interrupted build's state is not trusted")
        #expect(
            TreeSnapshot(of: box.output).changes(since: clean).filter { !$0.hasPrefix(".rolebook/") } == [
                "mine: absent → folder"
            ])
        #expect(
            TestPaths.files(under: control).sorted() == ["diagnostics.txt", "lock", "manifest", "pages", "state.json"])
    }
}

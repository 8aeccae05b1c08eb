import Foundation
import RolebookTestSupport
import Testing

@testable import RolebookBuild

/// The long-lived browsers that print PDFs, with a real headless Chromium: they print page after
/// page, a hung or crashed one is an error naming the page (never a hang), and nothing of theirs
/// is left running.
@Suite struct ChromiumPrinterTests {
    let page = Array("<!doctype html><title>t</title><style>@page { size: A4 }</style><p>Hello, PDF</p>".utf8)

    func chromium() throws -> URL { try Tools.tool("chromium", install: "apt-get install -y chromium") }

    @Test func aHungOrCrashedBrowserIsAnErrorNamingThePage() throws {
        var browser = try ChromiumBrowser.launch(try chromium(), timeout: .seconds(60))
        let first = try? browser.printPDF(page, name: "packets/first.html")
        #expect(first?.starts(with: Array("%PDF-".utf8)) == true)

        // Stopped: it answers nothing, and the print gives up when its time is up.
        browser.timeout = .seconds(1)
        kill(-browser.pid, SIGSTOP)
        let started = ContinuousClock.now
        #expect {
            try browser.printPDF(page, name: "packets/hung.html")
        } throws: { error in
            "\(error)" == "Chromium did not print packets/hung.html to PDF within 1 s; it was stopped"
        }
        #expect(ContinuousClock.now - started < .seconds(10))

        // Killed, as a crash would: its end of the pipe closes, and the next print says so.
        kill(-browser.pid, SIGKILL)
        browser.timeout = .seconds(30)
        #expect {
            try browser.printPDF(page, name: "packets/crashed.html")
        } throws: { error in
            "\(error)"
                == "Chromium stopped while printing packets/crashed.html to PDF (it exited or crashed); nothing else was printed"
        }
        browser.close()
        #expect(!FileManager.default.fileExists(atPath: browser.folder.path), "its private folder is removed")
    }

    @Test func browsersPrintPageAfterPageAndAreStoppedAtTheEnd() async throws {
        let printer = ChromiumPrinter(executable: try chromium(), workers: 2)
        let pdfs = try await printer.print((1...3).map { ("page-\($0).html", page) })
        #expect(pdfs.count == 3 && pdfs.allSatisfy { $0.starts(with: Array("%PDF-".utf8)) })
        let processes = printer.processIDs
        #expect(processes.count == 2, "one browser per worker, kept for the next print")

        // A page that cannot be read stops the print with its own error; the browsers stay.
        struct Unreadable: Error {}
        await #expect(throws: Unreadable.self) {
            _ = try await printer.print([ChromiumPrinter.Job(name: "gone.html") { throw Unreadable() }]) { _, pdf in
                pdf
            }
        }
        #expect(printer.processIDs.sorted() == processes.sorted())

        printer.close()
        for pid in processes { #expect(kill(pid, 0) == -1 && errno == ESRCH, "browser \(pid) still runs") }
        #expect(printer.processIDs.isEmpty)
    }
}

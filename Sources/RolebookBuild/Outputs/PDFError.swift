/// Why reports and packets were not printed. Each names the page, so that a browser that dies on
/// the 4,000th packet says which one.
enum PDFError: Error, CustomStringConvertible {
    case chromiumMissing
    /// Chromium could not be started, or did not answer as it started.
    case cannotStart(reason: String)
    /// The browser exited or crashed while printing the page (`page` is nil while it started).
    case stopped(page: String?)
    /// The browser did not answer within the time allowed.
    case timedOut(page: String?, seconds: Int)
    /// The browser answered, but with an error instead of a PDF.
    case failed(page: String, reason: String)

    var description: String {
        switch self {
        case .chromiumMissing:
            ChromiumPrinter.missingMessage
        case .cannotStart(let reason):
            "Chromium could not be started to print PDFs: \(reason)"
        case .stopped(let page?):
            "Chromium stopped while printing \(page) to PDF (it exited or crashed); nothing else was printed"
        case .stopped(nil):
            "Chromium stopped as it started, before printing any PDF (it exited or crashed)"
        case .timedOut(let page?, let seconds):
            "Chromium did not print \(page) to PDF within \(seconds) s; it was stopped"
        case .timedOut(nil, let seconds):
            "Chromium did not start within \(seconds) s; it was stopped"
        case .failed(let page, let reason):
            "Chromium could not print \(page) to PDF: \(reason)"
        }
    }
}

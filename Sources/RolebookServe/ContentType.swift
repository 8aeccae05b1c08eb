/// The `Content-Type` of each kind of file a build writes (and a few a theme may add), by
/// extension: browsers refuse a stylesheet served as anything but `text/css`, and the server
/// sends `nosniff`, so the type must be right rather than guessed by the browser.
package enum ContentType {
    package static let html = "text/html; charset=utf-8"

    private static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": "application/json",
        "csv": "text/csv; charset=utf-8",
        "ics": "text/calendar; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "xml": "application/xml",
        "pdf": "application/pdf",
        "zip": "application/zip",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
    ]

    /// The type of a file by its name; bytes of an unknown kind are offered as a download.
    package static func of(_ fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[fileName[fileName.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}

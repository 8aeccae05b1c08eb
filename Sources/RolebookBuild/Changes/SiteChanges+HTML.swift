import RolebookCore

extension SiteChanges {
    /// The changes as a page of its own, to publish beside the site or send round: every piece of
    /// data escaped, no script, no outside resource.
    package var html: String {
        let title = "Changes from \(old.source) (as of \(old.asOf)) to \(new.source) (as of \(new.asOf))"
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}"
                + "h2{margin-top:2rem;font-size:1.2rem}li{margin:.2rem 0}.kind{color:#666;font-size:.85em}</style>",
            "</head>", "<body>", "<h1>\(HTMLText.escape(title))</h1>",
        ]
        if companies.isEmpty { lines.append("<p>No changes.</p>") }
        for company in companies {
            lines.append("<h2 id=\"\(HTMLText.escape(company.id))\">\(HTMLText.escape(company.name))</h2>")
            lines.append("<ul>")
            for change in company.changes {
                lines.append(
                    "<li>\(HTMLText.escape(change.summary)) <span class=\"kind\">\(change.kind.rawValue)</span></li>")
            }
            lines.append("</ul>")
        }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }
}

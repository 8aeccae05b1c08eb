import RolebookCore

extension SiteChanges {
    /// The changes as a page of its own, to publish beside the site or send round: every piece of
    /// data escaped, no script, no outside resource; its words in `strings`' language.
    package func html(_ strings: Strings) -> String {
        let title = strings(.diffTitle, arguments: heading(strings))
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"\(HTMLText.escape(strings.code))\" dir=\"\(strings.direction.rawValue)\">",
            "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}"
                + "h2{margin-top:2rem;font-size:1.2rem}li{margin:.2rem 0}.kind{color:#666;font-size:.85em}</style>",
            "</head>", "<body>", "<h1>\(HTMLText.escape(title))</h1>",
        ]
        if companies.isEmpty { lines.append("<p>\(HTMLText.escape(strings(.diffNone)))</p>") }
        for company in companies {
            lines.append("<h2 id=\"\(HTMLText.escape(company.id))\">\(HTMLText.escape(company.name))</h2>")
            lines.append("<ul>")
            for change in company.changes {
                lines.append(
                    "<li>\(HTMLText.escape(change.summary)) <span class=\"kind\">\(HTMLText.escape(strings.kind(change.kind)))</span></li>"
                )
            }
            lines.append("</ul>")
        }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The arguments of the headings: both sides and the dates their data is as of.
    func heading(_ strings: Strings) -> Strings.Arguments {
        func date(_ iso: String) -> String { Day(iso: iso).map(strings.date) ?? iso }
        return [
            (key: "old", value: old.source), (key: "oldDate", value: date(old.asOf)),
            (key: "new", value: new.source), (key: "newDate", value: date(new.asOf)),
        ]
    }
}

extension Strings {
    /// What kind of change it is, as the diff page labels it: the key `kind` and the kind's name
    /// (`kindRoleMoved`).
    func kind(_ kind: SiteChanges.Change.Kind) -> String {
        let name = String(describing: kind)
        return text("kind" + name.prefix(1).uppercased() + name.dropFirst())
    }
}

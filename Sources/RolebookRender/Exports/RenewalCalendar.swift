import RolebookCore

/// A company's renewal dates as an iCalendar file (RFC 5545): all-day events with stable UIDs, so a
/// calendar that imports it again updates the events instead of duplicating them.
public enum RenewalCalendar {
    public static func make(_ company: Company, asOf: Day) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rolebook//Renewal milestones//EN", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + escape("\(company.name): renewals")]
        // DTSTAMP is required; the data's as-of date keeps the file the same on every build.
        let stamp = compact(asOf) + "T000000Z"
        for contract in company.contracts {
            for entry in RenewalMilestones.of(contract) {
                lines += [
                    "BEGIN:VEVENT",
                    "UID:\(contract.id)-\(entry.kind)@rolebook",
                    "DTSTAMP:\(stamp)",
                    "DTSTART;VALUE=DATE:\(compact(entry.day))",
                    "DTEND;VALUE=DATE:\(compact(entry.day.adding(days: 1)))",
                    "SUMMARY:" + escape("\(entry.label): contract \(contract.displayNumber)"),
                    "DESCRIPTION:" + escape("\(company.name), contract \(contract.displayNumber), ends \(contract.end.display)."),
                    "TRANSP:TRANSPARENT",
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a character.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.append(character)
            count += size
        }
        return out
    }
}

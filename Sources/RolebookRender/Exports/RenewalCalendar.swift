import RolebookCore

/// A company's renewal dates as an iCalendar file (RFC 5545): all-day events with stable UIDs, so a
/// calendar that imports it again updates the events instead of duplicating them.
package enum RenewalCalendar {
    package static func make(_ company: Company, asOf: Day, strings: Strings) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rolebook//Renewal milestones//EN", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + escape(strings(.calendarName, ["company": company.name])),
        ]
        // DTSTAMP is required; the data's as-of date keeps the file the same on every build.
        let stamp = (compact(asOf) ?? "19700101") + "T000000Z"
        for contract in company.contracts {
            // A date iCalendar cannot write (years 1 to 9999) has no event. The loader accepts only
            // Day.supported, so this guards models built in code.
            for entry in RenewalMilestones.of(contract, strings: strings) {
                guard let start = compact(entry.day) else { continue }
                lines += [
                    "BEGIN:VEVENT",
                    "UID:\(contract.id)-\(entry.kind)@rolebook",
                    "DTSTAMP:\(stamp)",
                    "DTSTART;VALUE=DATE:\(start)",
                ]
                // Without DTEND an all-day event lasts one day (RFC 5545 3.6.1): the way out when
                // the next day, 10000-01-01, has no four-digit year.
                if let end = compact(entry.day.adding(days: 1)) { lines.append("DTEND;VALUE=DATE:\(end)") }
                lines += [
                    "SUMMARY:"
                        + escape(
                            strings(.calendarSummary, ["milestone": entry.label, "contract": contract.displayNumber])),
                    "DESCRIPTION:"
                        + escape(
                            strings(
                                .calendarDescription,
                                [
                                    "company": company.name, "contract": contract.displayNumber,
                                    "date": strings.date(contract.end),
                                ])),
                    "TRANSP:TRANSPARENT",
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261123`, or nil outside the years iCalendar can write.
    private static func compact(_ day: Day) -> String? {
        let (year, month, day) = day.components
        guard (1...9999).contains(year) else { return nil }
        func padded(_ number: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
        }
        return padded(year, 4) + padded(month, 2) + padded(day, 2)
    }

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

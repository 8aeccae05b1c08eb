import RolebookCore

/// Scalars as `rolebook import` writes them: read back by the loader as exactly the same text.
enum YAMLText {
    /// An id plain when YAML would read it as text anyway (a slug with a letter), else quoted:
    /// `110001234567` unquoted is a number to every other YAML reader.
    static func id(_ text: String) -> String {
        let isSlug =
            text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && text.unicodeScalars.contains { ("a"..."z").contains($0) }
            && !["true", "false", "yes", "no", "on", "off", "null", "y", "n"].contains(text) && !text.hasPrefix("-")
        return isSlug && !text.isEmpty ? text : quoted(text)
    }

    /// Any text, double-quoted: quotes, backslashes, line breaks and every control or
    /// invisible separator escaped, so no value can end the scalar or change the document.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                    || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

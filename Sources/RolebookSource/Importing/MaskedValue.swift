/// Recognises personal data an export hides: with Autodesk Account's personal-data setting off,
/// names and emails come as `*****` or as hashes (domain.md section 2.1, [A19][A21]).
package enum MaskedValue {
    /// Whether `text` is a mask (only asterisks) or a hash (32 or more hexadecimal digits, no `@`).
    package static func isMasked(_ text: String) -> Bool {
        let value = text.trimmingSpaces
        guard !value.isEmpty else { return false }
        if value.allSatisfy({ $0 == "*" }) { return true }
        return value.count >= 32 && value.allSatisfy { $0.isHexDigit }
    }
}

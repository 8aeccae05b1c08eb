/// FNV-1a, 64 bits: the same input gives the same value in every process, unlike `Hasher`,
/// which is seeded per run. Used to fingerprint files and records between builds.
struct StableHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        value ^= 0xff
        value &*= 0x0000_0100_0000_01b3
    }

    mutating func combine(_ number: UInt64) { combine(String(number)) }

    /// A record in a page fingerprint: its kind and id ("k:" and a contract's id), then its own
    /// fingerprint (0 when it has none), so that which records a page shows counts as well as what
    /// they hold.
    mutating func combine(_ kind: String, _ id: String, _ fingerprint: UInt64?) {
        combine(kind + id)
        combine(fingerprint ?? 0)
    }

    static func hash(_ text: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.value
    }
}

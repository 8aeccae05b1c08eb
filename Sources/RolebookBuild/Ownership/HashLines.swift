/// `hash path` lines: sixteen hex digits, a space and a path, one line each. The manifest, the
/// journal and the page fingerprints are written this way, a line per file, so a site of 250,000
/// pages is read with one pass over its bytes rather than a decoder's tree of values.
enum HashLines {
    static func line(_ path: String, _ hash: UInt64) -> String {
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + " " + path + "\n"
    }

    /// Every well-formed line's path and hash, in order. A line that is not one (a tampered or torn
    /// file) is skipped; with `header`, nothing is read unless the first line is exactly it.
    static func parse(_ bytes: [UInt8], header: String?, _ each: (String, UInt64) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            if let header {
                let expected = Array(header.utf8)
                guard buffer.count >= expected.count, buffer[..<expected.count].elementsEqual(expected),
                    buffer.count == expected.count || buffer[expected.count] == UInt8(ascii: "\n")
                else { return }
                start = expected.count + 1
            }
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
                if end - start > 17, buffer[start + 16] == UInt8(ascii: " "), let hash = hex(buffer[start..<start + 16])
                {
                    each(String(decoding: buffer[(start + 17)..<end], as: UTF8.self), hash)
                }
                start = end + 1
            }
        }
    }

    private static func hex(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        var value: UInt64 = 0
        for digit in digits {
            let nibble: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = digit - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt64(nibble)
        }
        return value
    }
}

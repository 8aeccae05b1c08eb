#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `contains` for the tests' pages, by UTF-8 bytes.
///
/// With Foundation imported, `html.contains("…")` is `NSString.range(of:)`, which copies the whole
/// page to UTF-16 on every call: a test that looks for a hundred names in a few hundred pages spent
/// most of its time there. This overload is chosen over Foundation's generic one for a `String`
/// argument, and finds candidates with the C library's `memchr` and compares them with `memcmp`.
/// Byte equality is stricter than Foundation's comparison (no canonical equivalence), which the
/// tests' literal HTML and names do not need.
extension StringProtocol {
    package func contains(_ other: String) -> Bool {
        if other.isEmpty { return true }
        var needle = other
        return needle.withUTF8 { needle in
            let found = utf8.withContiguousStorageIfAvailable { Self.find(UnsafeRawBufferPointer($0), needle) }
            if let found { return found }
            return Array(utf8).withUnsafeBytes { Self.find($0, needle) }
        }
    }

    private static func find(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, let target = needle.baseAddress, needle.count <= haystack.count else {
            return false
        }
        var start = 0
        while start + needle.count <= haystack.count {
            guard let hit = memchr(base + start, Int32(target.pointee), haystack.count - needle.count - start + 1)
            else { return false }
            if memcmp(hit, target, needle.count) == 0 { return true }
            start = base.distance(to: UnsafeRawPointer(hit)) + 1
        }
        return false
    }
}

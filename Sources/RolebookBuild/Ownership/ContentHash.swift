/// A stable 64-bit hash of a file's bytes, eight bytes at a time: it says whether a file in an
/// owned folder still holds exactly what Rolebook wrote there. `StableHasher` (FNV-1a, a byte at a
/// time) would cost about a second per 600 MB of pages; this reads a word per multiply.
package enum ContentHash {
    package static func of(_ bytes: some Collection<UInt8>) -> UInt64 {
        if let hash = bytes.withContiguousStorageIfAvailable({ of(UnsafeRawBufferPointer($0)) }) { return hash }
        return Array(bytes).withUnsafeBytes { of($0) }
    }

    static func of(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(buffer.count)
        var offset = 0
        while offset + 8 <= buffer.count {
            let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, index) in (offset..<buffer.count).enumerated() { tail |= UInt64(buffer[index]) << (8 * shift) }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 32
        return hash
    }
}

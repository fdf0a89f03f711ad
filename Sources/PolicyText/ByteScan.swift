/// Whole-text byte tests, eight bytes at a time.
public enum ByteScan {
    /// Whether every byte of `text`'s UTF-8 is ASCII.
    @inlinable
    public static func isASCII(_ text: Substring) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ isASCII($0) }) { return result }
        return text.utf8.allSatisfy { $0 < 0x80 }
    }

    @inlinable
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        let count = bytes.count
        var high: UInt64 = 0
        while offset + 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < count {
            high |= UInt64(base[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}

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

    /// Whether an ASCII byte is a letter, A-Z or a-z.
    @inlinable @inline(__always)
    public static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26
    }

    /// The scalar value of the character starting at `index` of valid UTF-8 (a String's
    /// bytes) and its length in bytes.
    @inlinable @inline(__always)
    public static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring tests on UTF-8 bytes. Foundation's `contains(_: StringProtocol)` goes through
/// CFString and a locale-aware search, which costs more than a section's whole lexicon
/// match; a byte search gives the same answer for the exact, case-sensitive tests here.
public enum ByteSearch {
    /// Whether `needle`'s UTF-8 bytes occur in `text`'s.
    public static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            if let found = text.utf8.withContiguousStorageIfAvailable({ occurs(needleBytes, in: $0) }) { return found }
            return Array(text.utf8).withUnsafeBufferPointer { occurs(needleBytes, in: $0) }
        }
    }

    /// Whether any of `needles` occurs in `text`.
    public static func containsAny(_ text: some StringProtocol, _ needles: [String]) -> Bool {
        needles.contains { contains(text, $0) }
    }

    /// Calls `body` with the byte range of each line of `bytes`, lines ending at LF (the LF
    /// left out), the empty line after a final LF included.
    public static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return body(0..<0) }
        var start = 0
        while true {
            let end = memchr(base + start, 0x0A, bytes.count - start)
                .map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
            body(start..<end)
            guard end < bytes.count else { return }
            start = end + 1
        }
    }

    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
        // memchr to each candidate first byte, then memcmp (memmem is a GNU extension the
        // Glibc module does not export).
        let first = Int32(needle[0])
        var offset = 0
        let last = haystack.count - needle.count
        while offset <= last, let hit = memchr(base + offset, first, last - offset + 1) {
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }
}

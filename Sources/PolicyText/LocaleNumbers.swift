import CICU

/// Numbers spelled out in a locale's words, from ICU's spell-out rules: every language's
/// "fourteen" ("vierzehn", "veertien", "quatorze") without a hand-written list.
public enum LocaleNumbers {
    /// The spellings of `range`, in order; empty for a locale without spell-out rules.
    public static func spelled(locale: String, _ range: ClosedRange<Int>) -> [String] {
        var buffer = [CChar](repeating: 0, count: 64 * range.count + 64)
        let length = pa_spelled_numbers(locale, Int32(range.lowerBound), Int32(range.upperBound), &buffer, Int32(buffer.count))
        guard length > 0 else { return [] }
        let bytes = buffer[..<Int(length)].map { UInt8(bitPattern: $0) }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.count == range.count ? lines : []
    }
}

import CICU

/// Month names of a locale from ICU's data (the same library that segments the text, so
/// no second copy of the locale data is loaded).
public enum LocaleMonths {
    /// The full, abbreviated, stand-alone and stand-alone abbreviated names, twelve each
    /// (fewer when the locale's data lacks a form; none for a locale ICU cannot open).
    public static func names(locale: String) -> [[String]] {
        var buffer = [CChar](repeating: 0, count: 4096)
        return (0..<4).compactMap { kind in
            let length = pa_month_names(locale, Int32(kind), &buffer, Int32(buffer.count))
            guard length > 0 else { return nil }
            let bytes = buffer[..<Int(length)].map { UInt8(bitPattern: $0) }
            return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }
}

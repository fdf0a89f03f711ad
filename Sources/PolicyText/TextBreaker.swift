import CICU

/// What a word-break segment is, from ICU's rule status.
public enum WordClass: Int32, Sendable {
    case none = 0, number = 1, letter = 2, kana = 3, ideographic = 4

    /// True for segments that are words or numbers rather than spaces or punctuation.
    public var isWord: Bool { self != .none }
}

/// One ICU break iterator, opened once and reused for every text given to it.
///
/// Not thread-safe: use one breaker per thread (they are cheap to keep, costly to open).
public final class TextBreaker {
    public enum Kind { case word, sentence, line }

    private let handle: OpaquePointer
    public let locale: String

    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let cKind: pa_break_kind
        switch kind {
        case .word: cKind = PA_BREAK_WORD
        case .sentence: cKind = PA_BREAK_SENTENCE
        case .line: cKind = PA_BREAK_LINE
        }
        guard let handle = pa_breaker_open(cKind, locale, &status) else {
            throw TextError("cannot open ICU break iterator for locale \(locale) (ICU error \(status))")
        }
        self.handle = handle
        self.locale = locale
    }

    deinit { pa_breaker_close(handle) }

    /// Whether this breaker splits every text as `other` does: the same compiled rules.
    /// Most locales break words by the root rules; Finnish and Swedish keep "EU:n" whole.
    public func breaksLike(_ other: TextBreaker) -> Bool {
        guard let rules else { return false }
        return rules == other.rules
    }

    /// The compiled rules, or nil when ICU gives none (a locale then breaks like no other).
    private var rules: [UInt8]? {
        let length = pa_breaker_rules(handle, nil, 0)
        guard length > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(length))
        let written = bytes.withUnsafeMutableBufferPointer { pa_breaker_rules(handle, $0.baseAddress, length) }
        return written == length ? bytes : nil
    }

    /// Calls `body` with each segment's UTF-8 byte range and class, in order.
    public func forEachSegment(in text: String, _ body: (Range<Int>, WordClass) -> Void) {
        var text = text
        text.withUTF8 { buffer in
            forEachSegment(utf8: buffer, body)
        }
    }

    /// Same over raw UTF-8 bytes, which must stay valid during the call.
    public func forEachSegment(utf8 buffer: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, WordClass) -> Void) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        let status = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            pa_breaker_set_utf8(handle, $0, Int64(buffer.count))
        }
        guard status == 0 else { return }
        var start: Int32 = 0
        var wordClass: Int32 = 0
        while true {
            let end = pa_breaker_next(handle, &wordClass)
            if end < 0 { break }
            body(Int(start)..<Int(end), WordClass(rawValue: wordClass) ?? .none)
            start = end
        }
    }

    /// The segments of a text as substrings: words only (for a word breaker) or all.
    public func segments(of text: String, wordsOnly: Bool = false) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        forEachSegment(in: text) { range, wordClass in
            if wordsOnly && !wordClass.isWord { return }
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(lower, offsetBy: range.count)
            result.append(text[lower..<upper])
        }
        return result
    }
}

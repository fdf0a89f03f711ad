import PolicyText

/// Folded words of a text, as lexicon matching sees them: NFKC case folding (accents
/// removed where the language allows), then ICU word segmentation with the language's locale.
///
/// Holds one ICU word iterator, reused for every text: not thread-safe.
public final class Tokenizer {
    private let breaker: TextBreaker
    private let turkic: Bool

    public init(locale: String) throws {
        breaker = try TextBreaker(.word, locale: locale.replacingOccurrences(of: "-", with: "_"))
        let language = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        turkic = language == "tr" || language == "az"
    }

    /// The words and numbers of `text`, folded; punctuation and spaces dropped.
    public func words(_ text: String, foldAccents: Bool) -> [String] {
        let folded = TextFolding.fold(text, stripAccents: foldAccents, turkic: turkic)
        var words: [String] = []
        let utf8 = folded.utf8
        breaker.forEachSegment(in: folded) { range, wordClass in
            guard wordClass.isWord else { return }
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            words.append(String(folded[start..<end]))
        }
        return words
    }

    /// Calls `body` with the UTF-8 bytes of each word and number of `text`, folded as
    /// `words` folds them: no String is made per word. The bytes are valid during the call.
    public func forEachWord(_ text: String, foldAccents: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var folded = TextFolding.fold(text, stripAccents: foldAccents, turkic: turkic)
        folded.withUTF8 { buffer in
            breaker.forEachSegment(utf8: buffer) { range, wordClass in
                guard wordClass.isWord else { return }
                body(UnsafeBufferPointer(rebasing: buffer[range]))
            }
        }
    }

    /// Words with their classes, unfolded, for language identification and masking.
    public func segments(_ text: String) -> [(word: Substring, wordClass: WordClass)] {
        var result: [(Substring, WordClass)] = []
        let utf8 = text.utf8
        breaker.forEachSegment(in: text) { range, wordClass in
            guard wordClass.isWord else { return }
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            result.append((text[start..<end], wordClass))
        }
        return result
    }
}

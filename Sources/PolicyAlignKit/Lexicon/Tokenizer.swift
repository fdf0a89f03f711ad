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

    /// `words` of many lines at once (one fold, one ICU pass), each word with the number of
    /// its line: folding and word breaking never cross a line end, so each line's words are
    /// those `words` gives it alone. Lines are separated by "\n" and hold no other break.
    public func words(ofLines lines: String, foldAccents: Bool) -> [(line: Int, word: String)] {
        var result: [(line: Int, word: String)] = []
        var folded = TextFolding.fold(lines, stripAccents: foldAccents, turkic: turkic)
        folded.withUTF8 { buffer in
            var line = 0
            var scanned = 0
            breaker.forEachSegment(utf8: buffer) { range, wordClass in
                guard wordClass.isWord else { return }
                while scanned < range.lowerBound {
                    if buffer[scanned] == 0x0A { line += 1 }
                    scanned += 1
                }
                result.append((line, String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)))
            }
        }
        return result
    }

    /// Calls `body` with the UTF-8 bytes of each word and number of `text`, folded as
    /// `words` folds them: no String is made per word. The bytes are valid during the call.
    public func forEachWord(_ text: String, foldAccents: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachWordSegment(text, foldAccents: foldAccents) { word, _ in body(word) }
    }

    /// Same, with each word's class (letters, number, kana, ideographs).
    public func forEachWordSegment(_ text: String, foldAccents: Bool, _ body: (UnsafeBufferPointer<UInt8>, WordClass) -> Void) {
        var folded = TextFolding.fold(text, stripAccents: foldAccents, turkic: turkic)
        folded.withUTF8 { buffer in
            breaker.forEachSegment(utf8: buffer) { range, wordClass in
                guard wordClass.isWord else { return }
                body(UnsafeBufferPointer(rebasing: buffer[range]), wordClass)
            }
        }
    }

    /// Same over a line's UTF-8 bytes.
    func forEachWordSegment(_ line: UnsafeBufferPointer<UInt8>, foldAccents: Bool, _ body: (UnsafeBufferPointer<UInt8>, WordClass) -> Void) {
        forEachWordSegment(String(decoding: line, as: UTF8.self), foldAccents: foldAccents, body)
    }

    /// Calls `body` with the unfolded bytes of each word and number of a line, and its
    /// class: for a line whose folding moves no word boundary (`FoldedLines.foldsWordByWord`),
    /// `fold(word:)` of each is what `forEachWordSegment` gives.
    func forEachRawWordSegment(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, WordClass) -> Void) {
        forEachRawWordRange(line) { range, wordClass in body(UnsafeBufferPointer(rebasing: line[range]), wordClass) }
    }

    /// Same, with each word's byte range in the line.
    func forEachRawWordRange(_ line: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, WordClass) -> Void) {
        breaker.forEachSegment(utf8: line) { range, wordClass in
            guard wordClass.isWord else { return }
            body(range, wordClass)
        }
    }

    /// One word folded as `words` folds a text, accents kept.
    func fold(word: UnsafeBufferPointer<UInt8>) -> String {
        TextFolding.fold(String(decoding: word, as: UTF8.self), stripAccents: false, turkic: turkic)
    }

    /// Whether this tokenizer gives the words `other` gives for every text: the same break
    /// rules and the same folding.
    func readsLike(_ other: Tokenizer) -> Bool {
        turkic == other.turkic && breaker.breaksLike(other.breaker)
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

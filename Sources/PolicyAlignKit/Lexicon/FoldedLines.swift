import PolicyText

/// The folded words of each line of a document, broken by ICU once however many readings
/// ask for the line: the document's language (on a sample), each section's label, a parent
/// read over its children's text, a section's own language. Words are interned, so what a
/// reader looks up for a word (its lexicon entries, its profile weights) is looked up once
/// per distinct word, not once per occurrence.
///
/// A line is folded (NFKC case folding, accents kept, I to i) and broken as a whole: folding
/// and word breaking never cross a line end, so a text's words are its lines' words in order.
/// A line whose folding provably moves no word boundary (`foldsWordByWord`: ASCII, most
/// Latin, Cyrillic, Arabic and Hangul text) is broken as it is instead, and each distinct
/// raw word folded once: the same words, without folding every line.
/// Lines are remembered between `open` and `close` (one document); the words' ids last
/// until `generation` changes, which happens only as a document or a text read outside one
/// starts, so a reader checks it once it has read its text's lines.
///
/// Holds an ICU iterator: one per analyzer, as its classifiers.
public final class FoldedLines {
    public struct Word {
        /// Id of the folded word in `forms`.
        public let form: Int32
        public let wordClass: WordClass
    }

    /// Breaks words by the root rules, as most locales do (see `Tokenizer.readsLike`).
    let tokenizer: Tokenizer
    private(set) var forms = ByteStringTable()
    /// Each form with its accents removed (an id in `forms`), -1 until asked.
    private var strippedForms: [Int32] = []
    /// Changes when `forms` starts afresh: readers then drop what they keep per form id.
    private(set) var generation = 0
    /// Distinct forms kept before starting afresh (between texts only).
    static let formCapacity = 400_000

    /// Words met raw (in lines that fold word by word), each with the id of its form.
    private var rawWords = RawWords()

    /// The words met raw, each with the id of its folded form.
    private struct RawWords {
        private var table = ByteStringTable()
        private var formOfWord: [Int32] = []

        var count: Int { table.count }

        /// Appends the word of each segment of `line` with its form, `fold` giving the form of
        /// a word met for the first time: one access to these tables for a whole line.
        mutating func append(_ segments: [(range: Range<Int>, wordClass: WordClass)], of line: UnsafeBufferPointer<UInt8>,
                             to words: inout [Word], fold: (UnsafeBufferPointer<UInt8>) -> Int32) {
            for (range, wordClass) in segments {
                let word = UnsafeBufferPointer(rebasing: line[range])
                let (id, isNew) = table.intern(word)
                if isNew { formOfWord.append(fold(word)) }
                words.append(Word(form: formOfWord[id], wordClass: wordClass))
            }
        }
    }

    /// Word segments of the line being broken, reused from line to line.
    private var segments: [(range: Range<Int>, wordClass: WordClass)] = []

    private var lineIDs = ByteStringTable()
    private var lineWords: [Range<Int>] = []
    /// Whether each line's words lose no boundary when accents are removed (`isStripSafe`),
    /// nil until a reader that removes accents asks.
    private var lineIsStripSafe: [Bool?] = []
    private var words: [Word] = []
    private var isOpen = false

    public init() throws {
        tokenizer = try Tokenizer(locale: "und")
    }

    /// Starts remembering lines, until `close`.
    public func open() {
        startFormsAfreshWhenFull()
        isOpen = true
    }

    /// Forgets every form once there are too many (the ids a reader keeps go with them).
    private func startFormsAfreshWhenFull() {
        if rawWords.count > Self.formCapacity { forgetRawWords() }
        guard forms.count > Self.formCapacity else { return }
        forgetRawWords()
        forms = ByteStringTable()
        strippedForms.removeAll(keepingCapacity: true)
        generation += 1
    }

    private func forgetRawWords() {
        rawWords = RawWords()
    }

    /// Forgets the document's lines; the forms stay.
    public func close() {
        isOpen = false
        lineIDs = ByteStringTable()
        lineWords.removeAll(keepingCapacity: true)
        lineIsStripSafe.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with each line of `text` (its bytes, without the line end), its words,
    /// and, when `judgingStripSafety`, whether removing accents from those words gives the
    /// words of the line folded without accents (true when not judged: only readers that
    /// remove accents ask, and the judgement reads every byte).
    func forEachLine(in text: String, judgingStripSafety: Bool = false,
                     _ body: (UnsafeBufferPointer<UInt8>, ArraySlice<Word>, Bool) -> Void) {
        if !isOpen { startFormsAfreshWhenFull() }
        var text = text
        text.withUTF8 { bytes in
            ByteSearch.forEachLine(in: bytes) { range in
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                let (words, stripSafe) = wordsOfLine(line, judgingStripSafety: judgingStripSafety)
                body(line, self.words[words], stripSafe)
                if !isOpen { self.words.removeAll(keepingCapacity: true) }
            }
        }
    }

    /// Calls `body` with each word of `text`, line by line.
    func forEachWord(in text: String, _ body: (Word) -> Void) {
        forEachLine(in: text) { _, lineWords, _ in lineWords.forEach(body) }
    }

    /// The form without its accents, as `TextFolding.fold(_:stripAccents: true)` gives it.
    func stripped(_ form: Int32) -> Int32 {
        Self.stripped(form, known: &strippedForms, forms: &forms)
    }

    /// The forms of `words` without their accents, in order, into `result` (emptied first):
    /// `stripped` of each, the known ones read without a call per word.
    func strippedForms(of words: ArraySlice<Word>, into result: inout [Int32]) {
        result.removeAll(keepingCapacity: true)
        Self.strippedForms(of: words, into: &result, known: &strippedForms, forms: &forms)
    }

    private static func strippedForms(of words: ArraySlice<Word>, into result: inout [Int32], known: inout [Int32],
                                      forms: inout ByteStringTable) {
        for word in words {
            let index = Int(word.form)
            if index < known.count, known[index] >= 0 {
                result.append(known[index])
            } else {
                result.append(stripped(word.form, known: &known, forms: &forms))
            }
        }
    }

    /// `stripped` over the table of known stripped forms (-1 until asked) and the forms.
    private static func stripped(_ form: Int32, known: inout [Int32], forms: inout ByteStringTable) -> Int32 {
        let index = Int(form)
        if index < known.count, known[index] >= 0 { return known[index] }
        var result = form
        if !forms.withBytes(index, ByteScan.isASCII) {
            var folded = TextFolding.fold(forms.string(index), stripAccents: true)
            result = folded.withUTF8 { Int32(forms.intern($0).id) }
        }
        if known.count < forms.count {
            known.append(contentsOf: repeatElement(-1, count: forms.count - known.count))
        }
        known[index] = result
        // Removing accents twice changes nothing.
        known[Int(result)] = result
        return result
    }

    /// Calls `body` with the bytes of a form, valid during the call.
    func withBytes<Result>(of form: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        forms.withBytes(Int(form), body)
    }

    /// The range in `words` of a line's words, broken now unless the line was seen in this
    /// document, and whether the line is strip-safe (true when not judged).
    private func wordsOfLine(_ line: UnsafeBufferPointer<UInt8>, judgingStripSafety: Bool) -> (Range<Int>, Bool) {
        if isOpen {
            let (id, isNew) = lineIDs.intern(line)
            if !isNew {
                guard judgingStripSafety else { return (lineWords[id], true) }
                if let known = lineIsStripSafe[id] { return (lineWords[id], known) }
                let stripSafe = Self.isStripSafe(line)
                lineIsStripSafe[id] = stripSafe
                return (lineWords[id], stripSafe)
            }
        }
        let first = words.count
        // An ASCII line (most lines of many texts), told eight bytes at a time, folds word by
        // word and is strip-safe: neither judgement need read it byte by byte.
        let isASCII = ByteScan.isASCII(line)
        if isASCII || Self.foldsWordByWord(line) {
            // Forms get their ids in the order the folded line would have given them: at a
            // form's first word.
            var segments = self.segments
            self.segments = []
            segments.removeAll(keepingCapacity: true)
            tokenizer.forEachRawWordRange(line) { range, wordClass in segments.append((range, wordClass)) }
            rawWords.append(segments, of: line, to: &words) { word in
                var folded = tokenizer.fold(word: word)
                return folded.withUTF8 { Int32(forms.intern($0).id) }
            }
            self.segments = segments
        } else {
            tokenizer.forEachWordSegment(line, foldAccents: false) { word, wordClass in
                words.append(Word(form: Int32(forms.intern(word).id), wordClass: wordClass))
            }
        }
        let stripSafe = judgingStripSafety ? isASCII || Self.isStripSafe(line) : nil
        if isOpen {
            lineWords.append(first..<words.count)
            lineIsStripSafe.append(stripSafe)
        }
        return (first..<words.count, stripSafe ?? true)
    }

    /// Whether folding a line (NFKC case folding, apostrophes unified) leaves its word
    /// boundaries and word classes where they were, so that its words can be broken raw and
    /// folded one by one. True when every character is in `foldsAlone`: none is segmented by
    /// dictionary, and each folds to characters of its own word-break class (a letter to
    /// letters and marks, a mark to a mark) or, outside words, to characters no word takes
    /// in. Lines with anything else (Thai, CJK, Hebrew, ™, ², ½, soft hyphens...) are folded
    /// whole.
    static func foldsWordByWord(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = line.count
        while index < count {
            let lead = line[index]
            if lead < 0x80 {
                index += 1
            } else if lead < 0xE0 {
                guard index + 1 < count else { return false }
                let scalar = UInt32(lead & 0x1F) << 6 | UInt32(line[index + 1] & 0x3F)
                guard foldsAlone(scalar) else { return false }
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return false }
                let scalar = UInt32(lead & 0x0F) << 12 | UInt32(line[index + 1] & 0x3F) << 6 | UInt32(line[index + 2] & 0x3F)
                guard foldsAlone(scalar) else { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Non-ASCII characters whose folding moves no word boundary (see `foldsWordByWord`):
    /// letters and marks of Latin, Cyrillic, Arabic and Hangul that fold to letters and
    /// marks, and punctuation that folds to punctuation of a class that joins no word it
    /// did not join. Left out: ŀ and ŉ (they fold to a letter beside · or an apostrophe),
    /// ypogegrammeni (a mark that folds to a letter), marks and signs folding to nothing or
    /// to a space and a mark, superscripts and fractions (symbols folding to digits).
    /// ’ and ‘ become ' (U+0027), which only Hebrew letters treat otherwise.
    @inline(__always)
    static func foldsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xA7, 0xA9...0xAC, 0xAE, 0xB0, 0xB1, 0xB5...0xB7, 0xBA, 0xBB, 0xBF: return true
        case 0xC0...0x24F: return scalar != 0x13F && scalar != 0x140 && scalar != 0x149
        case 0x250...0x2AF: return true
        case 0x300...0x36F: return scalar != 0x345 && scalar != 0x34F
        case 0x400...0x52F: return true
        case 0x600...0x6FF: return scalar != 0x61C
        case 0x1E00...0x1EFF: return true
        case 0x2010, 0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C...0x201E, 0x2022, 0x2026, 0x2039, 0x203A, 0x20AC: return true
        case 0xAC00...0xD7A3: return true
        default: return false
        }
    }

    /// Whether removing accents leaves a line's word boundaries where they were. The accents
    /// folding removes (combining diacritics, Arabic and Hebrew vowel marks) attach to their
    /// letter and move no boundary in scripts written with spaces; in those segmented by
    /// dictionary (Thai, Chinese, Japanese...) a changed word could segment otherwise. Judged
    /// by UTF-8 lead bytes, generously: a line with both a byte that may start an accent and
    /// a character from U+0E00 up (bar punctuation and the Latin and Greek extensions) is
    /// not assumed safe.
    static func isStripSafe(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var mayHoldAccent = false
        var mayNeedDictionary = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            switch byte {
            case 0xCC, 0xCD, 0xD6, 0xD7, 0xD9:
                mayHoldAccent = true
            case 0xE0...:
                let next = index + 1 < line.count ? line[index + 1] : 0
                switch byte {
                case 0xE0 where next < 0xB8, 0xE1 where next >= 0xB8, 0xE2 where next < 0xBA: break
                default: mayNeedDictionary = true
                }
            default:
                break
            }
            if mayHoldAccent && mayNeedDictionary { return false }
            index += 1
        }
        return true
    }
}

import Foundation

/// The words one classifier has met, each looked up in its lexicon once: an id per
/// distinct word, the entries that may start at it and the entry words it matches
/// (through its forms, affixes stripped). Word frequencies are skewed, so most words of a
/// text cost one hash of their bytes: no String, no Unicode-aware hashing.
///
/// Words are folded (NFKC case folding, NFC), so equal words have equal bytes.
/// Not thread-safe: one per classifier, as the classifier's ICU iterator.
final class LexiconWordCache {
    let lexicon: CompiledLexicon
    /// Entries whose first word one of the word's forms matches, in the order
    /// `CompiledLexicon.hits` tries them, each once: those of word `id` are
    /// `candidates[candidateStarts[id]..<candidateStarts[id + 1]]`. One flat array rather
    /// than an array per word, read without retaining anything per word.
    private(set) var candidates: [Int32] = []
    private(set) var candidateStarts: [Int32] = [0]
    /// The entry words each word matches (see `CompiledLexicon.wordIDs(forms:)`), sorted,
    /// laid out as `candidates` are.
    private(set) var wordIDs: [Int32] = []
    private(set) var wordIDStarts: [Int32] = [0]

    private var table = ByteStringTable()

    /// Distinct words kept before the cache starts afresh (between texts only, since ids
    /// of a text being read must stay valid).
    static let capacity = 200_000

    init(lexicon: CompiledLexicon) { self.lexicon = lexicon }

    /// The document's lines, each broken once, when they give the words this cache's
    /// tokenizer gives (see `share`).
    private(set) var lines: FoldedLines?
    /// The id of each of the lines' forms (with accents removed when the lexicon removes
    /// them), -1 until met.
    private var idOfForm: [Int32] = []
    private var formsGeneration = 0

    /// Reads texts through `lines` when `tokenizer` reads as they do.
    func share(_ lines: FoldedLines, tokenizer: Tokenizer) {
        self.lines = tokenizer.readsLike(lines.tokenizer) ? lines : nil
    }

    /// The ids of the words of `text`, as `tokenizer` reads them.
    func ids(ofWordsIn text: String, tokenizer: Tokenizer) -> [Int] {
        if table.count > Self.capacity { removeAll() }
        var ids: [Int] = []
        guard let lines else {
            tokenizer.forEachWord(text, foldAccents: lexicon.foldAccents) { word in ids.append(id(of: word)) }
            return ids
        }
        let strip = lexicon.foldAccents
        lines.forEachLine(in: text, judgingStripSafety: strip) { line, words, stripSafe in
            // Reading the text may have started the forms afresh, before its first line.
            if lines.generation != formsGeneration {
                idOfForm.removeAll(keepingCapacity: true)
                formsGeneration = lines.generation
            }
            guard !strip || stripSafe else {
                tokenizer.forEachWordSegment(line, foldAccents: true) { word, _ in ids.append(id(of: word)) }
                return
            }
            if strip {
                lines.strippedForms(of: words, into: &strippedForms)
                appendIDs(ofForms: strippedForms, in: lines, to: &ids)
            } else {
                appendIDs(ofForms: words.lazy.map(\.form), in: lines, to: &ids)
            }
        }
        return ids
    }

    /// Forms of a line with their accents removed, reused from line to line.
    private var strippedForms: [Int32] = []

    /// Appends the id of each form, the known ones read from a local copy of `idOfForm`
    /// (one access to it a line, not one a word).
    private func appendIDs(ofForms forms: some Sequence<Int32>, in lines: FoldedLines, to ids: inout [Int]) {
        var known = idOfForm
        idOfForm = []
        for form in forms {
            let index = Int(form)
            if index < known.count, known[index] >= 0 {
                ids.append(Int(known[index]))
                continue
            }
            let id = lines.withBytes(of: form) { bytes -> Int in self.id(of: bytes) }
            if known.count <= index { known.append(contentsOf: repeatElement(-1, count: index + 1 - known.count)) }
            known[index] = Int32(id)
            ids.append(id)
        }
        idOfForm = known
    }

    /// How many words `text` holds, as `tokenizer` reads them with accents kept.
    func wordCount(_ text: String, tokenizer: Tokenizer) -> Int {
        guard let lines else { return tokenizer.words(text, foldAccents: false).count }
        var count = 0
        lines.forEachLine(in: text) { _, words, _ in count += words.count }
        return count
    }

    /// See `CompiledLexicon.hits(in:)`: the same hits, in the same order.
    func hits(in text: String, tokenizer: Tokenizer) -> [CompiledLexicon.Hit] {
        lexicon.hits(inWords: ids(ofWordsIn: text, tokenizer: tokenizer), cache: self)
    }

    private func id(of word: UnsafeBufferPointer<UInt8>) -> Int {
        let (id, isNew) = table.intern(word)
        guard isNew else { return id }
        let forms = lexicon.forms(of: String(decoding: word, as: UTF8.self))
        candidates.append(contentsOf: lexicon.candidates(forms: forms).lazy.map { Int32($0) })
        candidateStarts.append(Int32(candidates.count))
        wordIDs.append(contentsOf: lexicon.wordIDs(forms: forms))
        wordIDStarts.append(Int32(wordIDs.count))
        return id
    }

    private func removeAll() {
        idOfForm.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)
        candidateStarts.removeAll(keepingCapacity: true)
        candidateStarts.append(0)
        wordIDs.removeAll(keepingCapacity: true)
        wordIDStarts.removeAll(keepingCapacity: true)
        wordIDStarts.append(0)
        table = ByteStringTable()
    }
}

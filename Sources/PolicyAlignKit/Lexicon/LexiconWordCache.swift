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
    /// `CompiledLexicon.hits` tries them, each once.
    private(set) var candidates: [[Int]] = []
    /// The entry words each word matches (see `CompiledLexicon.wordIDs(forms:)`).
    private(set) var wordIDs: [[Int32]] = []

    private var table = ByteStringTable()

    /// Distinct words kept before the cache starts afresh (between texts only, since ids
    /// of a text being read must stay valid).
    static let capacity = 200_000

    init(lexicon: CompiledLexicon) { self.lexicon = lexicon }

    /// The ids of the words of `text`, as `tokenizer` reads them.
    func ids(ofWordsIn text: String, tokenizer: Tokenizer) -> [Int] {
        if candidates.count > Self.capacity { removeAll() }
        var ids: [Int] = []
        tokenizer.forEachWord(text, foldAccents: lexicon.foldAccents) { word in ids.append(id(of: word)) }
        return ids
    }

    /// See `CompiledLexicon.hits(in:)`: the same hits, in the same order.
    func hits(in text: String, tokenizer: Tokenizer) -> [CompiledLexicon.Hit] {
        lexicon.hits(inWords: ids(ofWordsIn: text, tokenizer: tokenizer), cache: self)
    }

    private func id(of word: UnsafeBufferPointer<UInt8>) -> Int {
        let (id, isNew) = table.intern(word)
        guard isNew else { return id }
        let forms = lexicon.forms(of: String(decoding: word, as: UTF8.self))
        candidates.append(lexicon.candidates(forms: forms))
        wordIDs.append(lexicon.wordIDs(forms: forms))
        return id
    }

    private func removeAll() {
        candidates.removeAll(keepingCapacity: true)
        wordIDs.removeAll(keepingCapacity: true)
        table = ByteStringTable()
    }
}

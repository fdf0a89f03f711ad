import PolicyText

/// A language's lexicon compiled for matching: entries keyed by their first word (exact,
/// or by prefix length for `stem*` entries), affix rules, and the fact vocabularies.
/// Immutable once built, so shared across threads.
public final class CompiledLexicon: @unchecked Sendable {
    public struct Word: Sendable, Equatable {
        public let text: String
        public let isPrefix: Bool
    }

    public struct Entry: Sendable {
        /// Position of the section in the taxonomy.
        public let section: Int
        public let kind: LanguageLexicon.Term.Kind
        /// Heading cue, body term, purpose phrase or generic word.
        public let role: ConceptInventory.Concept.Kind
        /// The entry's weight times its concept's learned multiplier.
        public let weight: Double
        /// The concept of `concepts.txt` it is a form of, if any.
        public let concept: String?
        public let words: [Word]
        /// The term as written in the file.
        public let display: String
        /// A false friend matches only to silence the entries it covers.
        public var isFalseFriend = false
    }

    /// An entry found at a token position.
    public struct Hit: Sendable, Equatable {
        public let entry: Int
        public let position: Int
        public let length: Int
    }

    public let tag: String
    public let foldAccents: Bool
    /// See `LanguageLexicon.headingHeadLast`.
    public let headingHeadLast: Bool
    /// Folded words of each boilerplate heading (`LanguageLexicon.boilerplate`).
    public let boilerplateHeadings: Set<[String]>
    /// Word counts of the boilerplate headings.
    let boilerplateLengths: Set<Int>
    public let entries: [Entry]
    /// The learned confidence calibration (`learned.txt`), if any.
    public let calibration: ConfidenceCalibration?
    /// Index of the first false friend in `entries` (all after it are false friends).
    let firstFalseFriend: Int
    /// One more than the highest taxonomy position of an entry.
    private let sectionLimit: Int
    /// Each entry's evidence, as a classification names it: "section-id\0term as
    /// written", by id (entries of one section written alike share it).
    let evidenceOfEntry: [Int]
    let evidenceNames: [String]
    private let prefixes: [LanguageLexicon.AffixRule]
    private let suffixes: [String]
    /// The positions in `prefixes` of the rules whose affix starts with each byte, and in
    /// `suffixes` of those ending with it, in list order: a word is tried against the few
    /// affixes it may carry, not the whole list.
    private let prefixesByFirstByte: [[Int]]
    private let suffixesByLastByte: [[Int]]
    private let exact: [String: [Int]]
    /// `stem*` entries by the stem's first `bucketLength` characters (whole stem if shorter),
    /// then checked with hasPrefix: one hashed lookup a word instead of one per stem length.
    private let prefixBuckets: [String: [(stem: String, entries: [Int])]]
    private let shortStemLengths: [Int]
    /// Every one-word entry written whole (not `stem*`), for affix stripping.
    private let knownWords: Set<String>
    private static let bucketLength = 3

    /// Each entry's words as ids of the distinct (text, stem or not) words of all entries,
    /// so that a phrase is matched by comparing ids (see `wordIDs(forms:)`): entry `e`'s are
    /// `entryWordIDs[entryWordStarts[e]..<entryWordStarts[e + 1]]`.
    private let entryWordIDs: [Int32]
    private let entryWordStarts: [Int32]
    private let exactWordIDs: [String: Int32]
    /// Stem words by their first `bucketLength` characters (whole stem if shorter).
    private let stemWordBuckets: [String: [(stem: String, id: Int32)]]
    private let shortStemWordLengths: [Int]

    /// Folded unit word -> canonical unit ("tahun" -> "year").
    public let unitWords: [String: String]
    /// Folded number word -> value.
    public let numberWords: [String: Int]
    /// Folded word -> the duration it states alone ("2 year" for سنتين).
    public let countedUnitWords: [String: String]
    /// Folded words of a reference phrase -> canonical id ("rgpd" -> "gdpr").
    public let referencePhrases: [[String]: String]

    /// `multipliers` are the learned weights of concepts (`learned.txt`), applied to every
    /// entry of a concept.
    init(_ lexicon: LanguageLexicon, taxonomy: Taxonomy, multipliers: [String: Double] = [:],
         calibration: ConfidenceCalibration? = nil) {
        self.calibration = calibration
        tag = lexicon.tag
        foldAccents = lexicon.foldAccents
        headingHeadLast = lexicon.headingHeadLast
        prefixes = lexicon.prefixes
        suffixes = lexicon.suffixes.sorted { $0.count > $1.count }
        prefixesByFirstByte = Self.positions(of: prefixes.map(\.affix), byByte: \.first)
        suffixesByLastByte = Self.positions(of: suffixes, byByte: \.last)
        let tokenizer = try? Tokenizer(locale: lexicon.tag)
        /// Every term's words: each white-space-separated piece is broken into words (a
        /// `stem*` piece's last word is the stem), all pieces in one pass.
        func words(of terms: [String]) -> [[Word]] {
            var pieces: [(term: Int, isPrefix: Bool)] = []
            // Each piece a line, the "*" of a stem left out.
            var lines = ""
            for (index, term) in terms.enumerated() {
                Self.forEachPiece(of: term) { raw in
                    let isPrefix = raw.utf8.last == UInt8(ascii: "*")
                    if !pieces.isEmpty { lines += "\n" }
                    pieces.append((index, isPrefix))
                    lines += isPrefix ? raw.dropLast() : raw
                }
            }
            // Without an ICU iterator, each piece lowercased is one word.
            let broken = tokenizer?.words(ofLines: lines, foldAccents: lexicon.foldAccents)
                ?? lines.split(separator: "\n", omittingEmptySubsequences: false).prefix(pieces.count).enumerated().map { ($0, $1.lowercased()) }
            var result = [[Word]](repeating: [], count: terms.count)
            for (position, (line, word)) in broken.enumerated() {
                let lastOfPiece = position + 1 == broken.count || broken[position + 1].line != line
                result[pieces[line].term].append(Word(text: word, isPrefix: pieces[line].isPrefix && lastOfPiece))
            }
            return result
        }
        boilerplateHeadings = Set(words(of: lexicon.boilerplate).map { $0.map(\.text) })
        boilerplateLengths = Set(boilerplateHeadings.map(\.count))

        // Sections in taxonomy order and terms sorted within each: a deterministic order
        // regardless of dictionary iteration.
        var terms: [(section: Int, term: LanguageLexicon.Term, key: [UInt8])] = []
        for (section, entry) in taxonomy.entries.enumerated() {
            // By text, then body before heading. Texts compare as Strings compare, by their
            // NFC code units: each text normalized once, not at every comparison.
            let block = lexicon.sections[entry.id] ?? []
            let keys = block.map(\.text._nfcCodeUnits)
            let order = block.indices.sorted {
                keys[$0] != keys[$1] ? keys[$0].lexicographicallyPrecedes(keys[$1]) : block[$0].kind == .body && block[$1].kind == .heading
            }
            terms += order.map { (section, block[$0], keys[$0]) }
        }
        var entries: [Entry] = []
        var textKeys: [[UInt8]] = []
        for ((section, term, key), compiled) in zip(terms, words(of: terms.map(\.term.text))) where !compiled.isEmpty {
            let multiplier = term.concept.flatMap { multipliers[$0] } ?? 1
            entries.append(Entry(section: section, kind: term.kind, role: term.role, weight: term.weight * multiplier,
                                 concept: term.concept, words: compiled, display: term.text))
            textKeys.append(key)
        }
        sectionLimit = (entries.map(\.section).max() ?? 0) + 1
        // False friends go last, matched like entries and then dropped with what they cover.
        firstFalseFriend = entries.count
        for (phrase, compiled) in zip(lexicon.falseFriends, words(of: lexicon.falseFriends)) where !compiled.isEmpty {
            var entry = Entry(section: 0, kind: .body, role: .generic, weight: 0, concept: nil, words: compiled, display: phrase)
            entry.isFalseFriend = true
            entries.append(entry)
        }
        self.entries = entries
        // Entries are sorted by section and text, so the entries written alike are neighbours;
        // false friends, last, are named in the first section and looked up by name there.
        var evidenceNames: [String] = []
        var evidenceOfEntry: [Int] = []
        var firstSectionIDs: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if index > 0, index < firstFalseFriend, entries[index - 1].section == entry.section, textKeys[index - 1] == textKeys[index] {
                evidenceOfEntry.append(evidenceOfEntry[index - 1])
                continue
            }
            let name = taxonomy.entries[entry.section].id + "\u{0}" + entry.display
            if entry.section == 0 {
                if let known = firstSectionIDs[name] {
                    evidenceOfEntry.append(known)
                    continue
                }
                firstSectionIDs[name] = evidenceNames.count
            }
            evidenceOfEntry.append(evidenceNames.count)
            evidenceNames.append(name)
        }
        self.evidenceOfEntry = evidenceOfEntry
        self.evidenceNames = evidenceNames

        var exact: [String: [Int]] = [:]
        var stems: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            let first = entry.words[0]
            if first.isPrefix {
                stems[first.text, default: []].append(index)
            } else {
                exact[first.text, default: []].append(index)
            }
        }
        self.exact = exact
        knownWords = Set(entries.filter { !$0.isFalseFriend && $0.words.count == 1 && !$0.words[0].isPrefix }.map(\.words[0].text))
        var buckets: [String: [(stem: String, entries: [Int])]] = [:]
        for (stem, indexes) in stems.sorted(by: { $0.key < $1.key }) {
            buckets[String(stem.prefix(Self.bucketLength)), default: []].append((stem, indexes))
        }
        prefixBuckets = buckets
        shortStemLengths = Set(stems.keys.map(\.count).filter { $0 < Self.bucketLength }).sorted()

        var exactWordIDs: [String: Int32] = [:]
        var stemWordIDs: [String: Int32] = [:]
        var nextID: Int32 = 0
        var entryWordIDs: [Int32] = []
        var entryWordStarts: [Int32] = [0]
        for entry in entries {
            for word in entry.words {
                if let known = word.isPrefix ? stemWordIDs[word.text] : exactWordIDs[word.text] {
                    entryWordIDs.append(known)
                    continue
                }
                if word.isPrefix { stemWordIDs[word.text] = nextID } else { exactWordIDs[word.text] = nextID }
                entryWordIDs.append(nextID)
                nextID += 1
            }
            entryWordStarts.append(Int32(entryWordIDs.count))
        }
        self.entryWordIDs = entryWordIDs
        self.entryWordStarts = entryWordStarts
        self.exactWordIDs = exactWordIDs
        var stemWordBuckets: [String: [(stem: String, id: Int32)]] = [:]
        for (stem, id) in stemWordIDs.sorted(by: { $0.value < $1.value }) {
            stemWordBuckets[String(stem.prefix(Self.bucketLength)), default: []].append((stem, id))
        }
        self.stemWordBuckets = stemWordBuckets
        shortStemWordLengths = Set(stemWordIDs.keys.map(\.count).filter { $0 < Self.bucketLength }).sorted()

        var unitWords: [String: String] = [:]
        for (unit, words) in lexicon.units {
            for word in words { unitWords[TextFolding.fold(word, stripAccents: lexicon.foldAccents)] = unit }
        }
        self.unitWords = unitWords
        var numberWords: [String: Int] = [:]
        for (value, words) in lexicon.numbers {
            for word in words { numberWords[TextFolding.fold(word, stripAccents: lexicon.foldAccents)] = value }
        }
        self.numberWords = numberWords
        var counted: [String: String] = [:]
        for (key, words) in lexicon.countedUnits {
            for word in words { counted[TextFolding.fold(word, stripAccents: lexicon.foldAccents)] = key }
        }
        countedUnitWords = counted
        var references: [[String]: String] = [:]
        for (id, phrases) in lexicon.references {
            for phrase in phrases {
                let folded = tokenizer?.words(phrase, foldAccents: lexicon.foldAccents) ?? []
                if !folded.isEmpty { references[folded] = id }
            }
        }
        referencePhrases = references
    }

    /// Calls `body` with each white-space-separated piece of a term (white space as Unicode
    /// defines it), read by bytes: a scalar outside ASCII is asked for its property only
    /// where white space lies (`mayBeWhitespace`), so CJK and Thai terms cost a byte test a
    /// character. A term's spaces are never part of a cluster.
    static func forEachPiece(of term: String, _ body: (Substring) -> Void) {
        var term = term
        let pieces = term.withUTF8 { bytes -> [Range<Int>] in
            var pieces: [Range<Int>] = []
            var start: Int?
            var index = 0
            while index < bytes.count {
                let (value, length) = ByteScan.scalar(at: index, in: bytes)
                let isSpace = value < 0x80
                    ? value == 0x20 || (0x09...0x0D).contains(value)
                    : mayBeWhitespace(value) && Unicode.Scalar(value)!.properties.isWhitespace
                if isSpace, let pieceStart = start { pieces.append(pieceStart..<index); start = nil }
                else if !isSpace, start == nil { start = index }
                index += length
            }
            if let start { pieces.append(start..<bytes.count) }
            return pieces
        }
        let utf8 = term.utf8
        for piece in pieces {
            let start = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)
            body(term[start..<utf8.index(start, offsetBy: piece.count)])
        }
    }

    /// Whether a scalar from U+0080 up may be white space: U+0085, U+00A0, U+1680,
    /// U+2000 to U+205F and U+3000 hold every one there is (a test checks them all).
    @inline(__always)
    static func mayBeWhitespace(_ value: UInt32) -> Bool {
        value == 0x85 || value == 0xA0 || value == 0x1680 || (0x2000...0x205F).contains(value) || value == 0x3000
    }

    /// For each byte, the positions of the affixes whose first (or last) byte it is, in
    /// order; an empty affix goes with every byte. Texts and affixes are folded alike (NFC),
    /// so an affix a word starts with shares its first byte.
    private static func positions(of affixes: [String], byByte edge: (String.UTF8View) -> UInt8?) -> [[Int]] {
        var positions = [[Int]](repeating: [], count: 256)
        for (position, affix) in affixes.enumerated() {
            if let byte = edge(affix.utf8) {
                positions[Int(byte)].append(position)
            } else {
                for byte in positions.indices { positions[byte].append(position) }
            }
        }
        return positions
    }

    /// A word and the stems left when the language's affixes are stripped
    /// ("mengumpulkan" -> "kumpul"); just the word for languages without affix rules.
    public func forms(of word: String) -> [String] {
        // Hangul and Han syllables carry a word's meaning in one or two characters.
        let dense = word.unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) } ?? false
        let minimumStem = dense ? 1 : 3
        guard !(prefixes.isEmpty && suffixes.isEmpty), word.count >= (dense ? 2 : 4) else { return [word] }
        // A word the lexicon lists as an entry of its own is that word: stripping stops
        // there, so that "pengguna" (user) stays a user and never becomes "guna" (use).
        // A word met only inside phrases ("pengumpulan maklumat") is still stripped.
        if knownWords.contains(word) { return [word] }
        var forms = [word]
        var stems = [word]
        for _ in 0..<2 {
            var stripped: [String] = []
            for stem in stems {
                guard let last = stem.utf8.last else { continue }
                for suffix in suffixesByLastByte[Int(last)].map({ suffixes[$0] })
                where stem.hasSuffix(suffix) && stem.count - suffix.count >= minimumStem {
                    stripped.append(String(stem.dropLast(suffix.count)))
                }
            }
            stems += stripped
        }
        forms += stems.dropFirst()
        for _ in 0..<2 {
            var stripped: [String] = []
            for stem in forms {
                guard let first = stem.utf8.first else { continue }
                for rule in prefixesByFirstByte[Int(first)].map({ prefixes[$0] })
                where stem.hasPrefix(rule.affix) && stem.count - rule.affix.count >= minimumStem {
                    stripped.append(rule.replacement + stem.dropFirst(rule.affix.count))
                }
            }
            forms += stripped
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    /// Every entry found in a word sequence, in one pass: candidates come from hashed
    /// lookups of each word's forms; phrases are then checked word by word.
    public func hits(in words: [String]) -> [Hit] {
        hits(in: words, forms: forms(of:))
    }

    /// Same, with the caller's word-form lookup (a per-thread cache: word frequencies are
    /// skewed, so most words are stripped of their affixes once).
    public func hits(in words: [String], forms lookup: (String) -> [String]) -> [Hit] {
        let forms = words.map(lookup)
        var hits: [Hit] = []
        var found = Set<Int>()
        for position in forms.indices {
            found.removeAll(keepingCapacity: true)
            for form in forms[position] {
                for index in candidates(form) where !found.contains(index) {
                    let entry = entries[index]
                    if matches(entry.words, forms: forms, at: position) {
                        found.insert(index)
                        hits.append(Hit(entry: index, position: position, length: entry.words.count))
                    }
                }
            }
        }
        return withoutFalseFriends(hits)
    }

    /// Same over words interned in a per-thread cache: each distinct word's candidate
    /// entries and matching entry words were found once.
    func hits(inWords words: [Int], cache: LexiconWordCache) -> [Hit] {
        var hits: [Hit] = []
        // The cache's tables read as locals: a class's properties would be retained and
        // checked for exclusive access at every word.
        let candidates = cache.candidates, candidateStarts = cache.candidateStarts
        let wordIDs = cache.wordIDs, wordIDStarts = cache.wordIDStarts
        candidates.withUnsafeBufferPointer { candidates in
        candidateStarts.withUnsafeBufferPointer { candidateStarts in
        wordIDs.withUnsafeBufferPointer { wordIDs in
        wordIDStarts.withUnsafeBufferPointer { wordIDStarts in
        entryWordIDs.withUnsafeBufferPointer { entryWordIDs in
        entryWordStarts.withUnsafeBufferPointer { entryWordStarts in
        words.withUnsafeBufferPointer { words in
            /// Whether the word at `position` matches entry word `id` (its ids are few).
            func wordAt(_ position: Int, matches id: Int32) -> Bool {
                let word = words[position]
                for index in Int(wordIDStarts[word])..<Int(wordIDStarts[word + 1]) where wordIDs[index] == id { return true }
                return false
            }
            for position in 0..<words.count {
                let word = words[position]
                // A candidate that fails at one form fails at every form (the match reads all
                // of them), so each is tried once, as above.
                for candidate in Int(candidateStarts[word])..<Int(candidateStarts[word + 1]) {
                    let entry = Int(candidates[candidate])
                    let first = Int(entryWordStarts[entry])
                    let length = Int(entryWordStarts[entry + 1]) - first
                    guard position + length <= words.count else { continue }
                    var matched = true
                    for offset in 0..<length where !wordAt(position + offset, matches: entryWordIDs[first + offset]) {
                        matched = false
                        break
                    }
                    if matched { hits.append(Hit(entry: entry, position: position, length: length)) }
                }
            }
        }}}}}}}
        return withoutFalseFriends(hits)
    }

    /// The hits that no false friend covers, false friends themselves left out.
    private func withoutFalseFriends(_ hits: [Hit]) -> [Hit] {
        guard firstFalseFriend < entries.count, hits.contains(where: { $0.entry >= firstFalseFriend }) else { return hits }
        let spans = hits.filter { $0.entry >= firstFalseFriend }.map { $0.position..<($0.position + $0.length) }
        return hits.filter { hit in
            hit.entry < firstFalseFriend && !spans.contains { $0.overlaps(hit.position..<(hit.position + hit.length)) }
        }
    }

    /// The entries a word's forms may start, in the order `hits(in:forms:)` tries them,
    /// each once.
    func candidates(forms: [String]) -> [Int] {
        var result: [Int] = []
        var seen = Set<Int>()
        for form in forms {
            for index in candidates(form) where seen.insert(index).inserted { result.append(index) }
        }
        return result
    }

    /// The ids of the entry words that a word with these forms matches, sorted: an exact
    /// word equal to a form, or a stem that a form starts with.
    func wordIDs(forms: [String]) -> [Int32] {
        var result: [Int32] = []
        for form in forms {
            if let id = exactWordIDs[form] { result.append(id) }
            guard !stemWordBuckets.isEmpty else { continue }
            // A form starting with a stem shares the stem's first characters, so one of
            // these buckets holds it.
            for length in shortStemWordLengths + [Self.bucketLength] {
                guard let bucket = stemWordBuckets[String(form.prefix(length))] else { continue }
                for (stem, id) in bucket where form.hasPrefix(stem) { result.append(id) }
            }
        }
        result.sort()
        var unique: [Int32] = []
        for id in result where unique.last != id { unique.append(id) }
        return unique
    }

    /// The hits with each mention counted once: a hit inside a longer hit of the same
    /// section ("collect*" inside "we collect") is dropped, the longer (or heavier) kept.
    /// Hits come in position order and overlaps are local: one pass.
    public func distinct(_ hits: [Hit]) -> [Hit] {
        guard hits.count > 1 else { return hits }
        var kept: [Hit] = []
        // Sections are taxonomy positions: an array, not a hashed table.
        var lastOfSection = [Int](repeating: -1, count: sectionLimit)
        entries.withUnsafeBufferPointer { entries in
            for hit in hits {
                let section = entries[hit.entry].section
                let last = lastOfSection[section]
                if last >= 0, kept[last].position + kept[last].length > hit.position {
                    if (hit.length, entries[hit.entry].weight) > (kept[last].length, entries[kept[last].entry].weight) { kept[last] = hit }
                    continue
                }
                lastOfSection[section] = kept.count
                kept.append(hit)
            }
        }
        return kept
    }

    private func candidates(_ form: String) -> [Int] {
        var result = exact[form] ?? []
        guard !prefixBuckets.isEmpty else { return result }
        if let bucket = prefixBuckets[String(form.prefix(Self.bucketLength))] {
            for (stem, entries) in bucket where form.hasPrefix(stem) { result += entries }
        }
        for length in shortStemLengths {
            if let bucket = prefixBuckets[String(form.prefix(length))] {
                for (stem, entries) in bucket where stem.count == length && form.count >= length { result += entries }
            }
        }
        return result
    }

    private func matches(_ words: [Word], forms: [[String]], at position: Int) -> Bool {
        guard position + words.count <= forms.count else { return false }
        for (offset, word) in words.enumerated() {
            let candidates = forms[position + offset]
            let ok = word.isPrefix
                ? candidates.contains { $0.hasPrefix(word.text) }
                : candidates.contains(word.text)
            if !ok { return false }
        }
        return true
    }
}

import Foundation
import PolicyText

/// Identifies the language of a text: first its script (from ICU), then, among the
/// languages written in that script, the one whose frequent words (the lexicons'
/// `[profile]`) cover the text best.
///
/// Holds an ICU iterator: use one identifier per thread.
public final class LanguageIdentifier {
    public struct Guess: Sendable, Equatable {
        public let language: String
        /// 0...1: how clearly the best language beat the runner-up, and how much of the
        /// text its profile covers.
        public let confidence: Double
        /// The runner-up, when there was a contest.
        public let runnerUp: String?
    }

    /// Undetermined: no letters, or a script no lexicon is written in.
    public static let undetermined = "und"

    private let tags: [String]
    private let scriptOf: [String]
    private let profiles: LanguageProfiles
    /// The lines texts are read through (root break rules, no Turkish I): an analyzer's,
    /// shared with its classifiers so that each line of a document is broken once.
    private let lines: FoldedLines

    public init(lexicons: LexiconSet, lines: FoldedLines? = nil) throws {
        profiles = lexicons.languageProfiles
        tags = profiles.tags
        scriptOf = profiles.scriptOf
        self.lines = try lines ?? FoldedLines()
    }

    /// The script group a language's lexicon is written in ("Latn", "Cyrl", "Hani").
    public func script(of tag: String) -> String? {
        tags.firstIndex(of: tag).map { scriptOf[$0] }
    }

    /// Letters of each script group in a text (see `Scripts.letterGroups`).
    static func scriptHistogram(_ text: String) -> [String: Int] { Scripts.letterGroups(in: text) }

    /// The language of a translation that is still largely in its source language: the
    /// best language other than `source`, in any script with a real share of the letters
    /// (a Thai policy half left in English is Thai). Nil when the text has no other.
    public func identify(_ text: String, excluding source: String) -> Guess? {
        let histogram = Self.scriptHistogram(text)
        let letters = histogram.values.reduce(0, +)
        var best: Guess?
        var bestScore = 0.0
        for (script, count) in histogram where Double(count) >= 0.15 * Double(letters) {
            let allowed = Set(tags.indices.filter { scriptOf[$0] == script && tags[$0] != source }.map { tags[$0] })
            guard !allowed.isEmpty else { continue }
            let guess = identify(text, among: allowed, script: script)
            // A script of its own (Thai beside English) counts by its letters; a language
            // sharing the source's script by its profile's confidence.
            let score = allowed.count == 1 ? Double(count) / Double(letters) : guess.confidence
            if guess.language != Self.undetermined, score > bestScore, score >= 0.15 {
                best = guess
                bestScore = score
            }
        }
        return best
    }

    /// The language of `text`; `among` restricts the candidates (for clause-level checks),
    /// `script` reads the text as written in that script whatever its main one.
    public func identify(_ text: String, among allowed: Set<String>? = nil, script forcedScript: String? = nil) -> Guess {
        identify(text, histogram: Self.scriptHistogram(text), among: allowed, script: forcedScript)
    }

    /// Same, with the text's `scriptHistogram` already counted by the caller.
    func identify(_ text: String, histogram: [String: Int], among allowed: Set<String>? = nil, script forcedScript: String? = nil) -> Guess {
        let letters = histogram.values.reduce(0, +)
        // Ties are broken by the script's name: a dictionary's order changes from run to run.
        guard letters > 0, let (dominant, dominantCount) = histogram.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else {
            return Guess(language: Self.undetermined, confidence: 0, runnerUp: nil)
        }
        let script = forcedScript ?? dominant
        let count = forcedScript.map { histogram[$0] ?? 0 } ?? dominantCount
        let candidates = tags.indices.filter { scriptOf[$0] == script && (allowed?.contains(tags[$0]) ?? true) }
        let scriptShare = Double(count) / Double(letters)
        if candidates.isEmpty { return Guess(language: Self.undetermined, confidence: 0, runnerUp: nil) }
        if candidates.count == 1 {
            return Guess(language: tags[candidates[0]], confidence: min(1, scriptShare), runnerUp: nil)
        }

        var scores = [Double](repeating: 0, count: tags.count)
        var tokens = 0
        var matched = [Int](repeating: 0, count: tags.count)
        // Folding the whole text once is far cheaper than word by word. The first pass
        // counts the text's words, whatever its script's languages fold.
        let lookup = profiles.lookup(script: script)
        if Self.readsInOnePass(script: script, lookup: lookup) {
            scoreInOnePass(text, script: script, lookup: lookup, scores: &scores, matched: &matched, tokens: &tokens)
        } else {
            scoreInTwoPasses(text, script: script, lookup: lookup, scores: &scores, matched: &matched, tokens: &tokens)
        }
        let ranked = candidates.sorted { (scores[$0], tags[$1]) > (scores[$1], tags[$0]) }
        let best = ranked[0], second = ranked[1]
        guard scores[best] > 0 else {
            return Guess(language: Self.undetermined, confidence: 0, runnerUp: nil)
        }
        let margin = (scores[best] - scores[second]) / scores[best]
        let coverage = min(1, 2.5 * Double(matched[best]) / Double(max(tokens, 1)))
        let confidence = (margin * 0.7 + 0.3) * coverage * scriptShare
        return Guess(language: tags[best], confidence: (confidence * 100).rounded() / 100, runnerUp: tags[second])
    }

    /// In a spaced script, removing accents moves no word boundary: one ICU pass over the
    /// text with its accents serves both tables, a word's accents removed only when it has
    /// any (a language's words all come from one table, in text order, as in two passes).
    private static func readsInOnePass(script: String, lookup: LanguageProfiles.Lookup) -> Bool {
        !lookup.accentedWords.isEmpty && !Scripts.unspaced.contains(script)
    }

    /// Scores each word of `text` in both profile tables, accents kept then removed (see
    /// `readsInOnePass`).
    private func scoreInOnePass(_ text: String, script: String, lookup: LanguageProfiles.Lookup,
                                scores: inout [Double], matched: inout [Int], tokens: inout Int) {
        var words: [Int] = []
        lines.forEachWord(in: text) { word in
            if word.wordClass != .number { words.append(Int(word.form)) }
        }
        // Taken once the words are read: reading a text may start the forms afresh.
        let key = FormHits.key(script: script, pass: "both")
        var known = formHits(key)
        // Each distinct word is looked up in the tables once: what it adds, accents kept
        // then removed, is kept by form.
        for form in words {
            known.lookUp(form) { hits in
                let stripped = lines.stripped(Int32(form))
                hits.append(lines.withBytes(of: Int32(form)) { lookup.accentedWords.entry(of: $0) }, of: lookup.accentedWords)
                hits.append(lines.withBytes(of: stripped) { lookup.strippedWords.entry(of: $0) }, of: lookup.strippedWords)
            }
        }
        // Every word counts, with accents removed; each table adds its languages' weights,
        // word by word in text order (sums of doubles depend on their order).
        tokens += words.count
        known.add(words, to: &scores, matched: &matched)
        formHitsOfScript[key] = known
    }

    /// Scores each word of `text` in the profile tables: words folded with accents removed
    /// (counted), then with accents kept. Chinese and Japanese profiles list single
    /// characters (的, 們, の) that dictionary segmentation keeps inside longer words.
    /// What a word adds is looked up once per distinct form (`FormHits`) and added word by
    /// word in text order, as looking up every word would add it.
    private func scoreInTwoPasses(_ text: String, script: String, lookup: LanguageProfiles.Lookup,
                                  scores: inout [Double], matched: inout [Int], tokens: inout Int) {
        for (profile, strip) in [(lookup.strippedWords, true), (lookup.accentedWords, false)] where strip || !profile.isEmpty {
            let key = FormHits.key(script: script, pass: strip ? "stripped" : "accented")
            var known = formHits(key)
            // The words read so far, by key (see `FormHits`), added when a line must be read
            // word by word or the text ends.
            var words: [Int] = []
            lines.forEachLine(in: text, judgingStripSafety: strip) { line, lineWords, stripSafe in
                // Reading the text may have started the forms afresh, before its first line.
                if known.generation != lines.generation { known = FormHits(generation: lines.generation) }
                guard !strip || stripSafe else {
                    known.add(words, to: &scores, matched: &matched)
                    words.removeAll(keepingCapacity: true)
                    var hits = FormHits.Hits()
                    lines.tokenizer.forEachWordSegment(line, foldAccents: true) { word, wordClass in
                        guard wordClass != .number else { return }
                        tokens += 1
                        Self.forEachEntry(of: word, wordClass: wordClass, in: profile) { hits.append($0, of: profile) }
                    }
                    hits.add(to: &scores, matched: &matched)
                    return
                }
                for word in lineWords where word.wordClass != .number {
                    let form = strip ? lines.stripped(word.form) : word.form
                    let splits = Self.splitsIntoCharacters(word.wordClass)
                    let key = 2 * Int(form) + (splits ? 1 : 0)
                    known.lookUp(key) { hits in
                        lines.withBytes(of: form) { bytes in
                            Self.forEachEntry(of: bytes, wordClass: word.wordClass, in: profile) { hits.append($0, of: profile) }
                        }
                    }
                    words.append(key)
                    if strip { tokens += 1 }
                }
            }
            known.add(words, to: &scores, matched: &matched)
            formHitsOfScript[key] = known
        }
    }

    /// The scores, matched words and word count a text read as written in `script` is
    /// given, in one pass or two (for tests).
    func profileScores(_ text: String, script: String, inOnePass: Bool) -> (scores: [Double], matched: [Int], tokens: Int) {
        var scores = [Double](repeating: 0, count: tags.count)
        var matched = [Int](repeating: 0, count: tags.count)
        var tokens = 0
        let lookup = profiles.lookup(script: script)
        if inOnePass {
            scoreInOnePass(text, script: script, lookup: lookup, scores: &scores, matched: &matched, tokens: &tokens)
        } else {
            scoreInTwoPasses(text, script: script, lookup: lookup, scores: &scores, matched: &matched, tokens: &tokens)
        }
        return (scores, matched, tokens)
    }

    /// Whether a word's single characters are scored as well as the word.
    private static func splitsIntoCharacters(_ wordClass: WordClass) -> Bool {
        wordClass == .ideographic || wordClass == .kana
    }

    /// Calls `body` with the entry id + 1 of each profile word a folded word scores, in
    /// order: the word itself, then (ideographs and kana) each of its characters.
    private static func forEachEntry(of word: UnsafeBufferPointer<UInt8>, wordClass: WordClass,
                                     in profile: LanguageProfiles.WordTable, _ body: (Int32) -> Void) {
        body(profile.entry(of: word))
        guard splitsIntoCharacters(wordClass) else { return }
        let folded = String(decoding: word, as: UTF8.self)
        guard folded.count > 1 else { return }
        for character in folded {
            var single = String(character)
            body(single.withUTF8 { profile.entry(of: $0) })
        }
    }

    /// What each form of the shared lines adds to the scores when read in one pass over a
    /// script's tables, found the first time the form is met: the languages and weights of
    /// the form's profile words, in the order a word of that form adds them. A key is a form
    /// id (both tables in one pass) or, in two passes, twice the form id, plus one for a word
    /// split into characters. Hits of key `k` are `positions[starts[k]..<ends[k]]` and
    /// `weights[...]` alike: one flat run, added without a table lookup or array per word.
    private struct FormHits {
        /// Languages and weights, in the order they are added.
        struct Hits {
            var positions: [Int32] = []
            var weights: [Double] = []

            /// The hits of profile entry `entry` (its id + 1; 0 for none).
            mutating func append(_ entry: Int32, of profile: LanguageProfiles.WordTable) {
                guard entry > 0 else { return }
                for (position, weight) in profile.hits(ofID: Int(entry) - 1) {
                    positions.append(Int32(position))
                    weights.append(weight)
                }
            }

            func add(to scores: inout [Double], matched: inout [Int]) {
                for (position, weight) in zip(positions, weights) {
                    scores[Int(position)] += weight
                    matched[Int(position)] += 1
                }
            }
        }

        /// The lines' `generation` the form ids belong to.
        let generation: Int
        private var starts: [Int32] = []
        private var ends: [Int32] = []
        private var hits = Hits()

        init(generation: Int) { self.generation = generation }

        static func key(script: String, pass: String) -> String { script + "\u{0}" + pass }

        /// Looks up the hits of a key not met yet, appending them in order.
        mutating func lookUp(_ key: Int, _ find: (inout Hits) -> Void) {
            if key < starts.count, starts[key] >= 0 { return }
            if starts.count <= key {
                starts.append(contentsOf: repeatElement(-1, count: key + 1 - starts.count))
                ends.append(contentsOf: repeatElement(-1, count: key + 1 - ends.count))
            }
            let start = hits.positions.count
            find(&hits)
            starts[key] = Int32(start)
            ends[key] = Int32(hits.positions.count)
        }

        /// Adds the hits of each key, looked up already, in order.
        func add(_ keys: [Int], to scores: inout [Double], matched: inout [Int]) {
            scores.withUnsafeMutableBufferPointer { scores in
            matched.withUnsafeMutableBufferPointer { matched in
            starts.withUnsafeBufferPointer { starts in
            ends.withUnsafeBufferPointer { ends in
            hits.positions.withUnsafeBufferPointer { positions in
            hits.weights.withUnsafeBufferPointer { weights in
                for key in keys {
                    for index in Int(starts[key])..<Int(ends[key]) {
                        let position = Int(positions[index])
                        scores[position] += weights[index]
                        matched[position] += 1
                    }
                }
            }}}}}}
        }
    }

    /// Per script and pass, the hits of the shared lines' forms.
    private var formHitsOfScript: [String: FormHits] = [:]

    /// The hits kept under `key`, taken out of the cache while a text is scored (started
    /// afresh when the lines' forms were).
    private func formHits(_ key: String) -> FormHits {
        if let known = formHitsOfScript.removeValue(forKey: key), known.generation == lines.generation { return known }
        return FormHits(generation: lines.generation)
    }
}


/// Every language's profile words folded for lookup, with each language's script: made
/// once per lexicon set and shared by the identifiers of all threads. A script's languages
/// are hashed (and folded, unless the binary was built with them folded) the first time a
/// text in that script is identified: a run reads Latin or Thai, never all thirty-odd
/// profiles.
public final class LanguageProfiles: @unchecked Sendable {
    let tags: [String]
    let scriptOf: [String]
    private let sources: [Source]
    private var lookups: [String: Lookup] = [:]
    private let lock = NSLock()

    /// One language's profile: as written, folded on first use; or folded when the binary
    /// was built (the built-in lexicons).
    struct Source: Sendable {
        enum Words: Sendable {
            case written([(word: String, weight: Double)])
            /// "folded word<TAB>weight" lines.
            case folded(String)
        }

        let words: Words
        let foldAccents: Bool
        /// The script group it is written in.
        let script: String

        var written: [(word: String, weight: Double)]? {
            if case .written(let profile) = words { return profile }
            return nil
        }

        init(profile: [(word: String, weight: Double)], foldAccents: Bool) {
            words = .written(profile)
            self.foldAccents = foldAccents
            script = Self.script(of: profile)
        }

        init(_ lexicon: LanguageLexicon) {
            self.init(profile: lexicon.profile, foldAccents: lexicon.foldAccents)
        }

        init(folded entries: String, script: String, foldAccents: Bool) {
            words = .folded(entries)
            self.foldAccents = foldAccents
            self.script = script
        }

        /// A profile is written in one script, and the letters of its first words, counted
        /// as a text's letters are, tell which.
        static func script(of profile: [(word: String, weight: Double)]) -> String {
            Scripts.mainGroup(ofWords: profile.map(\.word))
        }

        /// Written words folded as texts are, with their weights: one ICU call, not one a
        /// word (folding never joins or splits lines).
        static func folded(_ profile: [(word: String, weight: Double)], foldAccents: Bool) -> [(folded: String, weight: Double)] {
            zip(profile, TextFolding.foldLines(profile.map(\.word), stripAccents: foldAccents)).map { ($1, $0.weight) }
        }
    }

    /// The profile words of one script's languages -> (language position, weight), folded
    /// with accents removed (languages that fold them) and kept (languages where "är" and
    /// "år" are different words).
    struct Lookup: Sendable {
        var strippedWords = WordTable()
        var accentedWords = WordTable()
    }

    /// Profile words by their UTF-8 bytes (a word's id in the table indexes its hits), so
    /// that a text is scored without a String per word.
    struct WordTable: Sendable {
        private var table = ByteStringTable()
        private var hits: [[(Int, Double)]] = []
        var isEmpty: Bool { hits.isEmpty }

        mutating func add(_ word: UnsafeBufferPointer<UInt8>, language position: Int, weight: Double) {
            let (id, isNew) = table.intern(word)
            if isNew { hits.append([]) }
            hits[id].append((position, weight))
        }

        func hits(of word: UnsafeBufferPointer<UInt8>) -> [(Int, Double)]? {
            table.find(word).id.map { hits[$0] }
        }

        /// A word's entry id + 1, or 0 when the table does not hold it.
        func entry(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
            table.find(word).id.map { Int32($0 + 1) } ?? 0
        }

        func hits(ofID id: Int) -> [(Int, Double)] { hits[id] }

        /// Every word with its hits, for tests and inspection.
        var words: [String: [(Int, Double)]] {
            Dictionary(uniqueKeysWithValues: hits.indices.map { (table.string($0), hits[$0]) })
        }
    }

    convenience init(_ languages: [String: LanguageLexicon]) {
        self.init(languages.mapValues(Source.init))
    }

    init(_ languages: [String: Source]) {
        tags = languages.keys.sorted()
        sources = tags.map { languages[$0]! }
        scriptOf = sources.map(\.script)
    }

    /// The words of the languages written in `script`, folded and hashed on first use.
    func lookup(script: String) -> Lookup {
        lock.lock()
        defer { lock.unlock() }
        if let known = lookups[script] { return known }
        let positions = tags.indices.filter { scriptOf[$0] == script }
        // Written profiles are folded independently: all at once, on all cores.
        var folded = [[(folded: String, weight: Double)]](repeating: [], count: positions.count)
        let sources = self.sources
        if positions.contains(where: { sources[$0].written != nil }) {
            folded.withUnsafeMutableBufferPointer { folded in
                DispatchQueue.concurrentPerform(iterations: positions.count) { index in
                    let source = sources[positions[index]]
                    if let written = source.written { folded[index] = Source.folded(written, foldAccents: source.foldAccents) }
                }
            }
        }
        var lookup = Lookup()
        for (position, languageWords) in zip(positions, folded) {
            let foldAccents = sources[position].foldAccents
            func add(_ word: UnsafeBufferPointer<UInt8>, _ weight: Double) {
                if foldAccents { lookup.strippedWords.add(word, language: position, weight: weight) }
                else { lookup.accentedWords.add(word, language: position, weight: weight) }
            }
            if case .folded(var entries) = sources[position].words {
                entries.withUTF8 { Self.forEachEntry($0, add) }
            }
            for (word, weight) in languageWords {
                var word = word
                word.withUTF8 { add($0, weight) }
            }
        }
        lookups[script] = lookup
        return lookup
    }

    /// Each word and weight of "word<TAB>weight" lines, the word's bytes valid during the call.
    private static func forEachEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Double) -> Void) {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            // The last tab: a weight holds none.
            var tab = end - 1
            while tab > start && bytes[tab] != 0x09 { tab -= 1 }
            let weight = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<end]), as: UTF8.self))!
            body(UnsafeBufferPointer(rebasing: bytes[start..<tab]), weight)
            start = end + 1
        }
    }
}

import PolicyText

/// Finds clauses of a translation still in the source language. Each clause (ICU
/// sentence, cut at ; : and brackets when long) is read word by word after masking what
/// translations keep: e-mails, URLs, numbers, acronyms, proper and product names. The
/// rest is weighed with the two languages' vocabularies (lexicon profiles and terms); a
/// clause mostly in the source language is flagged whole, a run of source-language words
/// inside a translated sentence ("B2B Marketing") as a span. With the original at hand,
/// a clause that repeats an original sentence is flagged whatever the words say.
///
/// Holds ICU iterators: one detector per thread.
public final class UntranslatedDetector {
    struct Vocabulary {
        let exact: Set<String>
        let stems: [String: [String]]
        let lexicon: CompiledLexicon

        init(_ language: LanguageLexicon, compiled: CompiledLexicon) {
            var exact = Set<String>(), stems: [String: [String]] = [:]
            func add(_ word: Substring) {
                let isStem = word.hasSuffix("*")
                let folded = TextFolding.fold(String(isStem ? word.dropLast() : word), stripAccents: language.foldAccents)
                guard !folded.isEmpty else { return }
                if isStem { stems[String(folded.prefix(3)), default: []].append(folded) } else { exact.insert(folded) }
            }
            for (word, _) in language.profile { add(Substring(word)) }
            for terms in language.sections.values {
                for term in terms { for word in term.text.split(whereSeparator: { $0.isWhitespace }) { add(word) } }
            }
            for words in language.units.values { for word in words { add(Substring(word)) } }
            self.exact = exact
            self.stems = stems
            lexicon = compiled
        }

        func contains(_ word: String) -> Bool {
            for form in lexicon.forms(of: word) {
                if exact.contains(form) { return true }
                if let bucket = stems[String(form.prefix(3))], bucket.contains(where: { form.hasPrefix($0) }) { return true }
            }
            return false
        }
    }

    enum Evidence { case source, target, shared, unknown, masked }

    public let sourceLanguage: String
    public let targetLanguage: String
    private let source: Vocabulary
    private let target: Vocabulary
    private let sourceFoldAccents: Bool
    private let targetFoldAccents: Bool
    private let tokenizer: Tokenizer
    private let splitter: SentenceSplitter
    /// Names kept by convention (keep.txt), folded word by word, by their first word.
    private let keptNames: [String: [[String]]]
    /// Whether the two languages share a script (then words, not scripts, tell them apart).
    private let sameScript: Bool

    public init(lexicons: LexiconSet, target: String, source: String) throws(PolicyError) {
        guard let targetTag = lexicons.resolve(target), let sourceTag = lexicons.resolve(source),
              let targetLexicon = lexicons.compiled(targetTag), let sourceLexicon = lexicons.compiled(sourceTag) else {
            throw PolicyError(.usage, "unknown language code `\(lexicons.resolve(target) == nil ? target : source)`")
        }
        sourceLanguage = sourceTag
        targetLanguage = targetTag
        self.source = Vocabulary(lexicons.lexicon(sourceTag)!, compiled: sourceLexicon)
        self.target = Vocabulary(lexicons.lexicon(targetTag)!, compiled: targetLexicon)
        sourceFoldAccents = sourceLexicon.foldAccents
        targetFoldAccents = targetLexicon.foldAccents
        do {
            tokenizer = try Tokenizer(locale: targetTag)
            splitter = try SentenceSplitter(locale: targetTag)
        } catch {
            throw PolicyError(.badData, "cannot open ICU iterators for \(targetTag): \(error)")
        }
        keptNames = Dictionary(grouping: lexicons.keptNames
            .map { $0.split(whereSeparator: { $0.isWhitespace }).map { TextFolding.fold(String($0), stripAccents: true) } }
            .filter { !$0.isEmpty }, by: { $0[0] })
        func script(_ lexicon: LanguageLexicon) -> String {
            var counts: [String: Int] = [:]
            for (word, _) in lexicon.profile {
                for scalar in word.unicodeScalars where scalar.properties.isAlphabetic { counts[Scripts.code(of: scalar), default: 0] += 1 }
            }
            return counts.max { $0.value < $1.value }?.key ?? "Latn"
        }
        sameScript = script(lexicons.lexicon(sourceTag)!) == script(lexicons.lexicon(targetTag)!)
    }

    /// Clauses of a translation's sections, in document order. `original` gives the
    /// source document's sentences for the verbatim check.
    /// `originalTitles` are the original's link texts: those that open with a name
    /// ("Discourse privacy policy") are titles a translation may keep.
    public func clauses(in sections: [Section], original: [Sentence] = [], originalTitles: [String] = []) -> [UntranslatedClause] {
        let index = OriginalIndex(original.map(\.text), fold: { [sourceFoldAccents] in TextFolding.fold($0, stripAccents: sourceFoldAccents) }, tokenizer: tokenizer)
        let titles = originalTitles.compactMap { title -> String? in
            let words = title.split(whereSeparator: { $0.isWhitespace })
            guard words.count >= 2, let first = words.first, isCapitalized(first),
                  !info(Substring(first.filter { $0.isLetter || $0.isNumber })).inSource else { return nil }
            return TextFolding.fold(title, stripAccents: true)
        }
        var result: [UntranslatedClause] = []
        for section in sections {
            for sentence in splitter.sentences(of: section) {
                let pieces = Self.clauses(of: sentence.text)
                var found: [UntranslatedClause] = []
                for clause in pieces {
                    guard let flagged = check(clause, line: sentence.line, endLine: sentence.endLine, original: index) else { continue }
                    let folded = TextFolding.fold(flagged.text, stripAccents: true)
                    if titles.contains(where: { $0.contains(folded) }) { continue }
                    // A gloss the long sentence was cut around: "(log files)".
                    if flagged.text.split(whereSeparator: { $0.isWhitespace }).count <= 3,
                       ["(\(flagged.text))", "（\(flagged.text)）", "“\(flagged.text)”", "«\(flagged.text)»", "\"\(flagged.text)\""]
                        .contains(where: sentence.text.contains) { continue }
                    found.append(flagged)
                }
                // Most of a long sentence flagged piece by piece: the sentence is one finding.
                if pieces.count >= 2, found.count >= 2 {
                    let letters = UntranslatedShare.letters
                    if Double(found.reduce(0) { $0 + letters($1.text) }) >= 0.6 * Double(letters(sentence.text)) {
                        let confidence = found.map(\.confidence).max() ?? 0.9
                        found = [UntranslatedClause(startLine: sentence.line, endLine: sentence.endLine, text: sentence.text,
                                                    confidence: confidence, reason: found[0].reason)]
                    }
                }
                result += found
            }
        }
        return result
    }

    /// A postal address ("GitHub B.V., Vijzelstraat 68-72, 1017 HL Amsterdam"): names and
    /// numbers with hardly a lowercase word, one of them a house number or postal code.
    static func isPostalAddress(_ clause: String) -> Bool {
        let words = clause.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        // A postal code or house number: four digits or more, or a range ("68-72").
        let postal = words.contains { word in
            word.filter(\.isNumber).count >= 4 || (word.contains("-") && word.allSatisfy { $0.isNumber || $0 == "-" })
        }
        guard words.count >= 2, postal else { return false }
        let lowercase = words.filter { word in word.first.map { $0.isLowercase } ?? false }
        return lowercase.count <= 1 && words.count - lowercase.count >= 2
    }

    /// Cuts a long sentence at ; : and brackets, where a translator may have left part.
    static func clauses(of sentence: String) -> [String] {
        // Table cells are read one by one: a translated cell beside one left in English.
        if ByteSearch.contains(sentence, " | ") {
            return sentence.components(separatedBy: " | ").flatMap { clauses(of: $0) }
        }
        guard sentence.split(whereSeparator: { $0.isWhitespace }).count > 20 || sentence.count > 160 else { return [sentence] }
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(sentence.unicodeScalars)
        let boundaries: Set<Unicode.Scalar> = [";", "；", ":", "：", "(", "（", ")", "）"]
        for (offset, scalar) in scalars.enumerated() {
            // "https://" is no clause boundary.
            let isURLColon = scalar == ":" && offset + 1 < scalars.count && scalars[offset + 1] == "/"
            if boundaries.contains(scalar) && !isURLColon {
                pieces.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        pieces.append(String(current))
        return pieces.map { String(SourceLines.trim(Substring($0))) }.filter { $0.contains(where: \.isLetter) }
    }

    func check(_ clause: String, line: Int, endLine: Int, original: OriginalIndex) -> UntranslatedClause? {
        if Self.isPostalAddress(clause) { return nil }
        let masked = Self.maskingPlaceholders(FactExtractor.maskingAddresses(clause))
        let segments = tokenizer.segments(masked)
        guard !segments.isEmpty else { return nil }
        let evidence = classify(segments, in: masked)
        let sourceCount = evidence.filter { $0 == .source }.count
        let targetCount = evidence.filter { $0 == .target }.count
        // A copy of the original's sentence, when it is in the source language (a French
        // line the English original also has is no English left untranslated).
        let unknown = evidence.filter { $0 == .unknown }.count
        let sourceMajority = sameScript || Double(sourceCount) >= 0.5 * Double(sourceCount + unknown)
        if sourceCount >= 2, sourceCount >= targetCount, sourceMajority, original.matches(clause),
           !isOriginalName(Substring(masked), original) {
            return UntranslatedClause(startLine: line, endLine: endLine, text: clause, confidence: 0.99, reason: "matches the original")
        }
        // The whole clause: mostly source-language words.
        // Across scripts a Latin clause is no target text, but it may be another language
        // than the source (a French line in a Chinese policy): most of it must be source words.
        if sourceCount >= 3, sourceMajority, !isOriginalName(Substring(masked), original), Double(sourceCount) >= 2.5 * Double(targetCount) + 0.5 * Double(unknown) * (sameScript ? 0.5 : 0) {
            let share = Double(sourceCount) / Double(sourceCount + targetCount + max(0, unknown / 2))
            let confidence = min(0.99, share * min(1, 0.55 + 0.1 * Double(sourceCount)))
            return UntranslatedClause(startLine: line, endLine: endLine, text: clause, confidence: (confidence * 100).rounded() / 100,
                                      reason: "source-language words")
        }
        // A run of source-language words inside a translated sentence.
        var best: (Int, Int, Int)?
        var start: Int?
        var words = 0, sourceWords = 0
        func close(_ end: Int) {
            // A run of capitalized words inside a translated sentence is a name the
            // translation keeps ("Microsoft Store", "QR Code", "AWS Korea"), unless it is
            // long enough to be a title left in English; standing alone as the whole clause,
            // two such words are a heading left untranslated ("Your Rights").
            let titled = start.map { first in (first...max(first, end)).allSatisfy { isCapitalizedOrAcronym(segments[$0].word) } } ?? false
            // Whole: nothing but the run, numbering and other masked words ("8. Other Information").
            let isName = titled && words <= 4 && !(start.map { first in
                segments.indices.allSatisfy { (first...max(first, end)).contains($0) || evidence[$0] == .masked }
            } ?? false)
            let enough = (words == 2 && titled) || (words >= 3 && sourceWords >= 2 && (sameScript || sourceWords * 2 >= words))
            if !isName, let s = start, words >= 2, sourceWords >= 1, enough, sourceWords * 2 >= words - 1 {
                if best == nil || sourceWords > best!.2 { best = (s, end, sourceWords) }
            }
            start = nil; words = 0; sourceWords = 0
        }
        for (position, kind) in evidence.enumerated() {
            // A bracket ends a run: a gloss in brackets is judged alone ("판매자(seller of
            // record)"), not joined to the words after it.
            if start != nil, position > 0,
               masked[segments[position - 1].word.endIndex..<segments[position].word.startIndex].contains(where: { "()（）[]".contains($0) }) {
                close(position - 1)
            }
            // Across scripts every Latin word belongs to the run ("our privacy team"), loans
            // the target lexicon knows included; within a script only source words do.
            let latin = isLatin(segments[position].word)
            // A name inside an English run ("Contact GitHub Support") carries it on across
            // scripts, without counting as English.
            let isLatinLike = kind == .source || (!sameScript && latin)
                || (kind == .masked && isAcronym(segments[position].word))
            if isLatinLike {
                if start == nil { start = position }
                words += 1
                if kind == .source { sourceWords += 1 }
            } else if kind == .target || kind == .shared || (kind == .unknown && sameScript) || kind == .masked {
                close(position - 1)
            }
        }
        close(evidence.count - 1)
        guard let (first, last, count) = best, count >= 1 else { return nil }
        let span = masked[segments[first].word.startIndex..<segments[last].word.endIndex]
        guard span.count >= 6 else { return nil }
        // One word joined by hyphens is a loan compound the language has taken in
        // ("User-Agent", "Log-Files", "IP-Technologie"), not a clause left in English.
        if !span.contains(where: \.isWhitespace) { return nil }
        // A short gloss in brackets or quotes ("αρχεία καταγραφής (log files)") gives the
        // English term on purpose.
        let before = masked[..<span.startIndex].last { !$0.isWhitespace }
        let after = masked[span.endIndex...].first { !$0.isWhitespace }
        if last - first + 1 <= 3, let before, let after, "(（[«“\"「'‘".contains(before), ")）]»”\"」'’".contains(after) { return nil }
        if isOriginalName(span, original) { return nil }
        let confidence = min(0.9, 0.5 + 0.15 * Double(count))
        return UntranslatedClause(startLine: line, endLine: endLine, text: String(span), confidence: (confidence * 100).rounded() / 100,
                                  reason: "source-language words")
    }

    /// A name the original writes capitalized mid-sentence is a proper name the translation
    /// may keep ("Acceptable Use Policy", "California Civil Code"), not a term left untranslated.
    private func isOriginalName(_ text: Substring, _ original: OriginalIndex) -> Bool {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        guard words.count >= 2, let first = words.first, let last = words.last,
              first.first?.isUppercase ?? false, last.first?.isUppercase ?? false,
              words.allSatisfy({ ($0.first?.isUppercase ?? false) || OriginalIndex.nameConnectors.contains($0.lowercased()) })
        else { return false }
        return original.names.contains(TextFolding.fold(words.joined(separator: " "), stripAccents: sourceFoldAccents))
    }

    /// Square brackets hold placeholders and template fields ("[Company Name]",
    /// "[email protected]"), not prose.
    static func maskingPlaceholders(_ text: String) -> String {
        guard text.contains("[") else { return text }
        var result = ""
        var depth = 0
        for character in text {
            if character == "[" { depth += 1 }
            result.append(depth > 0 ? " " : character)
            if character == "]" && depth > 0 { depth -= 1 }
        }
        return result
    }

    private func isLatin(_ word: Substring) -> Bool {
        word.unicodeScalars.first.map { Scripts.code(of: $0) == "Latn" } ?? false
    }

    private func isAcronym(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && word.count <= 8 && (letters.allSatisfy(\.isUppercase) || word.contains(where: \.isNumber)) && isLatin(word)
    }

    /// A word's folded form and where the two vocabularies place it, computed once a word.
    struct WordInfo {
        let plain: String
        let inSource: Bool
        let inTarget: Bool
    }
    private var wordCache: [Substring: WordInfo] = [:]

    private func info(_ word: Substring) -> WordInfo {
        if let known = wordCache[word] { return known }
        let plain = TextFolding.fold(String(word), stripAccents: true)
        let unstripped = sourceFoldAccents && targetFoldAccents ? plain : TextFolding.fold(String(word), stripAccents: false)
        let info = WordInfo(plain: plain,
                            inSource: source.contains(sourceFoldAccents ? plain : unstripped),
                            inTarget: target.contains(targetFoldAccents ? plain : unstripped))
        if wordCache.count > 200_000 { wordCache.removeAll(keepingCapacity: true) }
        wordCache[word] = info
        return info
    }

    /// What each word says about the clause's language, names and placeables masked.
    func classify(_ segments: [(word: Substring, wordClass: WordClass)], in clause: String = "") -> [Evidence] {
        var evidence = [Evidence](repeating: .unknown, count: segments.count)
        let infos = segments.map { info($0.word) }
        let foldedPlain = infos.map(\.plain)
        var masked = [Bool](repeating: false, count: segments.count)

        // Names kept by convention (keep.txt).
        for position in segments.indices {
            for name in keptNames[foldedPlain[position]] ?? [] where position + name.count <= segments.count
            && foldedPlain[position..<(position + name.count)].elementsEqual(name) {
                for offset in position..<(position + name.count) { masked[offset] = true }
            }
        }
        // Numbers, e-mails, URLs, acronyms.
        for (position, segment) in segments.enumerated() {
            let word = segment.word
            if segment.wordClass == .number || word.contains("@") || word.contains(".") && word.contains(where: \.isLetter) && !word.hasSuffix(".")
                || isAcronym(word) || word.contains(where: \.isNumber) {
                masked[position] = true
            }
        }
        // Proper names: runs of capitalized words of which one at least is no known word
        // of either language ("Google Analytics", "Dynatron Software", "NetSuite").
        var position = 0
        while position < segments.count {
            guard !masked[position], isCapitalized(segments[position].word) else { position += 1; continue }
            var end = position
            while end + 1 < segments.count, !masked[end + 1], isCapitalized(segments[end + 1].word) {
                end += 1
            }
            let run = position...end
            // "California Consumer Privacy Act (CCPA)": a name introducing its acronym.
            let introducesAcronym = run.count >= 2 && end + 1 < segments.count && isAcronym(segments[end + 1].word)
                && !clause.isEmpty && clause[segments[end].word.endIndex..<segments[end + 1].word.startIndex].contains("(")
            // "EEA: European Economic Area", "(GDPR) General Data Protection Regulation": an
            // acronym spelled out beside it, a glossary entry rather than a clause.
            let initials = String(run.compactMap { segments[$0].word.first }).uppercased()
            let spellsOut = run.count >= 2 && [position - 1, end + 1].contains { index in
                segments.indices.contains(index) && isAcronym(segments[index].word)
                    && initials == segments[index].word.filter(\.isLetter).uppercased()
            }
            let hasName = introducesAcronym || spellsOut || run.contains { index in
                let word = segments[index].word
                return word.count >= 2 && !infos[index].inSource && !infos[index].inTarget
                    && !(index == 0 && run.count == 1)
            }
            if hasName { for index in run { masked[index] = true } }
            position = end + 1
        }
        for index in segments.indices {
            if masked[index] { evidence[index] = .masked; continue }
            let inSource = infos[index].inSource
            // A word in the target's own script counts for the target.
            let inTarget = (!sameScript && !isLatin(segments[index].word)) || infos[index].inTarget
            switch (inSource, inTarget) {
            case (true, false): evidence[index] = .source
            case (false, true): evidence[index] = .target
            case (true, true): evidence[index] = .shared
            case (false, false): evidence[index] = .unknown
            }
        }
        return evidence
    }

    private func isCapitalizedOrAcronym(_ word: Substring) -> Bool {
        isCapitalized(word) || isAcronym(word)
    }

    private func isCapitalized(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, isLatin(word) else { return false }
        return true
    }
}

/// Original sentences indexed by their words, to find a translation's clause that
/// repeats one of them (near-)verbatim.
struct OriginalIndex {
    private var sentences: [Set<String>] = []
    private var byWord: [String: [Int]] = [:]
    private let fold: (String) -> String
    private let tokenizer: Tokenizer
    /// Small words inside names ("Office of Data and Innovation", "Agencia Española de
    /// Protección de Datos", "Bundesamt für Sicherheit").
    static let nameConnectors: Set<String> = ["of", "and", "for", "the", "on", "&", "de", "du", "des", "del", "la", "le", "y", "et",
                                              "von", "der", "für", "und", "van", "het", "da", "do", "di", "e"]

    /// Multi-word names of the original: capitalized runs inside its sentences ("our
    /// Acceptable Use Policy", "the California Civil Code"), folded.
    private(set) var names: Set<String> = []

    init(_ originals: [String], fold: @escaping (String) -> String, tokenizer: Tokenizer) {
        self.fold = fold
        self.tokenizer = tokenizer
        for original in originals {
            let words = original.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
            var run: [Substring] = []
            func keep() {
                // Every part of two words or more: "California Civil Code" of "California
                // Civil Code Section".
                guard run.count >= 2, run.count <= 8 else { return }
                for start in 0..<(run.count - 1) {
                    for end in (start + 2)...run.count { names.insert(fold(run[start..<end].joined(separator: " "))) }
                }
            }
            var connectors: [Substring] = []
            for (index, word) in words.enumerated() {
                if index > 0, let first = word.first, first.isUppercase {
                    run += connectors
                    connectors = []
                    run.append(word)
                    continue
                }
                // "Office of Data and Innovation": small words join a name's capitalized ones.
                if !run.isEmpty, Self.nameConnectors.contains(word.lowercased()), connectors.count < 2 {
                    connectors.append(word)
                    continue
                }
                keep()
                run = []
                connectors = []
            }
            keep()
        }
        for original in originals {
            let words = Set(tokenizer.segments(fold(FactExtractor.maskingAddresses(original))).filter { $0.wordClass != .number }.map { String($0.word) })
            guard words.count >= 4 else { continue }
            for word in words { byWord[word, default: []].append(sentences.count) }
            sentences.append(words)
        }
    }

    /// True when the clause shares 80% of its words with one original sentence. Candidates
    /// come from the clause's three rarest words (a near-copy shares most of its words, so
    /// one of them): frequent words ("the") would make this quadratic in document length.
    func matches(_ clause: String) -> Bool {
        guard !sentences.isEmpty else { return false }
        let words = Set(tokenizer.segments(fold(FactExtractor.maskingAddresses(clause))).filter { $0.wordClass != .number }.map { String($0.word) })
        guard words.count >= 4 else { return false }
        let rarest = words.filter { byWord[$0] != nil }.sorted { (byWord[$0]!.count, $0) < (byWord[$1]!.count, $1) }.prefix(3)
        var candidates = Set<Int>()
        for word in rarest { candidates.formUnion(byWord[word]!) }
        return candidates.contains { id in
            let shared = sentences[id].intersection(words).count
            let union = words.count + sentences[id].count - shared
            return Double(shared) / Double(union) >= 0.8 || (shared >= 6 && Double(shared) / Double(words.count) >= 0.9)
        }
    }
}

/// The share of a translation's letters inside clauses still in the source language; 1 for
/// a text in the source language itself (it is no translation at all).
enum UntranslatedShare {
    static func measure(_ policy: AnalyzedPolicy, clauses: [UntranslatedClause], sourceLanguage: String) -> Double {
        guard policy.language != sourceLanguage else { return 1 }
        let total = policy.sections.reduce(0) { $0 + letters($1.text) }
        guard total > 0 else { return 0 }
        let flagged = clauses.reduce(0) { $0 + letters($1.text) }
        return (min(1, Double(flagged) / Double(total)) * 100).rounded() / 100
    }

    static func letters(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic ? 1 : 0) } }
}

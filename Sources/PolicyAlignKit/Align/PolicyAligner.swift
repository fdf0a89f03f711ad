import Foundation
import PolicyText

/// Aligns a translation with its original: sections by their features, sentences inside
/// aligned sections, then untranslated clauses and fact differences. Keeps ICU iterators
/// per language: one aligner per thread.
public final class PolicyAligner {
    public let lexicons: LexiconSet
    public var sectionAligner = SectionAligner()
    public var sentenceAligner = SentenceAligner()
    private var splitters: [String: SentenceSplitter] = [:]
    private var extractors: [String: FactExtractor] = [:]
    private var referenceCache: [String: Set<String>] = [:]
    private var tokenizers: [String: Tokenizer] = [:]
    /// Per translation and source language: a detector's vocabularies take a while to build.
    private var detectors: [String: UntranslatedDetector] = [:]

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// Per-document working data: sentences and facts of every section.
    struct Prepared {
        let sentences: [[Sentence]]
        /// Facts of each sentence of each section, link targets included.
        let sentenceFacts: [[[Fact]]]
        var sentencePlaceables: [[Set<String>]]
        /// Taxonomy sections each sentence's words belong to (see `AlignableSentence.topics`).
        let sentenceTopics: [[Set<Int>]]
        var alignable: [AlignableSection]

        /// Every name placeable of the document.
        var names: Set<String> {
            sentencePlaceables.reduce(into: Set<String>()) { all, section in
                for sentence in section { all.formUnion(sentence.filter { $0.hasPrefix("name:") }) }
            }
        }

        /// Drops name placeables the other version never writes.
        mutating func keepNames(_ shared: Set<String>) {
            func keep(_ placeable: String) -> Bool { !placeable.hasPrefix("name:") || shared.contains(placeable) }
            sentencePlaceables = sentencePlaceables.map { $0.map { $0.filter(keep) } }
            for index in alignable.indices { alignable[index].placeables = alignable[index].placeables.filter(keep) }
        }
    }

    public func align(source: AnalyzedPolicy, target: AnalyzedPolicy, sourceLanguage: String? = nil) throws(PolicyError) -> PolicyAlignment {
        var a = try prepare(source)
        var b = try prepare(target)
        // A name is an anchor only if both versions write it: "User Personal Information"
        // is translated, "GitHub" is not.
        let shared = a.names.intersection(b.names)
        a.keepNames(shared)
        b.keepNames(shared)
        let sourceGroups = Self.runInGroups(a.alignable, other: b.alignable)
        let targetGroups = Self.runInGroups(b.alignable, other: a.alignable)
        let beads = sectionAligner.align(Self.folded(a.alignable, sourceGroups), Self.folded(b.alignable, targetGroups)).map { bead in
            Bead(source: bead.source.flatMap { sourceGroups[$0] }, target: bead.target.flatMap { targetGroups[$0] }, score: bead.score)
        }

        var sectionPairs: [PolicyAlignment.SectionPair] = []
        var sentencePairs: [PolicyAlignment.SentencePair] = []
        var findings: [FactFinding] = []
        var omissions: [Omission] = []
        var flowedTarget = target
        let ratio = Self.typicalRatio(beads, a.alignable, b.alignable)
        for bead in beads {
            switch (bead.source.isEmpty, bead.target.isEmpty) {
            case (false, true):
                for s in bead.source {
                    sectionPairs.append(.init(source: s, target: nil, label: source.sections[s].label,
                                              sourceLabel: source.sections[s].label, targetLabel: nil, score: 0))
                }
            case (true, false):
                for t in bead.target {
                    sectionPairs.append(.init(source: nil, target: t, label: target.sections[t].label,
                                              sourceLabel: nil, targetLabel: target.sections[t].label, score: 0))
                }
            case (false, false):
                let sourceSentences = bead.source.flatMap { a.sentences[$0] }
                let targetSentences = bead.target.flatMap { b.sentences[$0] }
                let sourceFacts = bead.source.flatMap { a.sentenceFacts[$0] }
                let targetFacts = bead.target.flatMap { b.sentenceFacts[$0] }
                let sourcePlaceables = bead.source.flatMap { a.sentencePlaceables[$0] }
                let targetPlaceables = bead.target.flatMap { b.sentencePlaceables[$0] }
                // A translated section shorter than the length model expects by a sentence's
                // worth has likely lost one: leaving a sentence out becomes a likelier step.
                var sentenceAligner = self.sentenceAligner
                let expected = Double(sourceSentences.reduce(0) { $0 + $1.text.count }) * ratio
                let actual = Double(targetSentences.reduce(0) { $0 + $1.text.count })
                if expected - actual >= max(30, 0.12 * expected) { sentenceAligner.omissionPrior = 0.12 }
                let sentenceBeads = sentenceAligner.align(
                    Self.alignable(sourceSentences, sourcePlaceables, bead.source.flatMap { a.sentenceTopics[$0] }),
                    Self.alignable(targetSentences, targetPlaceables, bead.target.flatMap { b.sentenceTopics[$0] }),
                    ratio: ratio)
                let checked = OmissionCheck(ratio: ratio).omissions(
                    beads: sentenceBeads, source: sourceSentences, target: targetSentences, sourceFacts: sourceFacts,
                    targetFacts: targetFacts, sourceSection: bead.source[0], targetSection: bead.target[0])
                // A merge whose member lost (nearly) all its text is that member missing: the
                // translation dropped the section and its neighbour took its place.
                var found = checked
                var members = bead.source
                if bead.source.count >= 2 {
                    for member in bead.source {
                        let body = a.sentences[member].filter { !$0.isHeading }
                        let letters = body.reduce(0) { $0 + $1.text.count }
                        let lostHere = found.filter { $0.sentences.first?.section == member }
                        let lostLetters = lostHere.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.text.count } }
                        // A heading with no text of its own (a parent of subsections) is lost
                        // when its heading found no counterpart: no free gap for empty parents.
                        let headingLost = letters == 0 && sentenceBeads.contains { sentenceBead in
                            sentenceBead.target.isEmpty && sentenceBead.source.contains { sourceSentences[$0].isHeading && sourceSentences[$0].section == member }
                        }
                        guard members.count > 1, headingLost || (letters > 0 && Double(lostLetters) >= 0.6 * Double(letters)) else { continue }
                        members.removeAll { $0 == member }
                        found.removeAll { $0.sentences.first?.section == member }
                        sectionPairs.append(.init(source: member, target: nil, label: source.sections[member].label,
                                                  sourceLabel: source.sections[member].label, targetLabel: nil, score: 0))
                    }
                }
                omissions += found
                // A pair that lost content is no clean pair, whatever its other evidence.
                let lost = found.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.text.count } }
                let sourceLength = max(1, sourceSentences.reduce(0) { $0 + $1.text.count })
                let sectionScore = bead.score * (1 - min(0.8, Double(lost) / Double(sourceLength)))
                for s in members {
                    for t in bead.target {
                        sectionPairs.append(.init(source: s, target: t, label: source.sections[s].label,
                                                  sourceLabel: source.sections[s].label, targetLabel: target.sections[t].label,
                                                  score: (sectionScore * 100).rounded() / 100))
                    }
                }
                // Labels flow across the alignment: the translation's section takes its original's.
                for t in bead.target {
                    let original = source.sections[bead.source[0]]
                    flowedTarget.sections[t].label = original.label
                    flowedTarget.sections[t].labels = original.labels
                    flowedTarget.sections[t].confidence = max(original.confidence, target.sections[t].confidence) * bead.score.squareRoot()
                }
                for sentenceBead in sentenceBeads {
                    sentencePairs.append(.init(source: sentenceBead.source.map { sourceSentences[$0] },
                                               target: sentenceBead.target.map { targetSentences[$0] },
                                               score: (sentenceBead.score * 100).rounded() / 100))
                }
                // Facts are compared inside sentence pairs first, then across the section;
                // legal references by presence, and only those the translation's lexicon
                // can recognise (a law it names in words we do not know is no finding).
                let groups = sentenceBeads.map { sentenceBead in
                    FactComparison.Group(
                        source: sentenceBead.source.flatMap { index in
                            sourceFacts[index].filter { $0.kind != .reference }.map { ($0, sourceSentences[index]) }
                        },
                        target: sentenceBead.target.flatMap { index in
                            targetFacts[index].filter { $0.kind != .reference }.map { ($0, targetSentences[index]) }
                        },
                        targetSentence: sentenceBead.target.first.map { targetSentences[$0] })
                }
                findings += FactComparison.compare(groups, sourceSection: bead.source.first, targetSection: bead.target.first)
                findings += referenceDifferences(
                    sourceSentences.indices.flatMap { index in sourceFacts[index].filter { $0.kind == .reference }.map { ($0, sourceSentences[index]) } },
                    targetSentences.indices.flatMap { index in targetFacts[index].filter { $0.kind == .reference }.map { ($0, targetSentences[index]) } },
                    sourceLanguage: source.language, targetLanguage: target.language,
                    sourceSection: bead.source[0], targetSection: bead.target[0], targetSentences: targetSentences)
            case (true, true):
                break
            }
        }
        // A translation in a language without a lexicon cannot be read word by word.
        let untranslated: [UntranslatedClause]
        if lexicons.resolve(target.language) != nil, lexicons.resolve(sourceLanguage ?? source.language) != nil {
            let detector = try self.detector(target: target.language, source: sourceLanguage ?? source.language)
            untranslated = detector.clauses(in: target.sections, original: a.sentences.flatMap { $0 },
                                            originalTitles: Self.linkTexts(source))
        } else {
            untranslated = []
        }
        let share = UntranslatedShare.measure(target, clauses: untranslated, sourceLanguage: sourceLanguage ?? source.language)
        var alignment = PolicyAlignment(source: source, target: flowedTarget, sectionPairs: Self.inDocumentOrder(sectionPairs),
                                        sentencePairs: sentencePairs, untranslated: untranslated, facts: findings, omissions: omissions,
                                        untranslatedShare: share, sourceLanguage: sourceLanguage ?? source.language)
        alignment.findings = FindingsBuilder.findings(of: alignment)
        return alignment
    }

    /// A bold lead-in and the sentence it opens are one sentence ("**Usage data**: the pages
    /// you visit"), as the other version may write it in a list item without a heading.
    static func joiningLeadIn(_ sentences: [Sentence], of section: Section) -> [Sentence] {
        guard section.isLeadIn, sentences.count >= 2, sentences[0].isHeading, !sentences[1].isHeading else { return sentences }
        var joined = sentences[1]
        let lead = sentences[0].text
        let closed = lead.last.map { ":：.。".contains($0) } ?? false
        joined.text = lead + (closed ? " " : ": ") + joined.text
        joined.line = sentences[0].line
        joined.links = sentences[0].links + joined.links
        return [joined] + sentences.dropFirst(2)
    }

    /// Run-in headings are a way of writing, not structure, in a version that uses them where
    /// the other hardly does ("- **User content**: ..." list items in the original, paragraphs
    /// with bold lead-ins in the translation): that version's run-in sections are aligned as
    /// part of the section before them. Each group is a section and the run-ins it takes.
    static func runInGroups(_ sections: [AlignableSection], other: [AlignableSection]) -> [[Int]] {
        let own = sections.filter(\.runIn).count, theirs = other.filter(\.runIn).count
        guard own > 0, theirs * 2 < own else { return sections.indices.map { [$0] } }
        var groups: [[Int]] = []
        for (index, section) in sections.enumerated() {
            if section.runIn, !groups.isEmpty { groups[groups.count - 1].append(index) } else { groups.append([index]) }
        }
        return groups
    }

    /// Each group as one section: the head's labels, numbering and level, everyone's text.
    static func folded(_ sections: [AlignableSection], _ groups: [[Int]]) -> [AlignableSection] {
        groups.map { group in
            let head = sections[group[0]]
            guard group.count > 1 else { return head }
            return AlignableSection(labels: head.labels, numbering: head.numbering,
                                    placeables: group.reduce(into: Set<String>()) { $0.formUnion(sections[$1].placeables) },
                                    length: group.reduce(0) { $0 + sections[$1].length }, level: head.level,
                                    runIn: head.runIn, anchor: head.anchor)
        }
    }

    static func alignable(_ sentences: [Sentence], _ placeables: [Set<String>], _ topics: [Set<Int>]) -> [AlignableSentence] {
        sentences.indices.map { index in
            AlignableSentence(length: sentences[index].text.count, placeables: placeables[index],
                              shape: AlignableSentence.shape(of: sentences[index].text), topics: topics[index],
                              cognates: AlignableSentence.cognates(of: sentences[index].text), startsBlock: sentences[index].startsBlock,
                              isHeading: sentences[index].isHeading)
        }
    }

    func prepare(_ policy: AnalyzedPolicy) throws(PolicyError) -> Prepared {
        let splitter = try self.splitter(policy.language)
        let extractor = try self.extractor(policy.language == LanguageIdentifier.undetermined
                                           ? Self.likelyLanguage(of: policy) ?? policy.language : policy.language)
        var sentences: [[Sentence]] = []
        var facts: [[[Fact]]] = []
        // Names the document writes mid-sentence: the same word opening a sentence is a name too.
        var documentNames = Set<String>()
        for section in policy.sections {
            for block in section.body { documentNames.formUnion(Self.names(in: block.text)) }
        }
        var placeables: [[Set<String>]] = []
        var topics: [[Set<Int>]] = []
        var alignable: [AlignableSection] = []
        let compiled = lexicons.compiled(policy.language)
        let tokenizer = compiled.flatMap { self.tokenizer($0.tag) }
        for section in policy.sections {
            let sectionSentences = Self.joiningLeadIn(splitter.sentences(of: section), of: section)
            var sectionFacts: [[Fact]] = []
            var sentencePlaceables: [Set<String>] = []
            for sentence in sectionSentences {
                let found = extractor?.facts(in: sentence.text, line: sentence.line) ?? []
                // A heading's or list item's numbering ("3.", "b)") is structure, not a fact: a
                // translation may number a list where the original has bullets.
                var content = found.filter { !Self.isNumbering($0, of: sentence.text, isHeading: sentence.isHeading) }
                // Link targets are facts of their sentence, once: a link whose text is its own
                // address is already there.
                for link in sentence.links {
                    guard let fact = LinkTargets.fact(link, line: sentence.line),
                          !content.contains(where: { $0.kind == fact.kind && $0.value == fact.value }) else { continue }
                    content.append(fact)
                }
                sectionFacts.append(content)
                sentencePlaceables.append(Set(content.map(\.placeable)).union(Self.names(in: sentence.text, known: documentNames)))
            }
            sentences.append(sectionSentences)
            facts.append(sectionFacts)
            topics.append(sectionSentences.map { sentence in
                guard let compiled, let tokenizer else { return [] }
                let words = tokenizer.words(sentence.text, foldAccents: compiled.foldAccents)
                return Set(compiled.hits(in: words).map { compiled.entries[$0.entry].section })
            })
            placeables.append(sentencePlaceables)
            let numbering = section.heading.flatMap { Numbering.parse(Substring($0)) }.map { numbering in
                String(numbering.label.unicodeScalars.map { Scripts.digitValue(of: $0).map { Character(String($0)) } ?? Character($0) })
                    .trimmingCharacters(in: CharacterSet(charactersIn: ". )）(（"))
            }
            // An opening read as intro because it opens the document says nothing about
            // which section of the other version it matches.
            let labels = section.isOpening ? section.labels.filter { $0 != "intro" } : section.labels
            alignable.append(AlignableSection(labels: labels.isEmpty ? [Taxonomy.other] : labels, numbering: numbering,
                                              placeables: sentencePlaceables.reduce(into: Set<String>()) { $0.formUnion($1) },
                                              length: section.text.count, level: section.level, runIn: section.runIn || section.isLeadIn,
                                              anchor: section.anchor))
        }
        return Prepared(sentences: sentences, sentenceFacts: facts, sentencePlaceables: placeables, sentenceTopics: topics,
                        alignable: alignable)
    }

    /// The translation's usual length over the original's: the median over aligned sections
    /// of some length, so that parts left untranslated (ratio near 1 in a language that is
    /// half as long) do not skew what the rest is expected to be.
    static func typicalRatio(_ beads: [Bead], _ source: [AlignableSection], _ target: [AlignableSection]) -> Double {
        let ratios = beads.compactMap { bead -> Double? in
            let s = bead.source.reduce(0) { $0 + source[$1].length }, t = bead.target.reduce(0) { $0 + target[$1].length }
            guard s >= 100, t > 0 else { return nil }
            return Double(t) / Double(s)
        }.sorted()
        guard ratios.count >= 3 else { return SectionAligner.lengthRatio(source, target) }
        return ratios[ratios.count / 2]
    }

    /// Pairs in the order of the original (pairs without an original after the pair before).
    static func inDocumentOrder(_ pairs: [PolicyAlignment.SectionPair]) -> [PolicyAlignment.SectionPair] {
        var keyed: [(key: Double, offset: Int, pair: PolicyAlignment.SectionPair)] = []
        var last = -1.0
        for (offset, pair) in pairs.enumerated() {
            let key = pair.source.map(Double.init) ?? last + 0.5
            if let s = pair.source { last = Double(s) }
            keyed.append((key, offset, pair))
        }
        return keyed.sorted { ($0.key, $0.offset) < ($1.key, $1.offset) }.map(\.pair)
    }

    /// Legal references each side names and the other does not, where the other side's
    /// lexicon knows how to write that reference.
    func referenceDifferences(_ source: [(Fact, Sentence)], _ target: [(Fact, Sentence)], sourceLanguage: String,
                              targetLanguage: String, sourceSection: Int, targetSection: Int,
                              targetSentences: [Sentence]) -> [FactFinding] {
        let sourceKnows = knownReferences(sourceLanguage), targetKnows = knownReferences(targetLanguage)
        let sourceValues = Set(source.map(\.0.value)), targetValues = Set(target.map(\.0.value))
        var result: [FactFinding] = []
        var reported = Set<String>()
        for (fact, sentence) in source where !targetValues.contains(fact.value) && targetKnows.contains(fact.value) {
            guard reported.insert(fact.value).inserted else { continue }
            var finding = FactFinding(kind: .reference, source: fact, target: nil, status: .missing,
                                      sourceSection: sourceSection, targetSection: targetSection)
            finding.sourceSentence = sentence
            // Where the reference should be: the translated sentence at the same place.
            let position = source.firstIndex { $0.1 == sentence }.map { Double($0) / Double(max(1, source.count)) } ?? 0
            finding.targetSentence = targetSentences.isEmpty ? nil
                : targetSentences[min(targetSentences.count - 1, Int(position * Double(targetSentences.count)))]
            result.append(finding)
        }
        for (fact, sentence) in target where !sourceValues.contains(fact.value) && sourceKnows.contains(fact.value) {
            guard reported.insert("+" + fact.value).inserted else { continue }
            var finding = FactFinding(kind: .reference, source: nil, target: fact, status: .extra,
                                      sourceSection: sourceSection, targetSection: targetSection)
            finding.targetSentence = sentence
            result.append(finding)
        }
        return result
    }

    /// Reference ids a language's lexicon writes out (`[references]`).
    private func knownReferences(_ language: String) -> Set<String> {
        if let known = referenceCache[language] { return known }
        let known = Set(lexicons.compiled(language)?.referencePhrases.values.map { $0 } ?? [])
        referenceCache[language] = known
        return known
    }

    /// For a document in a language without a lexicon: the language ICU's likely-subtags
    /// data gives its main script ("und-Geor" is Georgian), for month names and digits.
    static func likelyLanguage(of policy: AnalyzedPolicy) -> String? {
        var sample = ""
        for block in policy.document.blocks where sample.utf8.count < 20_000 { sample += block.text + "\n" }
        guard let script = Scripts.histogram(of: Substring(sample)).max(by: { $0.value < $1.value })?.key,
              script != "Latn", script != "Zyyy" else { return nil }
        let maximal = Locale.Language(identifier: "und-" + script).maximalIdentifier
        let language = maximal.split(separator: "-").first.map(String.init)
        return language == "und" ? nil : language
    }

    /// The texts of a policy's links, for titles a translation keeps ("Discourse privacy policy").
    public static func linkTexts(_ policy: AnalyzedPolicy) -> [String] {
        policy.sections.flatMap { section in section.body.flatMap { block in block.links.compactMap { $0.text(in: block.text) } } }
    }

    static func isNumbering(_ fact: Fact, of heading: String, isHeading: Bool = false) -> Bool {
        guard fact.kind == .number || fact.kind == .date else { return false }
        if let numbering = Numbering.parse(Substring(heading)) { return numbering.label.contains(fact.text) }
        guard isHeading else { return false }
        // "Article 1 (Definitions)", "Section 2.3", "Artículo 4": the number of a heading that
        // names its article, as 第1条 and 제1조 do (`Numbering`).
        let words = heading.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2 else { return false }
        let first = words[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let number = words[1].trimmingCharacters(in: CharacterSet(charactersIn: ".:)"))
        return articleWords.contains(first) && number == fact.text
    }

    /// Words that open a heading numbering an article or section of a legal text.
    static let articleWords: Set<String> = ["article", "art", "section", "sec", "chapter", "clause", "§", "artikel", "artículo",
                                            "articulo", "articolo", "artigo", "artykuł", "статья", "стаття", "madde", "pasal", "điều",
                                            "kapitel", "abschnitt", "capítulo", "chapitre", "sección"]

    /// Latin-script capitalized words inside a sentence that survive translation
    /// unchanged: product and company names ("Google", "NetSuite").
    static func names(in text: String, known: Set<String> = []) -> Set<String> {
        var result = Set<String>()
        var first = true
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            defer { first = false }
            guard word.count >= 3, let initial = word.first, initial.isUppercase, initial.isASCII,
                  word.dropFirst().contains(where: { $0.isLowercase || $0.isUppercase }) else { continue }
            let name = "name:" + word.lowercased()
            // A sentence's first word is capitalised anyway: a name only if used as one elsewhere.
            if !first || known.contains(name) { result.insert(name) }
        }
        return result
    }

    private func splitter(_ language: String) throws(PolicyError) -> SentenceSplitter {
        if let existing = splitters[language] { return existing }
        do {
            let made = try SentenceSplitter(locale: language == LanguageIdentifier.undetermined ? "und" : language)
            splitters[language] = made
            return made
        } catch {
            throw PolicyError(.badData, "cannot open ICU sentence iterator for \(language)")
        }
    }

    private func tokenizer(_ tag: String) -> Tokenizer? {
        if let existing = tokenizers[tag] { return existing }
        let made = try? Tokenizer(locale: tag)
        tokenizers[tag] = made
        return made
    }

    private func detector(target: String, source: String) throws(PolicyError) -> UntranslatedDetector {
        let key = target + ">" + source
        if let existing = detectors[key] { return existing }
        let made = try UntranslatedDetector(lexicons: lexicons, target: target, source: source)
        detectors[key] = made
        return made
    }

    private func extractor(_ language: String) throws(PolicyError) -> FactExtractor? {
        if let existing = extractors[language] { return existing }
        // A language without a lexicon still has digits, addresses and links: read them with
        // the English lexicon (its unit words never match, so durations are bare numbers).
        let own = lexicons.compiled(language)
        guard let compiled = own ?? lexicons.compiled("en") else { return nil }
        do {
            let made = try FactExtractor(lexicon: compiled, locale: own == nil && language != LanguageIdentifier.undetermined ? language : nil)
            extractors[language] = made
            return made
        } catch {
            throw PolicyError(.badData, "cannot open ICU word iterator for \(language)")
        }
    }
}

extension Fact {
    /// The fact as an alignment anchor: kind and value, language-independent.
    var placeable: String { kind.rawValue + ":" + value }
}

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

    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
    }

    /// Per-document working data: sentences and facts of every section.
    struct Prepared {
        let sentences: [[Sentence]]
        /// Facts of each sentence of each section, link targets included.
        let sentenceFacts: [[[Fact]]]
        let sentencePlaceables: [[Set<String>]]
        let alignable: [AlignableSection]
    }

    public func align(source: AnalyzedPolicy, target: AnalyzedPolicy, sourceLanguage: String? = nil) throws(PolicyError) -> PolicyAlignment {
        let a = try prepare(source)
        let b = try prepare(target)
        let beads = sectionAligner.align(a.alignable, b.alignable)

        var sectionPairs: [PolicyAlignment.SectionPair] = []
        var sentencePairs: [PolicyAlignment.SentencePair] = []
        var findings: [FactFinding] = []
        var omissions: [Omission] = []
        var flowedTarget = target
        let ratio = SectionAligner.lengthRatio(a.alignable, b.alignable)
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
                let sentenceBeads = sentenceAligner.align(
                    zip(sourceSentences, sourcePlaceables).map { AlignableSentence(length: $0.0.text.count, placeables: $0.1) },
                    zip(targetSentences, targetPlaceables).map { AlignableSentence(length: $0.0.text.count, placeables: $0.1) },
                    ratio: ratio)
                let found = OmissionCheck(ratio: ratio).omissions(
                    beads: sentenceBeads, source: sourceSentences, target: targetSentences, sourceFacts: sourceFacts,
                    targetFacts: targetFacts, sourceSection: bead.source[0], targetSection: bead.target[0])
                omissions += found
                // A pair that lost content is no clean pair, whatever its other evidence.
                let lost = found.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.text.count } }
                let sourceLength = max(1, sourceSentences.reduce(0) { $0 + $1.text.count })
                let sectionScore = bead.score * (1 - min(0.8, Double(lost) / Double(sourceLength)))
                for s in bead.source {
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
                // Facts are compared inside sentence pairs first, then across the section.
                let groups = sentenceBeads.map { sentenceBead in
                    FactComparison.Group(
                        source: sentenceBead.source.flatMap { index in sourceFacts[index].map { ($0, sourceSentences[index]) } },
                        target: sentenceBead.target.flatMap { index in targetFacts[index].map { ($0, targetSentences[index]) } },
                        targetSentence: sentenceBead.target.first.map { targetSentences[$0] })
                }
                findings += FactComparison.compare(groups, sourceSection: bead.source.first, targetSection: bead.target.first)
            case (true, true):
                break
            }
        }
        let detector = try UntranslatedDetector(lexicons: lexicons, target: target.language,
                                                source: sourceLanguage ?? source.language)
        let untranslated = detector.clauses(in: target.sections, original: a.sentences.flatMap { $0 })
        let share = target.language == (sourceLanguage ?? source.language)
            ? 1 : UntranslatedShare.measure(sentences: b.sentences.flatMap { $0 }, clauses: untranslated)
        return PolicyAlignment(source: source, target: flowedTarget, sectionPairs: sectionPairs, sentencePairs: sentencePairs,
                               untranslated: untranslated, facts: findings, omissions: omissions, untranslatedShare: share,
                               sourceLanguage: sourceLanguage ?? source.language)
    }

    func prepare(_ policy: AnalyzedPolicy) throws(PolicyError) -> Prepared {
        let splitter = try self.splitter(policy.language)
        let extractor = try self.extractor(policy.language)
        var sentences: [[Sentence]] = []
        var facts: [[[Fact]]] = []
        var placeables: [[Set<String>]] = []
        var alignable: [AlignableSection] = []
        for section in policy.sections {
            let sectionSentences = splitter.sentences(of: section)
            var sectionFacts: [[Fact]] = []
            var sentencePlaceables: [Set<String>] = []
            for sentence in sectionSentences {
                let found = extractor?.facts(in: sentence.text, line: sentence.line) ?? []
                // The heading's numbering ("3.") is structure, not a fact of the section.
                var content = sentence.isHeading ? found.filter { !Self.isNumbering($0, of: sentence.text) } : found
                // Link targets are facts of their sentence, once: a link whose text is its own
                // address is already there.
                for link in sentence.links {
                    guard let fact = LinkTargets.fact(link, line: sentence.line),
                          !content.contains(where: { $0.kind == fact.kind && $0.value == fact.value }) else { continue }
                    content.append(fact)
                }
                sectionFacts.append(content)
                sentencePlaceables.append(Set(content.map(\.placeable)).union(Self.names(in: sentence.text)))
            }
            sentences.append(sectionSentences)
            facts.append(sectionFacts)
            placeables.append(sentencePlaceables)
            let numbering = section.heading.flatMap { Numbering.parse(Substring($0)) }.map { numbering in
                String(numbering.label.unicodeScalars.map { Scripts.digitValue(of: $0).map { Character(String($0)) } ?? Character($0) })
                    .trimmingCharacters(in: CharacterSet(charactersIn: ". )）(（"))
            }
            alignable.append(AlignableSection(labels: section.labels, numbering: numbering,
                                              placeables: sentencePlaceables.reduce(into: Set<String>()) { $0.formUnion($1) },
                                              length: section.text.count, level: section.level, runIn: section.runIn))
        }
        return Prepared(sentences: sentences, sentenceFacts: facts, sentencePlaceables: placeables, alignable: alignable)
    }

    static func isNumbering(_ fact: Fact, of heading: String) -> Bool {
        guard fact.kind == .number || fact.kind == .date, let numbering = Numbering.parse(Substring(heading)) else { return false }
        return numbering.label.contains(fact.text)
    }

    /// Latin-script capitalized words inside a sentence that survive translation
    /// unchanged: product and company names ("Google", "NetSuite").
    static func names(in text: String) -> Set<String> {
        var result = Set<String>()
        var first = true
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            defer { first = false }
            guard !first, word.count >= 3, let initial = word.first, initial.isUppercase, initial.isASCII,
                  word.dropFirst().contains(where: { $0.isLowercase || $0.isUppercase }) else { continue }
            result.insert("name:" + word.lowercased())
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

    private func extractor(_ language: String) throws(PolicyError) -> FactExtractor? {
        if let existing = extractors[language] { return existing }
        guard let compiled = lexicons.compiled(language) else { return nil }
        do {
            let made = try FactExtractor(lexicon: compiled)
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

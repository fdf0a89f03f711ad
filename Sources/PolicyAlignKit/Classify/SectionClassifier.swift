import Foundation

/// Scores text against a compiled lexicon: heading cues found in a heading weigh most,
/// body scores are normalized for length, and a short subsection leans on its parent.
///
/// Holds an ICU iterator: use one classifier per thread.
public final class SectionClassifier {
    public let lexicon: CompiledLexicon
    public let taxonomy: Taxonomy
    private let tokenizer: Tokenizer
    /// Word -> its forms after affix stripping, filled as words are met.
    private var formsCache: [String: [String]] = [:]

    private func cachedForms(_ word: String) -> [String] {
        if let known = formsCache[word] { return known }
        let forms = lexicon.forms(of: word)
        if formsCache.count > 200_000 { formsCache.removeAll(keepingCapacity: true) }
        formsCache[word] = forms
        return forms
    }

    /// Below this score nothing is claimed: the label is `other`.
    static let minimumScore = 1.0
    /// Secondary labels need this share of the primary's score.
    static let secondaryShare = 0.5
    static let secondaryMinimum = 2.0

    public init(lexicon: CompiledLexicon, taxonomy: Taxonomy) throws {
        self.lexicon = lexicon
        self.taxonomy = taxonomy
        tokenizer = try Tokenizer(locale: lexicon.tag)
    }

    /// Multipliers by where a term is found and what kind of evidence it is. A purpose
    /// phrase opening a heading ("To provide the service") names the section as a heading
    /// cue does; a generic word ("account") gets no extra weight there.
    private static func factor(role: ConceptInventory.Concept.Kind, inHeading: Bool) -> Double {
        switch (role, inHeading) {
        case (.heading, true), (.purpose, true): return 4
        case (.body, true): return 2
        case (.generic, true): return 1
        case (.heading, false): return 0.5
        case (.body, false), (.purpose, false), (.generic, false): return 1
        }
    }

    /// Weight added to `intro` for a policy's opening text, which introduces the policy in
    /// nearly every policy even when it lists what the policy covers (collection, use...).
    static let openingIntroBonus = 6.0

    /// `headingReader` reads the heading when it is in another language than the body (a
    /// heading left in English inside a translation).
    public func classify(heading: String?, body: String, parent: Classification? = nil,
                         isOpening: Bool = false, headingReader: SectionClassifier? = nil) -> Classification {
        let count = taxonomy.entries.count
        var scores = [Double](repeating: 0, count: count)
        var contributions: [String: Double] = [:]

        func add(_ hits: [CompiledLexicon.Hit], from lexicon: CompiledLexicon, inHeading: Bool, scale: Double) {
            for hit in hits {
                let entry = lexicon.entries[hit.entry]
                let value = entry.weight * Self.factor(role: entry.role, inHeading: inHeading) * scale
                scores[entry.section] += value
                contributions[taxonomy.entries[entry.section].id + "\u{0}" + entry.display, default: 0] += value
            }
        }

        let reader = headingReader ?? self
        let headingWords = heading.map { reader.tokenizer.words($0, foldAccents: reader.lexicon.foldAccents) } ?? []
        let bodyWords = tokenizer.words(body, foldAccents: lexicon.foldAccents)
        let headingHits = reader.lexicon.hits(in: headingWords, forms: reader.cachedForms)
        // A heading that lists several topics ("Collection, Processing, Sharing, or Other
        // Disclosure") says less about each: the text decides.
        let headingTopics = Set(headingHits.map { reader.lexicon.entries[$0.entry].section }).count
        let headingScale = headingTopics >= 3 ? 0.5 : 1
        // Too little text to tell (a navigation crumb such as "Skip link").
        if heading == nil && bodyWords.count < 6 {
            return Classification.other(sections: count)
        }
        add(headingHits, from: reader.lexicon, inHeading: true, scale: headingScale)
        // Long sections mention many topics in passing: damp the body by its length.
        let bodyScale = 1 / max(1, (Double(bodyWords.count) / 60).squareRoot())
        add(lexicon.hits(in: bodyWords, forms: cachedForms), from: lexicon, inHeading: false, scale: bodyScale)

        // The opening text of a policy (its title section, or the text before the first
        // heading) introduces it, even when it lists what it covers (collection, use...):
        // intro leads, and the topic it names most stays as a secondary label.
        if isOpening, bodyWords.count >= 15, let intro = taxonomy.position(of: "intro") {
            let lead = max(scores[intro] + Self.openingIntroBonus, (scores.max() ?? 0) * 1.1)
            contributions["intro\u{0}(opening of the policy)", default: 0] += lead - scores[intro]
            scores[intro] = lead
        }
        // A short subsection ("A. About the Collection of Parent Email Addresses:", "To
        // provide the service") is read in the light of its parent's topic, when the parent's
        // heading names one.
        if let parent, parent.label != Taxonomy.other, parent.headingNamesTopic, bodyWords.count < 80 {
            let top = scores.max() ?? 0
            if top < 4 {
                for index in scores.indices { scores[index] += parent.scores[index] * 0.25 }
            }
        }
        var result = decide(scores: scores, contributions: contributions)
        result.headingNamesTopic = !headingHits.isEmpty
        return result
    }

    private func decide(scores: [Double], contributions: [String: Double]) -> Classification {
        let ranked = scores.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }
        let best = ranked[0]
        let top = scores[best]
        guard top >= Self.minimumScore else {
            var result = Classification.other(sections: scores.count)
            result.scores = scores
            return result
        }
        let second = ranked.count > 1 ? scores[ranked[1]] : 0
        var labels = [taxonomy.entries[best].id]
        for index in ranked.dropFirst() where scores[index] >= top * Self.secondaryShare && scores[index] >= Self.secondaryMinimum {
            labels.append(taxonomy.entries[index].id)
            if labels.count == 3 { break }
        }
        let bestID = taxonomy.entries[best].id
        let evidence = contributions
            .filter { $0.key.hasPrefix(bestID + "\u{0}") }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(6)
            .map { String($0.key.dropFirst(bestID.count + 1)) }
        return Classification(label: bestID, labels: labels,
                              confidence: Self.confidence(top: top, second: second),
                              evidence: evidence, scores: scores)
    }

    /// Strength of evidence (saturating in the top score) times the margin over the
    /// runner-up, mapped onto the share of labels that were right at that raw value on the
    /// corpus gold files (493 sections, 14 languages): a confidence of 0.8 means about four
    /// labels in five are right. See the accuracy-by-confidence test.
    static func confidence(top: Double, second: Double) -> Double {
        let strength = 1 - exp(-top / 5)
        let margin = (top - second) / top
        let raw = strength * (0.45 + 0.55 * margin)
        return (calibrated(raw) * 100).rounded() / 100
    }

    /// Piecewise-linear, monotone map from the raw score to the observed accuracy.
    static let calibration: [(raw: Double, accuracy: Double)] = [(0, 0.05), (0.3, 0.6), (0.5, 0.8), (0.7, 0.95), (0.9, 0.99), (1, 0.99)]

    static func calibrated(_ raw: Double) -> Double {
        let points = calibration
        guard raw > points[0].raw else { return points[0].accuracy }
        for (low, high) in zip(points, points.dropFirst()) where raw <= high.raw {
            return low.accuracy + (raw - low.raw) / (high.raw - low.raw) * (high.accuracy - low.accuracy)
        }
        return points.last!.accuracy
    }

    /// Taxonomy positions a heading names, through heading cues or body terms (a translated
    /// heading often says it with a body word: "Welche Informationen sammeln wir?").
    func headingTopics(_ heading: String) -> Set<Int> {
        let words = tokenizer.words(heading, foldAccents: lexicon.foldAccents)
        return Set(lexicon.hits(in: words, forms: cachedForms).map { lexicon.entries[$0.entry].section })
    }

    /// Below this many words a section has no text of its own (a title with a date, a
    /// parent heading whose subsections follow).
    static let realTextWords = 15

    /// Labels every section of a document in order, so parents are labelled before children.
    public func classify(_ sections: inout [Section], headingReader: (Section) -> SectionClassifier? = { _ in nil }) {
        let bodyWords = sections.map { tokenizer.words(String($0.bodyText.prefix(600)), foldAccents: false).count }
        markOpening(&sections, bodyWords: bodyWords)
        var children: [Int: [Int]] = [:]
        for index in sections.indices { if let parent = sections[index].parent { children[parent, default: []].append(index) } }
        var results: [Int: Classification] = [:]
        for index in sections.indices {
            let section = sections[index]
            let parent = section.parent.flatMap { results[$0] }
            var body = section.bodyText
            // A parent heading with no text of its own is about what its subsections say.
            if bodyWords[index] < Self.realTextWords, !section.isOpening, let kids = children[index] {
                body += "\n" + descendantsText(of: kids, in: sections, children: children)
            }
            let result = classify(heading: section.heading, body: body, parent: parent, isOpening: section.isOpening,
                                  headingReader: headingReader(section))
            results[index] = result
            sections[index].label = result.label
            sections[index].labels = result.labels
            sections[index].confidence = result.confidence
            sections[index].evidence = result.evidence
        }
    }

    private func descendantsText(of indices: [Int], in sections: [Section], children: [Int: [Int]]) -> String {
        var text = ""
        var stack = indices.reversed() as [Int]
        while let index = stack.popLast(), text.utf8.count < 20_000 {
            text += sections[index].text + "\n"
            stack += (children[index] ?? []).reversed()
        }
        return text
    }

    /// The opening of a policy is its title section or the text before the first heading;
    /// when that holds no text (a title and a date), the opening runs on to the first section
    /// with text, unless that section's heading names a topic ("Information we collect").
    func markOpening(_ sections: inout [Section], bodyWords: [Int]) {
        let intro = taxonomy.position(of: "intro")
        var openingSeen = false
        for index in sections.indices {
            let section = sections[index]
            let topics = section.heading.map(headingTopics) ?? []
            let namesTopic = !topics.subtracting([intro].compactMap { $0 }).isEmpty
            if bodyWords[index] >= Self.realTextWords {
                // A title marked like every other heading opens the document as well.
                if !section.isOpening, !namesTopic, openingSeen || index == 0 {
                    sections[index].isOpening = true
                }
                return
            }
            guard section.isOpening || !namesTopic else { return }
            openingSeen = openingSeen || section.isOpening
        }
    }
}

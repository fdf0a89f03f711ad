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

    /// Multipliers by where a term is found and what kind of term it is.
    private static func factor(kind: LanguageLexicon.Term.Kind, inHeading: Bool) -> Double {
        switch (kind, inHeading) {
        case (.heading, true): return 4
        case (.body, true): return 2
        case (.heading, false): return 0.5
        case (.body, false): return 1
        }
    }

    /// Weight added to `intro` for a policy's opening text, which introduces the policy in
    /// nearly every policy even when it lists what the policy covers (collection, use...).
    static let openingIntroBonus = 6.0

    public func classify(heading: String?, body: String, parent: Classification? = nil,
                         isOpening: Bool = false) -> Classification {
        let count = taxonomy.entries.count
        var scores = [Double](repeating: 0, count: count)
        var contributions: [String: Double] = [:]

        func add(_ hits: [CompiledLexicon.Hit], inHeading: Bool, scale: Double) {
            for hit in hits {
                let entry = lexicon.entries[hit.entry]
                let value = entry.weight * Self.factor(kind: entry.kind, inHeading: inHeading) * scale
                scores[entry.section] += value
                contributions[taxonomy.entries[entry.section].id + "\u{0}" + entry.display, default: 0] += value
            }
        }

        let headingWords = heading.map { tokenizer.words($0, foldAccents: lexicon.foldAccents) } ?? []
        let bodyWords = tokenizer.words(body, foldAccents: lexicon.foldAccents)
        // A heading that lists several topics ("Collection, Processing, Sharing, or Other
        // Disclosure") says less about each: the text decides.
        let headingHits = lexicon.hits(in: headingWords, forms: cachedForms)
        let headingTopics = Set(headingHits.map { lexicon.entries[$0.entry].section }).count
        let headingScale = headingTopics >= 3 ? 0.5 : 1
        // Too little text to tell (a navigation crumb such as "Skip link").
        if heading == nil && bodyWords.count < 6 {
            return Classification.other(sections: count)
        }
        add(headingHits, inHeading: true, scale: headingScale)
        // Long sections mention many topics in passing: damp the body by its length.
        let bodyScale = 1 / max(1, (Double(bodyWords.count) / 60).squareRoot())
        add(lexicon.hits(in: bodyWords, forms: cachedForms), inHeading: false, scale: bodyScale)

        // The opening text of a policy (its title section, or the text before the first
        // heading) introduces it, even when it lists what it covers (collection, use...):
        // intro leads, and the topic it names most stays as a secondary label.
        if isOpening, bodyWords.count >= 15, let intro = taxonomy.position(of: "intro") {
            let lead = max(scores[intro] + Self.openingIntroBonus, (scores.max() ?? 0) * 1.1)
            contributions["intro\u{0}(opening of the policy)", default: 0] += lead - scores[intro]
            scores[intro] = lead
        }
        // A short subsection ("A. About the Collection of Parent Email Addresses:") is read
        // in the light of its parent's topic.
        if let parent, parent.label != Taxonomy.other, bodyWords.count < 80 {
            let top = scores.max() ?? 0
            if top < 4 {
                for index in scores.indices { scores[index] += parent.scores[index] * 0.25 }
            }
        }
        return decide(scores: scores, contributions: contributions)
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

    /// Labels every section of a document in order, so parents are labelled before children.
    public func classify(_ sections: inout [Section]) {
        var results: [Int: Classification] = [:]
        for index in sections.indices {
            let section = sections[index]
            let parent = section.parent.flatMap { results[$0] }
            let result = classify(heading: section.heading, body: section.bodyText, parent: parent, isOpening: section.isOpening)
            results[index] = result
            sections[index].label = result.label
            sections[index].labels = result.labels
            sections[index].confidence = result.confidence
            sections[index].evidence = result.evidence
        }
    }
}

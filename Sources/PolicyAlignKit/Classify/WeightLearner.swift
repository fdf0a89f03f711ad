import Foundation

/// Learns one multiplier a concept from labelled policies: a linear model whose features
/// are what each concept added to each section's score (as the classifier scores it,
/// heading and length factors included), trained on every language at once, so that a
/// weight learned on Spanish and Thai policies serves Malay too.
///
/// The model is the classifier's own scoring with each concept's contributions scaled by
/// its multiplier; the rest of a score (entries without a concept, the opening's bonus, a
/// parent's lean) stays as it was. It is fitted by gradient descent on the log-likelihood of
/// the gold labels under a softmax over sections and `other` (whose score is the threshold
/// below which nothing is claimed), with an L2 pull towards 1 (the hand-set weights) so
/// that a concept seen rarely keeps its weight.
public struct WeightLearner {
    /// One labelled section as the model sees it.
    public struct Example: Sendable {
        /// Score of each taxonomy section, and the threshold for `other` last, at multiplier 1.
        var base: [Double]
        /// (concept index, section, value) for each concept contribution.
        var parts: [(concept: Int, section: Int, value: Double)]
        /// Accepted classes: taxonomy positions, or the `other` class (the last index).
        var gold: [Int]
    }

    public let taxonomy: Taxonomy
    public let concepts: [String]
    private let conceptIndex: [String: Int]
    public private(set) var examples: [Example] = []

    /// Softmax temperature: scores run from 0 to 30 and a margin of a few points is a clear call.
    static let temperature = 2.0

    public init(taxonomy: Taxonomy, concepts: ConceptInventory) {
        self.taxonomy = taxonomy
        self.concepts = concepts.concepts.map(\.id)
        conceptIndex = Dictionary(uniqueKeysWithValues: self.concepts.enumerated().map { ($1, $0) })
    }

    /// Adds the gold sections of one policy, classified with contributions recorded.
    public mutating func add(detected: [Section], gold: [GoldSection]) {
        let byLine = Dictionary(detected.map { ($0.startLine, $0) }, uniquingKeysWith: { first, _ in first })
        let other = taxonomy.entries.count
        for goldSection in gold {
            // A section labelled by position (a title, the opening) is not the concepts' doing.
            guard let section = byLine[goldSection.startLine], let classification = section.classification,
                  !classification.isPositional else { continue }
            var base = classification.scores + [SectionClassifier.minimumScore]
            var parts: [(Int, Int, Double)] = []
            for part in classification.contributions {
                guard let id = part.concept, let concept = conceptIndex[id] else { continue }
                base[part.section] -= part.value
                parts.append((concept, part.section, part.value))
            }
            let gold = goldSection.labels.compactMap { $0 == Taxonomy.other ? other : taxonomy.position(of: $0) }
            guard !gold.isEmpty else { continue }
            examples.append(Example(base: base, parts: parts, gold: gold))
        }
    }

    private func scores(_ example: Example, _ multipliers: [Double]) -> [Double] {
        var scores = example.base
        for part in example.parts { scores[part.section] += multipliers[part.concept] * part.value }
        return scores
    }

    /// The class the model picks for an example (the best score; `other` when it is the threshold).
    func predicted(_ example: Example, _ multipliers: [Double]) -> Int {
        let values = scores(example, multipliers)
        return values.indices.max { (values[$0], -$0) < (values[$1], -$1) }!
    }

    /// Share of examples whose pick is a gold label.
    public func accuracy(_ multipliers: [Double]) -> Double {
        guard !examples.isEmpty else { return 0 }
        let right = examples.filter { $0.gold.contains(predicted($0, multipliers)) }.count
        return Double(right) / Double(examples.count)
    }

    /// Fits the multipliers; `l2` (in examples' worth) pulls each towards 1.
    public func fit(l2: Double = 5, iterations: Int = 300, rate: Double = 2) -> [Double] {
        var multipliers = [Double](repeating: 1, count: concepts.count)
        let count = Double(max(1, examples.count))
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: concepts.count)
            for example in examples {
                let logits = scores(example, multipliers).map { $0 / Self.temperature }
                let top = logits.max() ?? 0
                let exponentials = logits.map { exp($0 - top) }
                let total = exponentials.reduce(0, +)
                let goldTotal = example.gold.reduce(0) { $0 + exponentials[$1] }
                // d(-log p(gold))/d score_s = p_s - q_s, with q the softmax within the gold set.
                for part in example.parts {
                    let p = exponentials[part.section] / total
                    let q = example.gold.contains(part.section) ? exponentials[part.section] / goldTotal : 0
                    gradient[part.concept] += (p - q) * part.value / Self.temperature
                }
            }
            for index in multipliers.indices {
                let step = (gradient[index] + 2 * l2 * (multipliers[index] - 1)) / count
                multipliers[index] = min(LearnedWeights.range.upperBound,
                                         max(LearnedWeights.range.lowerBound, multipliers[index] - rate * step))
            }
        }
        return multipliers
    }

    /// How many examples each concept contributes to (concepts never seen keep 1).
    public func support() -> [Int] {
        var counts = [Int](repeating: 0, count: concepts.count)
        for example in examples {
            for concept in Set(example.parts.map(\.concept)) { counts[concept] += 1 }
        }
        return counts
    }
}

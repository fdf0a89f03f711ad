import Foundation

/// A linear layer over the lexicons' reading of a section, learned from labelled real
/// policies (`policyalign lexicon learn --layer`, kept in `learned.txt`).
///
/// The lexicons score each section of the taxonomy; the plain reading takes the best score.
/// Real policies show that the scores say more together than their maximum does: a
/// section named after a feature ("Camera", "Local media") whose text lists data is read
/// as choices, rights or use by a word or two, while annotators read it as collection.
/// The layer is a multinomial logistic regression whose inputs are that reading only: the
/// label, each section's score relative to the best one, the topics its heading names, the
/// section's place (the opening, a label given by position, where in the policy it stands,
/// its level, the length of its text) and its parent's label. It holds no word of any language, so
/// what it learned on policies in some languages serves all of them, and it stays small
/// enough to read: one weight for each label and input.
public struct LabelLayer: Sendable, Equatable {
    /// The labels it chooses among: taxonomy ids and `other`.
    public let labels: [String]
    /// Its inputs, by name: `bias`, `opening`, `positional`, `label=ID`, `score=ID`, `parent=ID`,
    /// `heading=ID`, `place=N`, `level=N`, `length=N`.
    public let inputs: [String]
    /// One row a label, one weight an input.
    public let weights: [[Double]]
    /// From the layer's probability to a confidence, fitted on policies it did not learn from.
    public let calibration: ConfidenceCalibration?

    private let inputIndex: [String: Int]

    public init(labels: [String], inputs: [String], weights: [[Double]], calibration: ConfidenceCalibration? = nil) {
        self.labels = labels
        self.inputs = inputs
        self.weights = weights
        self.calibration = calibration
        inputIndex = Dictionary(inputs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static func == (left: LabelLayer, right: LabelLayer) -> Bool {
        left.labels == right.labels && left.inputs == right.inputs && left.weights == right.weights && left.calibration == right.calibration
    }

    public func calibrated(_ calibration: ConfidenceCalibration?) -> LabelLayer {
        LabelLayer(labels: labels, inputs: inputs, weights: weights, calibration: calibration)
    }

    /// The labels a layer chooses among for a taxonomy: its ids, then `other`.
    public static func labels(of taxonomy: Taxonomy) -> [String] {
        taxonomy.entries.map(\.id) + [Taxonomy.other]
    }

    /// Every input a layer may read for a taxonomy, in the order `learned.txt` lists them.
    public static func inputs(of taxonomy: Taxonomy) -> [String] {
        let labels = Self.labels(of: taxonomy)
        return ["bias", "opening", "positional"] + labels.map { "label=" + $0 }
            + taxonomy.entries.map { "score=" + $0.id } + labels.map { "parent=" + $0 } + taxonomy.entries.map { "heading=" + $0.id }
            + (0...4).map { "place=\($0)" } + (0...3).map { "level=\($0)" } + (0...5).map { "length=\($0)" }
    }

    /// Where a section stands in its policy, as the layer reads it.
    public struct Place: Sendable {
        public var isOpening = false
        /// The lexicons' label of its parent section, if it has one.
        public var parentLabel: String?
        /// Its first line over the policy's last, 0 to 1.
        public var position = 0.0
        public var level = 0
        /// Words of its own text, as white space separates them.
        public var words = 0

        public init(isOpening: Bool = false, parentLabel: String? = nil, position: Double = 0, level: Int = 0, words: Int = 0) {
            self.isOpening = isOpening
            self.parentLabel = parentLabel
            self.position = position
            self.level = level
            self.words = words
        }

        /// A section of a policy: its place among `sections`, with its parent's label as the
        /// lexicons read it.
        init(of section: Section, among sections: [Section], parentLabel: String?) {
            let last = max(1, sections.last?.endLine ?? section.endLine)
            self.init(isOpening: section.isOpening, parentLabel: parentLabel, position: min(1, Double(section.startLine) / Double(last)),
                      level: section.level, words: Self.words(in: section.bodyText))
        }

        /// Runs of characters between ASCII white space: a length that needs no word breaking.
        static func words(in text: String) -> Int {
            var count = 0, inWord = false
            for byte in text.utf8 {
                let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }

        /// Fifths of the policy, levels up to 3, and text lengths by powers of four (words).
        var buckets: [String] {
            let lengthBucket = min(5, Int((log2(Double(words) + 1) / 2).rounded(.down)))
            return ["place=\(min(4, Int(position * 5)))", "level=\(min(3, max(0, level)))", "length=\(lengthBucket)"]
        }
    }

    /// What the layer reads of a section, by input name.
    public static func inputs(of reading: Classification, at place: Place, taxonomy: Taxonomy) -> [(name: String, value: Double)] {
        var result: [(String, Double)] = [("bias", 1), ("label=" + reading.label, 1)]
        if place.isOpening { result.append(("opening", 1)) }
        if reading.isPositional { result.append(("positional", 1)) }
        if let parentLabel = place.parentLabel { result.append(("parent=" + parentLabel, 1)) }
        result += place.buckets.map { ($0, 1) }
        for index in reading.headingTopics where index < taxonomy.entries.count {
            result.append(("heading=" + taxonomy.entries[index].id, 1))
        }
        let top = reading.scores.max() ?? 0
        if top > 0 {
            for (index, score) in reading.scores.enumerated() where score > 0 && index < taxonomy.entries.count {
                result.append(("score=" + taxonomy.entries[index].id, score / top))
            }
        }
        return result
    }

    /// The probability of each label (in `labels` order) for a section's inputs.
    public func probabilities(_ inputs: [(name: String, value: Double)]) -> [Double] {
        let present = inputs.compactMap { input in inputIndex[input.name].map { ($0, input.value) } }
        let logits = weights.map { row in present.reduce(0) { $0 + row[$1.0] * $1.1 } }
        return Self.softmax(logits)
    }

    /// The position of the most probable label (the first, on a tie).
    private static func mostProbable(_ probabilities: [Double]) -> Int? {
        probabilities.indices.max { (probabilities[$0], -$0) < (probabilities[$1], -$1) }
    }

    /// The section's reading with the layer's label, unless its heading names the lexicons'
    /// label: the lexicons' evidence stays when the label does; a label the layer changes says
    /// so. Confidence is the layer's probability of the label given, calibrated.
    func relabel(_ reading: Classification, at place: Place, taxonomy: Taxonomy) -> Classification {
        let probabilities = probabilities(Self.inputs(of: reading, at: place, taxonomy: taxonomy))
        guard var best = Self.mostProbable(probabilities) else { return reading }
        if !Self.rereads(reading, taxonomy: taxonomy), let kept = labels.firstIndex(of: reading.label) { best = kept }
        var result = reading
        let label = labels[best]
        if label != reading.label {
            result.label = label
            result.labels = [label] + reading.labels.filter { $0 != label && $0 != Taxonomy.other }.prefix(2)
            result.evidence = ["(learned weights: read as \(label) rather than \(reading.label))"]
        }
        result.strength = probabilities[best]
        result.confidence = (calibration ?? .identity).confidence(probabilities[best])
        return result
    }

    /// Whether the layer may change a section's label: not when its heading names the
    /// lexicons' label ("Right to Opt Out" read as choices), the most precise evidence there is.
    public static func rereads(_ reading: Classification, taxonomy: Taxonomy) -> Bool {
        guard let position = taxonomy.position(of: reading.label) else { return true }
        return !reading.headingTopics.contains(position)
    }

    static func softmax(_ logits: [Double]) -> [Double] {
        guard let top = logits.max() else { return [] }
        let exponents = logits.map { exp($0 - top) }
        let sum = exponents.reduce(0, +)
        return exponents.map { $0 / sum }
    }

    // MARK: Learning

    /// One labelled section as the layer reads it.
    public struct Example: Sendable {
        public let inputs: [(name: String, value: Double)]
        /// The gold label the annotator put first.
        public let label: String

        public init(inputs: [(name: String, value: Double)], label: String) {
            self.inputs = inputs
            self.label = label
        }
    }

    /// The gold sections of one policy found among its sections, as the layer reads them:
    /// the lexicons' own reading, recorded by a classifier with `recordsContributions` on.
    public static func examples(detected: [Section], gold: [GoldSection], taxonomy: Taxonomy) -> [Example] {
        LabelEvaluation.matched(gold, detected: detected).compactMap { goldSection, section in
            guard let section, let reading = section.classification, let label = goldSection.labels.first else { return nil }
            let parent = section.parent.flatMap { index in detected.first { $0.index == index } }
            return Example(inputs: inputs(of: reading, at: Place(of: section, among: detected, parentLabel: parent?.classification?.label),
                                          taxonomy: taxonomy), label: label)
        }
    }

    /// Fits the layer by gradient descent (Adam) on the mean log-likelihood of the gold
    /// labels, with an L2 pull of `l2` (per example) towards zero on every weight but the
    /// biases. Deterministic: the same examples give the same weights.
    public static func fit(_ examples: [Example], taxonomy: Taxonomy, l2: Double = 1, iterations: Int = 1500,
                           rate: Double = 0.05) -> LabelLayer {
        let labels = Self.labels(of: taxonomy), inputs = Self.inputs(of: taxonomy)
        let inputIndex = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ($1, $0) })
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let rows = examples.compactMap { example -> (inputs: [(Int, Double)], label: Int)? in
            guard let label = labelIndex[example.label] else { return nil }
            return (example.inputs.compactMap { input in inputIndex[input.name].map { ($0, input.value) } }, label)
        }
        let classes = labels.count, width = inputs.count
        var weights = [Double](repeating: 0, count: classes * width)
        var firstMoment = weights, secondMoment = weights
        let count = Double(max(1, rows.count))
        let penalty = l2 / count
        for step in 1...iterations {
            var gradient = [Double](repeating: 0, count: classes * width)
            for row in rows {
                var logits = [Double](repeating: 0, count: classes)
                for label in 0..<classes {
                    var sum = 0.0
                    for (input, value) in row.inputs { sum += weights[label * width + input] * value }
                    logits[label] = sum
                }
                let probabilities = softmax(logits)
                for label in 0..<classes {
                    let error = probabilities[label] - (label == row.label ? 1 : 0)
                    guard error != 0 else { continue }
                    for (input, value) in row.inputs { gradient[label * width + input] += error * value / count }
                }
            }
            for index in gradient.indices {
                if index % width != 0 { gradient[index] += penalty * weights[index] }
                firstMoment[index] = 0.9 * firstMoment[index] + 0.1 * gradient[index]
                secondMoment[index] = 0.999 * secondMoment[index] + 0.001 * gradient[index] * gradient[index]
                let corrected = firstMoment[index] / (1 - pow(0.9, Double(step)))
                let scale = secondMoment[index] / (1 - pow(0.999, Double(step)))
                weights[index] -= rate * corrected / (scale.squareRoot() + 1e-8)
            }
        }
        let rounded = (0..<classes).map { label in
            (0..<width).map { input in (weights[label * width + input] * 10_000).rounded() / 10_000 }
        }
        return LabelLayer(labels: labels, inputs: inputs, weights: rounded)
    }

    /// Share of examples whose most probable label is the gold one.
    public func accuracy(_ examples: [Example]) -> Double {
        guard !examples.isEmpty else { return 0 }
        let right = examples.filter { Self.mostProbable(probabilities($0.inputs)).map { labels[$0] } == $0.label }.count
        return Double(right) / Double(examples.count)
    }
}

extension ConfidenceCalibration {
    /// Confidence equal to the value calibrated: the layer's probability as it is.
    static let identity = ConfidenceCalibration(points: [.init(strength: 0, accuracy: 0), .init(strength: 1, accuracy: 1)])
}

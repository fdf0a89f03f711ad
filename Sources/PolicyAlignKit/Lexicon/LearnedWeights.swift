import Foundation
import PolicyText

/// What `policyalign lexicon learn` learned from labelled policies (`learned.txt`): one
/// multiplier a concept, applied to its entries in every language, so that what real
/// policies teach in one language serves all of them; and the confidence calibration, the
/// share of labels found right at each strength of evidence on policies the weights were
/// not learned from; and the label layer (`LabelLayer`) with its own calibration. Written
/// by the tool, readable by a person: `concept-id multiplier` a line, `@calibration strength
/// accuracy` lines, `@layer label input weight` and `@layer-calibration probability
/// accuracy` lines, `#` comments.
public struct LearnedWeights: Sendable {
    public let multipliers: [String: Double]
    /// Points of a monotone map from the classifier's strength of evidence (0...1) to a
    /// confidence; nil keeps the built-in map.
    public let calibration: [ConfidenceCalibration.Point]?
    /// The label layer sections are read through, if one was learned.
    public let layer: LabelLayer?

    public static let none = LearnedWeights(multipliers: [:])

    public init(multipliers: [String: Double], calibration: [ConfidenceCalibration.Point]? = nil, layer: LabelLayer? = nil) {
        self.multipliers = multipliers
        self.calibration = calibration
        self.layer = layer
    }

    /// Multipliers outside this range are errors: a concept is never switched off or made
    /// to outweigh everything else.
    public static let range = 0.1...5.0

    static func parse(_ text: String, file: String, concepts: ConceptInventory, taxonomy: Taxonomy) -> (LearnedWeights, [LexiconDiagnostic]) {
        var multipliers: [String: Double] = [:]
        var points: [ConfidenceCalibration.Point] = []
        var layerPoints: [ConfidenceCalibration.Point] = []
        let layerLabels = LabelLayer.labels(of: taxonomy), layerInputs = LabelLayer.inputs(of: taxonomy)
        let labelIndex = Dictionary(uniqueKeysWithValues: layerLabels.enumerated().map { ($1, $0) })
        let inputIndex = Dictionary(uniqueKeysWithValues: layerInputs.enumerated().map { ($1, $0) })
        var layerWeights: [[Double]]?
        var diagnostics: [LexiconDiagnostic] = []
        for (offset, raw) in SourceLines.split(text).enumerated() {
            let line = LexiconParser.stripComment(raw)
            guard !line.isEmpty else { continue }
            func problem(_ message: String) { diagnostics.append(LexiconDiagnostic(file: file, line: offset + 1, message: message)) }
            let fields = Self.fields(of: line)
            if fields.first == "@calibration" || fields.first == "@layer-calibration" {
                guard fields.count == 3, let strength = Double(fields[1]), let accuracy = Double(fields[2]),
                      (0...1).contains(strength), (0...1).contains(accuracy) else {
                    problem("expected `\(fields[0]) strength accuracy`, both from 0 to 1"); continue
                }
                let known = fields.first == "@calibration" ? points : layerPoints
                if let last = known.last, strength <= last.strength || accuracy < last.accuracy {
                    problem("calibration points must rise: strength above \(last.strength), accuracy at least \(last.accuracy)"); continue
                }
                if fields.first == "@calibration" { points.append(.init(strength: strength, accuracy: accuracy)) }
                else { layerPoints.append(.init(strength: strength, accuracy: accuracy)) }
                continue
            }
            if fields.first == "@layer" {
                guard fields.count == 4, let weight = Double(fields[3]), weight.isFinite, abs(weight) <= 100 else {
                    problem("expected `@layer label input weight`, the weight a number from -100 to 100"); continue
                }
                guard let label = labelIndex[String(fields[1])] else { problem("unknown label `\(fields[1])` (not in taxonomy.txt, nor `other`)"); continue }
                guard let input = inputIndex[String(fields[2])] else {
                    problem("unknown layer input `\(fields[2])` (bias, opening, positional, label=ID, score=ID, parent=ID, heading=ID, place=N, level=N or length=N)"); continue
                }
                if layerWeights == nil {
                    layerWeights = Array(repeating: Array(repeating: 0, count: layerInputs.count), count: layerLabels.count)
                }
                layerWeights![label][input] = weight
                continue
            }
            guard fields.count == 2, let value = Double(fields[1]), value.isFinite else {
                problem("expected `concept-id multiplier`"); continue
            }
            let id = String(fields[0])
            guard concepts[id] != nil else { problem("unknown concept `\(id)` (not in concepts.txt)"); continue }
            guard range.contains(value) else { problem("multiplier \(fields[1]) is outside 0.1 to 5"); continue }
            guard multipliers[id] == nil else { problem("concept `\(id)` is listed twice"); continue }
            multipliers[id] = value
        }
        if points.count == 1 || layerPoints.count == 1 {
            diagnostics.append(LexiconDiagnostic(file: file, line: 1, message: "a calibration needs at least two points"))
        }
        let layer = layerWeights.map {
            LabelLayer(labels: layerLabels, inputs: layerInputs, weights: $0,
                       calibration: layerPoints.count >= 2 ? ConfidenceCalibration(points: layerPoints) : nil)
        }
        return (LearnedWeights(multipliers: multipliers, calibration: points.count >= 2 ? points : nil, layer: layer), diagnostics)
    }

    /// A line's fields, split at spaces and tabs. The file is read at every start and the
    /// layer alone is some two thousand lines: an ASCII line is split by its bytes, which
    /// gives what splitting its Characters gives.
    private static func fields(of line: Substring) -> [Substring] {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else {
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        }
        return line.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { Substring($0) }
    }

    /// The file's text: a header saying where the weights come from, one concept a line in
    /// the inventory's order, then the calibration points.
    public static func render(_ multipliers: [String: Double], calibration: [ConfidenceCalibration.Point]? = nil,
                              layer: LabelLayer? = nil, concepts: ConceptInventory, header: [String]) -> String {
        var text = header.map { "# " + $0 + "\n" }.joined()
        for concept in concepts.concepts {
            guard let value = multipliers[concept.id] else { continue }
            text += concept.id + " " + String(format: "%.2f", value) + "\n"
        }
        for point in calibration ?? [] {
            text += String(format: "@calibration %.2f %.2f\n", point.strength, point.accuracy)
        }
        if let layer {
            for point in layer.calibration?.points ?? [] {
                text += String(format: "@layer-calibration %.2f %.2f\n", point.strength, point.accuracy)
            }
            // Label by label, the weights that are not zero.
            for (label, row) in zip(layer.labels, layer.weights) {
                for (input, weight) in zip(layer.inputs, row) where weight != 0 {
                    text += "@layer \(label) \(input) " + String(format: "%.4f", weight) + "\n"
                }
            }
        }
        return text
    }
}

import Foundation
import PolicyText

/// Concept weights learned from labelled policies by `policyalign lexicon learn`
/// (`learned.txt`): one multiplier a concept, applied to its entries in every language, so
/// that what real policies teach in one language serves all of them. Written by the tool,
/// readable by a person: `concept-id multiplier` a line, `#` comments.
public struct LearnedWeights: Sendable {
    public let multipliers: [String: Double]

    public static let none = LearnedWeights(multipliers: [:])

    public init(multipliers: [String: Double]) { self.multipliers = multipliers }

    /// Multipliers outside this range are errors: a concept is never switched off or made
    /// to outweigh everything else.
    public static let range = 0.1...5.0

    static func parse(_ text: String, file: String, concepts: ConceptInventory) -> (LearnedWeights, [LexiconDiagnostic]) {
        var multipliers: [String: Double] = [:]
        var diagnostics: [LexiconDiagnostic] = []
        for (offset, raw) in SourceLines.split(text).enumerated() {
            let line = LexiconParser.stripComment(raw)
            guard !line.isEmpty else { continue }
            func problem(_ message: String) { diagnostics.append(LexiconDiagnostic(file: file, line: offset + 1, message: message)) }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 2, let value = Double(fields[1]), value.isFinite else {
                problem("expected `concept-id multiplier`"); continue
            }
            let id = String(fields[0])
            guard concepts[id] != nil else { problem("unknown concept `\(id)` (not in concepts.txt)"); continue }
            guard range.contains(value) else { problem("multiplier \(fields[1]) is outside 0.1 to 5"); continue }
            guard multipliers[id] == nil else { problem("concept `\(id)` is listed twice"); continue }
            multipliers[id] = value
        }
        return (LearnedWeights(multipliers: multipliers), diagnostics)
    }

    /// The file's text: a header saying where the weights come from, then one concept a line
    /// in the inventory's order.
    public static func render(_ multipliers: [String: Double], concepts: ConceptInventory, header: [String]) -> String {
        var text = header.map { "# " + $0 + "\n" }.joined()
        for concept in concepts.concepts {
            guard let value = multipliers[concept.id] else { continue }
            text += concept.id + " " + String(format: "%.2f", value) + "\n"
        }
        return text
    }
}

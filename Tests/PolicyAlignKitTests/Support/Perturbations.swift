import Foundation
@testable import PolicyAlignKit

/// Perturbations of a clean translation with a known answer: drop one translated sentence
/// (its original must come back as an `omitted` finding), change one link target (a
/// `fact-mismatch` on a link). Chosen from the aligner's own 1-1 sentence pairs on the clean
/// file, so they work on any translation, line for line or not.
enum Perturbations {
    struct Dropped {
        let text: String
        /// The original's sentence whose counterpart was removed.
        let sourceLine: Int
        let sourceText: String
    }

    /// Up to `limit` content sentences of the translation, spread over the document, that
    /// pair 1-1 with an original sentence and can be cut out of their line alone.
    static func droppable(_ alignment: PolicyAlignment, text: String, limit: Int) -> [(pair: PolicyAlignment.SentencePair, line: Int)] {
        let lines = text.components(separatedBy: "\n")
        let candidates = alignment.sentencePairs.compactMap { pair -> (PolicyAlignment.SentencePair, Int)? in
            guard pair.source.count == 1, pair.target.count == 1, !pair.source[0].isHeading, !pair.target[0].isHeading,
                  pair.source[0].text.count >= 40, pair.score >= 0.5 else { return nil }
            let target = pair.target[0]
            guard target.line == target.endLine, target.line <= lines.count,
                  lines[target.line - 1].components(separatedBy: target.text).count == 2 else { return nil }
            return (pair, target.line)
        }
        guard candidates.count > limit else { return candidates }
        let step = Double(candidates.count) / Double(limit)
        return (0..<limit).map { candidates[Int(Double($0) * step)] }
    }

    /// The text with one sentence cut out of its line.
    static func dropping(_ sentence: String, line: Int, from text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var edited = lines[line - 1].replacingOccurrences(of: sentence, with: "")
        edited = edited.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
        lines[line - 1] = edited
        return lines.joined(separator: "\n")
    }
}

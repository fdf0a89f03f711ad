import Foundation
import PolicyText

/// Sentences of the original that the translation left out, inside a pair of aligned
/// sections. A sentence the sentence aligner leaves without counterpart is an omission
/// only when the translated section is also short by about that sentence's length, or
/// when the sentence states facts the translated section does not have: a sentence that
/// the translator only joined to another or restructured leaves no such gap.
public struct Omission: Sendable, Equatable {
    /// The original's sentences left out (one bead's worth).
    public let sentences: [Sentence]
    /// The translation's sentence after which they would stand (nil at the section start:
    /// then `before` is the first one).
    public let after: Sentence?
    public let before: Sentence?
    public let sourceSection: Int
    public let targetSection: Int
    /// How far the section's length and facts bear the omission out, 0...1.
    public let confidence: Double
    /// Swallowed by a neighbour's pair rather than left alone.
    public let merged: Bool
    /// The sentences state facts (numbers, addresses, links) the translated section lacks.
    public let statesFacts: Bool
}

struct OmissionCheck {
    /// The translation's overall length over the original's.
    let ratio: Double
    /// Shorter sentences (list labels, "Yes.") are not reported alone.
    var minimumLength = 25

    func omissions(beads: [Bead], source: [Sentence], target: [Sentence], sourceFacts: [[Fact]], targetFacts: [[Fact]],
                   sourceSection: Int, targetSection: Int) -> [Omission] {
        let sourceLength = Double(source.reduce(0) { $0 + $1.text.count })
        let targetLength = Double(target.reduce(0) { $0 + $1.text.count })
        let targetValues = Set(targetFacts.joined().map(\.placeable))
        // Thai, Lao, Khmer and Burmese mark no sentence ends: their sentences are guesses, and
        // neighbours that fit say less.
        let punctuatedTarget = !target.contains { sentence in
            sentence.text.unicodeScalars.contains { $0.value >= 0x0E00 && Scripts.unpunctuated.contains(Scripts.code(of: $0)) }
        }
        // How much shorter the translated section is than the length model expects.
        var deficit = sourceLength * ratio - targetLength
        var result: [Omission] = []

        func content(_ index: Int) -> Bool { !source[index].isHeading && source[index].text.count >= minimumLength }
        func ownFacts(_ indexes: [Int]) -> Int {
            indexes.reduce(0) { count, index in
                count + sourceFacts[index].filter { $0.kind != .number || $0.value.count > 1 }.filter { !targetValues.contains($0.placeable) }.count
            }
        }
        func judge(_ indexes: [Int], beadIndex: Int, merged: Bool) {
            let expected = Double(indexes.reduce(0) { $0 + source[$1].text.count }) * ratio
            let facts = ownFacts(indexes)
            // The aligner left the sentence alone between two pairs that fit well: the
            // translation's neighbours are explained without it.
            // (A translated sentence left alone right beside it is a substitution, not a gap.)
            let previous = beadIndex > 0 ? beads[beadIndex - 1] : nil
            let next = beadIndex + 1 < beads.count ? beads[beadIndex + 1] : nil
            func firm(_ bead: Bead?) -> Bool { bead.map { $0.source.count == 1 && $0.target.count == 1 && $0.score >= 0.7 } ?? true }
            let firmNeighbours = punctuatedTarget && !merged && firm(previous) && firm(next) && (previous != nil || next != nil)
            // Else the section must be short by part of the sentence's expected length: half
            // for a merge (the aligner had another reading), a fifth where the aligner itself
            // left the sentence alone; facts of its own that the translation lacks lower the bar.
            let covered = expected > 0 ? deficit / expected : 0
            let needed = firmNeighbours ? -Double.infinity : (merged || !punctuatedTarget ? 0.5 : 0.2) - (facts > 0 ? 0.15 : 0)
            guard covered >= needed else { return }
            deficit -= expected
            let previousTarget = beads[..<beadIndex].reversed().first { !$0.target.isEmpty }?.target.last
            let nextTarget = beads[(beadIndex + 1)...].first { !$0.target.isEmpty }?.target.first
            let confidence = min(0.97, 0.55 + 0.3 * min(1, covered) + (facts > 0 ? 0.12 : 0))
            result.append(Omission(sentences: indexes.map { source[$0] },
                                   after: merged ? beads[beadIndex].target.last.map { target[$0] } : previousTarget.map { target[$0] },
                                   before: nextTarget.map { target[$0] }, sourceSection: sourceSection, targetSection: targetSection,
                                   confidence: (confidence * 100).rounded() / 100, merged: merged, statesFacts: facts > 0))
        }

        for (beadIndex, bead) in beads.enumerated() {
            if bead.target.isEmpty {
                let left = bead.source.filter(content)
                if !left.isEmpty { judge(left, beadIndex: beadIndex, merged: false) }
            } else if bead.source.count == 1, content(bead.source[0]) {
                // A pair whose translation is far too short for its original: the rest of the
                // sentence went missing (or the translator's sentence was cut out and a
                // neighbouring piece took its place).
                let t = Double(bead.target.reduce(0) { $0 + target[$1].text.count })
                let expected = Double(source[bead.source[0]].text.count) * ratio
                if t < 0.45 * expected, expected - t >= 25 * ratio, deficit >= 0.5 * (expected - t) {
                    judge(bead.source, beadIndex: beadIndex, merged: true)
                }
            } else if bead.source.count >= 2 {
                // A merge: does the translation explain every member, or only some?
                let t = Double(bead.target.reduce(0) { $0 + target[$1].text.count })
                let lengths = bead.source.map { Double(source[$0].text.count) * ratio }
                let all = lengths.reduce(0, +)
                let fitAll = abs(log(t / all))
                guard t < all, fitAll > log(1.1) else { continue }
                // The member whose removal leaves a much better fit is the one left out.
                var best: (index: Int, fit: Double)?
                for (position, index) in bead.source.enumerated() where content(index) {
                    let rest = all - lengths[position]
                    guard rest > 0 else { continue }
                    let fit = abs(log(t / rest))
                    if fit < log(1.25), fit < fitAll * 0.5, best == nil || fit < best!.fit { best = (index, fit) }
                }
                if let best { judge([best.index], beadIndex: beadIndex, merged: true) }
            }
        }
        return result
    }
}

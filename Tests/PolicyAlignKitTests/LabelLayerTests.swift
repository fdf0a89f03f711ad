import XCTest
@testable import PolicyAlignKit

/// The label layer: what it reads of a section, what it learns from labelled sections, how
/// it is written to and read from learned.txt, and what it does to a policy's labels.
final class LabelLayerTests: XCTestCase {
    let taxonomy = Fixtures.lexicons.taxonomy

    func reading(_ label: String, scores: [String: Double], positional: Bool = false) -> Classification {
        var values = [Double](repeating: 0, count: taxonomy.entries.count)
        for (id, score) in scores { values[taxonomy.position(of: id)!] = score }
        var result = Classification(label: label, labels: [label], confidence: 0.5, evidence: ["term"], scores: values)
        result.isPositional = positional
        return result
    }

    func testInputsAreTheReadingRelativeToItsBestScore() {
        let place = LabelLayer.Place(parentLabel: "collection", position: 0.45, level: 2, words: 40)
        let inputs = LabelLayer.inputs(of: reading("choices", scores: ["choices": 4, "collection": 3]), at: place, taxonomy: taxonomy)
        XCTAssertEqual(inputs.map(\.name), ["bias", "label=choices", "parent=collection", "place=2", "level=2", "length=2",
                                            "score=collection", "score=choices"])
        XCTAssertEqual(inputs.map(\.value), [1, 1, 1, 1, 1, 1, 0.75, 1])
        let title = LabelLayer.inputs(of: reading("intro", scores: [:], positional: true), at: LabelLayer.Place(isOpening: true), taxonomy: taxonomy)
        XCTAssertEqual(title.map(\.name), ["bias", "label=intro", "opening", "positional", "place=0", "level=0", "length=0"])
        XCTAssertEqual(LabelLayer.Place.words(in: " Data we\tcollect,\n and  why "), 5)
    }

    /// Sections read as choices by a word while collection scores close behind are labelled
    /// collection by annotators; those far behind stay choices. The layer learns where the
    /// line runs, and a reading it changes says so in its evidence.
    func testLayerLearnsWhenASecondScoreWins() throws {
        var examples: [LabelLayer.Example] = []
        for step in 0..<40 {
            let close = reading("choices", scores: ["choices": 4, "collection": 3.6 - Double(step % 4) * 0.1])
            examples.append(.init(inputs: LabelLayer.inputs(of: close, at: LabelLayer.Place(), taxonomy: taxonomy), label: "collection"))
            let far = reading("choices", scores: ["choices": 4, "collection": 0.4 + Double(step % 4) * 0.1])
            examples.append(.init(inputs: LabelLayer.inputs(of: far, at: LabelLayer.Place(), taxonomy: taxonomy), label: "choices"))
        }
        let layer = LabelLayer.fit(examples, taxonomy: taxonomy)
        XCTAssertEqual(layer.accuracy(examples), 1)
        let relabelled = layer.relabel(reading("choices", scores: ["choices": 4, "collection": 3.5]), at: LabelLayer.Place(), taxonomy: taxonomy)
        XCTAssertEqual(relabelled.label, "collection")
        XCTAssertEqual(relabelled.labels, ["collection", "choices"])
        XCTAssertEqual(relabelled.evidence, ["(learned weights: read as collection rather than choices)"])
        XCTAssertGreaterThan(relabelled.confidence, 0.5)
        let kept = layer.relabel(reading("choices", scores: ["choices": 4, "collection": 0.5]), at: LabelLayer.Place(), taxonomy: taxonomy)
        XCTAssertEqual(kept.label, "choices")
        XCTAssertEqual(kept.evidence, ["term"])
    }

    /// The layer round-trips through learned.txt (weights to four decimals, its calibration);
    /// a line naming an unknown label or input is an error on its line.
    func testLayerIsWrittenAndReadBack() throws {
        let (concepts, _) = ConceptInventory.parse("we-use | use | body | 2 | \"we use\"\n", file: "concepts.txt", taxonomy: taxonomy)
        var weights = [[Double]](repeating: [Double](repeating: 0, count: LabelLayer.inputs(of: taxonomy).count),
                                 count: LabelLayer.labels(of: taxonomy).count)
        weights[0][0] = 0.25
        weights[2][5] = -1.5
        let calibration = ConfidenceCalibration(points: [.init(strength: 0, accuracy: 0.3), .init(strength: 1, accuracy: 0.95)])
        let layer = LabelLayer(labels: LabelLayer.labels(of: taxonomy), inputs: LabelLayer.inputs(of: taxonomy), weights: weights,
                               calibration: calibration)
        let text = LearnedWeights.render([:], layer: layer, concepts: concepts, header: ["test"])
        XCTAssertEqual(text.split(separator: "\n").filter { $0.hasPrefix("@layer ") }.count, 2)
        let (read, problems) = LearnedWeights.parse(text, file: "learned.txt", concepts: concepts, taxonomy: taxonomy)
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertEqual(read.layer, layer)
        let (_, bad) = LearnedWeights.parse("@layer nowhere bias 1\n@layer use score=nowhere 1\n@layer use bias x\n",
                                           file: "learned.txt", concepts: concepts, taxonomy: taxonomy)
        XCTAssertEqual(bad.map(\.description), [
            "learned.txt:1: unknown label `nowhere` (not in taxonomy.txt, nor `other`)",
            "learned.txt:2: unknown layer input `score=nowhere` (bias, opening, positional, label=ID, score=ID, parent=ID, heading=ID, place=N, level=N or length=N)",
            "learned.txt:3: expected `@layer label input weight`, the weight a number from -100 to 100",
        ])
    }

    /// The shipped lexicons hold a layer. On a real policy (Matrix.org's notice, dev split),
    /// sections are labelled through it, the lexicons' own reading stays recorded for
    /// learning, and the labels it changes are right more often than those they replace.
    func testShippedLayerLabelsARealPolicy() throws {
        let layer = try XCTUnwrap(Fixtures.lexicons.learned.layer, "Lexicons/learned.txt holds no label layer")
        XCTAssertNotNil(layer.calibration)
        let folder = "Tests/Fixtures/labels/dev/matrix-org-privacy-notice/"
        let path = Fixtures.path(folder + "en.md")
        let gold = try GoldSection.read(Fixtures.path(folder + "en.gold.tsv"), taxonomy: taxonomy)
        let plain = try PolicyAnalyzer(lexicons: Fixtures.lexicons.learning(LearnedWeights(multipliers: [:]))).analyze(path: path, language: "en")
        let analyzer = Fixtures.analyzer()
        analyzer.recordsContributions = true
        let layered = try analyzer.analyze(path: path, language: "en")
        XCTAssertEqual(plain.sections.map(\.startLine), layered.sections.map(\.startLine))
        var changed = 0, rightBefore = 0, rightAfter = 0
        for (before, after) in zip(plain.sections, layered.sections) {
            XCTAssertEqual(after.classification?.label, before.label, "the recorded reading is the lexicons' own")
            guard after.label != before.label else { continue }
            changed += 1
            XCTAssertEqual(after.evidence, ["(learned weights: read as \(after.label) rather than \(before.label))"])
            guard let labels = gold.first(where: { $0.startLine == after.startLine })?.labels else { continue }
            if labels.contains(before.label) { rightBefore += 1 }
            if labels.contains(after.label) { rightAfter += 1 }
        }
        XCTAssertGreaterThan(changed, 0)
        XCTAssertGreaterThan(rightAfter, rightBefore)
    }
}

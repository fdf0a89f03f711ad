import XCTest
@testable import PolicyAlignKit

/// Learning concept weights: a concept that keeps pulling sections to the wrong label loses
/// weight, one that points to the right label gains, and the file written is read back.
final class WeightLearnerTests: XCTestCase {
    func testMisleadingConceptLosesWeight() throws {
        let taxonomy = Fixtures.lexicons.taxonomy
        let inventory = """
        what-we-collect | collection | heading | 1 | heading "Information we collect"
        we-use | use | body | 1 | "we use"
        """
        let (concepts, problems) = ConceptInventory.parse(inventory, file: "concepts.txt", taxonomy: taxonomy)
        XCTAssertEqual(problems.map(\.description), [])
        let collection = try XCTUnwrap(taxonomy.position(of: "collection")), use = try XCTUnwrap(taxonomy.position(of: "use"))
        var learner = WeightLearner(taxonomy: taxonomy, concepts: concepts)
        for line in 1...12 {
            var scores = [Double](repeating: 0, count: taxonomy.entries.count)
            scores[collection] = 4
            scores[use] = 3
            var section = Section(index: 0, heading: "How we use what we collect", startLine: line, endLine: line, level: 1,
                                  runIn: false, body: [])
            var classification = Classification(label: "collection", labels: ["collection"], confidence: 0.5, evidence: [], scores: scores)
            classification.contributions = [.init(concept: "what-we-collect", section: collection, value: 4),
                                             .init(concept: "we-use", section: use, value: 3)]
            section.classification = classification
            learner.add(detected: [section], gold: [GoldSection(startLine: line, level: 1, kind: "heading", labels: ["use"], heading: "")])
        }
        XCTAssertEqual(learner.examples.count, 12)
        let before = learner.accuracy([1, 1])
        let fitted = learner.fit(l2: 1)
        XCTAssertEqual(before, 0)
        XCTAssertEqual(learner.accuracy(fitted), 1)
        XCTAssertLessThan(fitted[0], 1)
        XCTAssertGreaterThan(fitted[1], 1)

        let text = LearnedWeights.render(["what-we-collect": 0.7, "we-use": 1.4], concepts: concepts, header: ["test"])
        XCTAssertEqual(text, "# test\nwhat-we-collect 0.70\nwe-use 1.40\n")
        let (read, readProblems) = LearnedWeights.parse(text + "nope 2\nwe-use 9\n", file: "learned.txt", concepts: concepts, taxonomy: taxonomy)
        XCTAssertEqual(read.multipliers, ["what-we-collect": 0.7, "we-use": 1.4])
        XCTAssertEqual(readProblems.map(\.description), ["learned.txt:4: unknown concept `nope` (not in concepts.txt)",
                                                         "learned.txt:5: multiplier 9 is outside 0.1 to 5"])
    }

    /// A learned multiplier scales every entry of its concept when the lexicon is compiled.
    func testMultipliersScaleTheirConceptsEntries() throws {
        let set = Fixtures.lexicons
        let plain = try XCTUnwrap(set.compiled("en"))
        let entry = try XCTUnwrap(plain.entries.first { $0.concept == "what-we-collect" })
        let scaled = try XCTUnwrap(set.learning(LearnedWeights(multipliers: ["what-we-collect": 2])).compiled("en"))
        let same = try XCTUnwrap(scaled.entries.first { $0.display == entry.display && $0.section == entry.section })
        XCTAssertEqual(same.weight, entry.weight * 2, accuracy: 1e-9)
        let other = try XCTUnwrap(scaled.entries.first { $0.concept == "we-collect" })
        XCTAssertEqual(other.weight, plain.entries.first { $0.display == other.display && $0.section == other.section }?.weight)
    }

    /// The calibration learned on labelled outcomes rises with strength, matches the share
    /// right where outcomes are many, and round-trips through learned.txt; a calibration
    /// that falls or a lone point is an error on its line.
    func testCalibrationIsFittedMonotoneAndReadBack() throws {
        // Weak evidence right one time in four, middling three in five, strong nineteen in twenty.
        var outcomes: [(strength: Double, right: Bool)] = []
        for index in 0..<400 { outcomes.append((0.22, index % 4 == 0)) }
        for index in 0..<400 { outcomes.append((0.52, index % 5 < 3)) }
        for index in 0..<400 { outcomes.append((0.91, index % 20 != 0)) }
        let calibration = try XCTUnwrap(ConfidenceCalibration.fit(outcomes))
        XCTAssertEqual(calibration.confidence(0.22), 0.25)
        XCTAssertEqual(calibration.confidence(0.52), 0.6)
        XCTAssertEqual(calibration.confidence(0.91), 0.95)
        for (low, high) in zip(calibration.points, calibration.points.dropFirst()) {
            XCTAssertLessThan(low.strength, high.strength)
            XCTAssertLessThanOrEqual(low.accuracy, high.accuracy)
        }
        XCTAssertNil(ConfidenceCalibration.fit(Array(outcomes.prefix(10))), "too few outcomes to fit")

        let taxonomy = Fixtures.lexicons.taxonomy
        let (concepts, _) = ConceptInventory.parse("we-use | use | body | 2 | \"we use\"\n", file: "concepts.txt", taxonomy: taxonomy)
        let text = LearnedWeights.render([:], calibration: calibration.points, concepts: concepts, header: ["test"])
        let (read, problems) = LearnedWeights.parse(text, file: "learned.txt", concepts: concepts, taxonomy: taxonomy)
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertEqual(read.calibration, calibration.points)
        let (_, bad) = LearnedWeights.parse("@calibration 0.2 0.5\n@calibration 0.4 0.3\n@calibration 2 1\n", file: "learned.txt", concepts: concepts, taxonomy: taxonomy)
        XCTAssertEqual(bad.map(\.description), [
            "learned.txt:2: calibration points must rise: strength above 0.2, accuracy at least 0.5",
            "learned.txt:3: expected `@calibration strength accuracy`, both from 0 to 1",
            "learned.txt:1: a calibration needs at least two points",
        ])
    }
}

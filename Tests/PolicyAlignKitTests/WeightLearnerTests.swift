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
        let (read, readProblems) = LearnedWeights.parse(text + "nope 2\nwe-use 9\n", file: "learned.txt", concepts: concepts)
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
}

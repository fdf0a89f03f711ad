import Foundation
import XCTest
@testable import PolicyAlignKit

/// The perturbed translations of Tests/Fixtures/perturbed against their gold files:
/// section pairs, injected English, removed sections and changed facts.
final class AlignmentFixtureTests: XCTestCase {
    struct Gold: Decodable {
        struct Clause: Decodable { let line: Int; let text: String }
        struct FactChange: Decodable { let sourceLine: Int; let targetLine: Int; let source: String; let target: String }
        let source: String
        let pairs: [[Int?]]
        let untranslated: [Clause]
        let facts: [FactChange]
        let missing: [Int]
    }

    struct Score {
        var pairsFound = 0, pairsPredicted = 0, pairsGold = 0
        var clausesFound = 0, clausesGold = 0, falseFlags = 0, documents = 0
        var factsFound = 0, factsGold = 0, missingFound = 0, missingGold = 0
        var sentencePairs = 0, sentencePairsRight = 0
        var f1: Double { pairsPredicted + pairsGold == 0 ? 1 : 2 * Double(pairsFound) / Double(pairsPredicted + pairsGold) }
        static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    static let directory = Fixtures.path("Tests/Fixtures/perturbed")

    func testPerturbedTranslations() throws {
        let analyzer = Fixtures.analyzer()
        let aligner = PolicyAligner(lexicons: Fixtures.lexicons)
        let source = try analyzer.analyze(path: Fixtures.path("Corpus/dynatron/en.txt"))
        let languages = try FileManager.default.contentsOfDirectory(atPath: Self.directory).filter { !$0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(languages.count, 6)
        var scores: [String: Score] = [:]
        var problems: [String] = []
        for language in languages {
            for variant in ["clean", "injected", "removed", "renumbered", "merged", "changed"] {
                let base = "\(Self.directory)/\(language)/\(variant)"
                let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: base + ".gold.json")))
                let target = try analyzer.analyze(path: base + ".txt", language: language)
                let alignment = try aligner.align(source: source, target: target)
                var score = scores[language, default: Score()]
                score.documents += 1

                let predicted = Set(alignment.sectionPairs.filter { $0.source != nil }.map { pair in
                    "\(source.sections[pair.source!].startLine)-\(pair.target.map { String(target.sections[$0].startLine) } ?? "none")"
                })
                let expected = Set(gold.pairs.map { "\($0[0]!)-\($0[1].map { String($0) } ?? "none")" })
                score.pairsPredicted += predicted.count
                score.pairsGold += expected.count
                score.pairsFound += predicted.intersection(expected).count
                for miss in expected.subtracting(predicted) { problems.append("\(language)/\(variant): pair \(miss) not found") }

                // Line for line: in the clean translation a sentence pair is right when both
                // sides come from the same lines.
                if variant == "clean" {
                    for pair in alignment.sentencePairs where !pair.source.isEmpty && !pair.target.isEmpty {
                        score.sentencePairs += 1
                        if Set(pair.source.map(\.line)) == Set(pair.target.map(\.line)) { score.sentencePairsRight += 1 }
                    }
                }

                var matched = Set<Int>()
                for clause in gold.untranslated {
                    score.clausesGold += 1
                    if let index = alignment.untranslated.firstIndex(where: {
                        $0.startLine == clause.line && ($0.text.contains(clause.text.prefix(25)) || clause.text.contains($0.text.prefix(25)))
                    }) {
                        score.clausesFound += 1
                        matched.insert(index)
                    } else {
                        problems.append("\(language)/\(variant): untranslated line \(clause.line) not flagged")
                    }
                }
                // A passage of several sentences is flagged sentence by sentence: all of them count.
                let goldLines = Set(gold.untranslated.map(\.line))
                for (index, clause) in alignment.untranslated.enumerated() where !matched.contains(index) && !goldLines.contains(clause.startLine) {
                    score.falseFlags += 1
                    problems.append("\(language)/\(variant): false flag line \(clause.startLine): \(clause.text.prefix(60))")
                }

                for change in gold.facts {
                    score.factsGold += 1
                    let found = alignment.facts.contains { finding in
                        finding.status == .mismatch && finding.source?.line == change.sourceLine && finding.target?.line == change.targetLine
                            && (finding.source?.value.hasPrefix(change.source) ?? false) && (finding.target?.value.hasPrefix(change.target) ?? false)
                    }
                    if found { score.factsFound += 1 } else { problems.append("\(language)/\(variant): fact \(change.source)->\(change.target) not found") }
                }
                let unexpectedFacts = alignment.facts.count - gold.facts.count * (variant == "changed" ? 1 : 0)
                if variant != "changed" && unexpectedFacts > 0 {
                    problems.append("\(language)/\(variant): \(unexpectedFacts) fact differences where none were made")
                }

                let missing = Set(alignment.missingSections.map { source.sections[$0].startLine })
                score.missingGold += gold.missing.count
                score.missingFound += gold.missing.filter { missing.contains($0) }.count
                scores[language] = score
            }
        }
        var table = "pair        section F1  sentence precision  untranslated recall  false flags/doc  fact recall  removed found\n"
        var total = Score()
        for language in scores.keys.sorted() {
            let s = scores[language]!
            total.pairsFound += s.pairsFound; total.pairsPredicted += s.pairsPredicted; total.pairsGold += s.pairsGold
            total.clausesFound += s.clausesFound; total.clausesGold += s.clausesGold; total.falseFlags += s.falseFlags
            total.documents += s.documents; total.factsFound += s.factsFound; total.factsGold += s.factsGold
            total.missingFound += s.missingFound; total.missingGold += s.missingGold
            total.sentencePairs += s.sentencePairs; total.sentencePairsRight += s.sentencePairsRight
            table += "en-\(language)".padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "%10.3f  %18.3f  %19.2f  %15.2f  %11.2f  %8d/%d\n", s.f1, Score.ratio(s.sentencePairsRight, s.sentencePairs),
                         Score.ratio(s.clausesFound, s.clausesGold),
                         Double(s.falseFlags) / Double(s.documents), Score.ratio(s.factsFound, s.factsGold), s.missingFound, s.missingGold)
        }
        table += "all".padding(toLength: 12, withPad: " ", startingAt: 0)
            + String(format: "%10.3f  %18.3f  %19.2f  %15.2f  %11.2f  %8d/%d\n", total.f1,
                     Score.ratio(total.sentencePairsRight, total.sentencePairs), Score.ratio(total.clausesFound, total.clausesGold),
                     Double(total.falseFlags) / Double(total.documents), Score.ratio(total.factsFound, total.factsGold),
                     total.missingFound, total.missingGold)
        print(table)
        if !problems.isEmpty { print(problems.joined(separator: "\n")) }
        XCTAssertGreaterThanOrEqual(total.f1, 0.97, "section alignment F1")
        XCTAssertGreaterThanOrEqual(Score.ratio(total.sentencePairsRight, total.sentencePairs), 0.85, "sentence alignment precision")
        XCTAssertGreaterThanOrEqual(Score.ratio(total.clausesFound, total.clausesGold), 0.9, "untranslated recall")
        XCTAssertLessThanOrEqual(Double(total.falseFlags) / Double(total.documents), 0.2, "false flags per document")
        XCTAssertEqual(total.missingFound, total.missingGold, "every removed section found")
        XCTAssertGreaterThanOrEqual(Score.ratio(total.factsFound, total.factsGold), 0.9, "fact mismatch recall")
        for language in scores.keys {
            XCTAssertGreaterThanOrEqual(scores[language]!.f1, 0.9, "section alignment F1 for en-\(language)")
        }
    }
}

import XCTest
@testable import PolicyAlignKit

/// Label accuracy on the corpus gold files, per language. A section counts as right when
/// the detected section starting at the gold line has a primary label the gold accepts;
/// a section not detected counts as wrong.
final class ClassificationAccuracyTests: XCTestCase {
    struct Tally { var sections = 0, correct = 0, found = 0 }

    static func measure() throws -> [String: Tally] {
        let analyzer = Fixtures.analyzer()
        var tallies: [String: Tally] = [:]
        for (policy, gold, language) in GoldFile.all() {
            let result = try analyzer.analyze(path: policy, language: language)
            let byLine = Dictionary(result.sections.map { ($0.startLine, $0) }, uniquingKeysWith: { first, _ in first })
            for goldSection in GoldFile.read(gold) {
                tallies[language, default: Tally()].sections += 1
                guard let section = byLine[goldSection.startLine] else { continue }
                tallies[language, default: Tally()].found += 1
                if goldSection.labels.contains(section.label) { tallies[language, default: Tally()].correct += 1 }
            }
        }
        return tallies
    }

    func testLabelAccuracyPerLanguage() throws {
        let tallies = try Self.measure()
        var table = "language  sections  found  correct  accuracy\n"
        var total = Tally()
        for language in tallies.keys.sorted() {
            let tally = tallies[language]!
            total.sections += tally.sections; total.correct += tally.correct; total.found += tally.found
            let accuracy = Double(tally.correct) / Double(tally.sections)
            table += language.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: "%8d  %5d  %7d  %8.2f\n", tally.sections, tally.found, tally.correct, accuracy)
            // Every language with gold data must label at least seven sections in ten right (a regression guard: the measured table is printed).
            XCTAssertGreaterThanOrEqual(accuracy, 0.7, "label accuracy for \(language)")
        }
        let overall = Double(total.correct) / Double(total.sections)
        table += String(format: "all       %8d  %5d  %7d  %8.2f\n", total.sections, total.found, total.correct, overall)
        print(table)
        XCTAssertGreaterThanOrEqual(overall, 0.8)
        XCTAssertGreaterThanOrEqual(tallies.count, 11, "gold data in at least eleven languages")
    }

    /// Confidence means what it says: labels given with more confidence are right more
    /// often, and about as often as the confidence claims.
    func testConfidenceIsCalibrated() throws {
        let analyzer = Fixtures.analyzer()
        var buckets: [Int: (count: Int, right: Int, confidence: Double)] = [:]
        for (policy, gold, language) in GoldFile.all() {
            let result = try analyzer.analyze(path: policy, language: language)
            let byLine = Dictionary(result.sections.map { ($0.startLine, $0) }, uniquingKeysWith: { first, _ in first })
            for goldSection in GoldFile.read(gold) {
                guard let section = byLine[goldSection.startLine], section.label != Taxonomy.other else { continue }
                let bucket = min(4, Int(section.confidence * 5))
                var entry = buckets[bucket, default: (0, 0, 0)]
                entry.count += 1
                entry.right += goldSection.labels.contains(section.label) ? 1 : 0
                entry.confidence += section.confidence
                buckets[bucket] = entry
            }
        }
        var report = ""
        var previous = 0.0
        for bucket in buckets.keys.sorted() {
            let entry = buckets[bucket]!
            let accuracy = Double(entry.right) / Double(entry.count)
            let meanConfidence = entry.confidence / Double(entry.count)
            report += String(format: "confidence %.1f-%.1f: %3d sections, mean confidence %.2f, accuracy %.2f\n",
                             Double(bucket) / 5, Double(bucket + 1) / 5, entry.count, meanConfidence, accuracy)
            if entry.count >= 20 {
                XCTAssertGreaterThanOrEqual(accuracy + 0.05, previous, "accuracy does not fall as confidence rises")
                XCTAssertLessThan(abs(accuracy - meanConfidence), 0.2, "confidence \(meanConfidence) against accuracy \(accuracy)")
                previous = accuracy
            }
        }
        print(report)
    }
}

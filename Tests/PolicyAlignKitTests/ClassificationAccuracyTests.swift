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

    /// Confidence means what it says. It is calibrated (Lexicons/learned.txt) on the
    /// calibration split, real policies no lexicon was tuned on: there each band of
    /// confidence is right about as often as it claims, and more confident labels are right
    /// more often. On dev and the corpus, which the lexicons were tuned on, labels are right
    /// more often: confidence may under-claim there, but never over-claim.
    func testConfidenceIsCalibrated() throws {
        let analyzer = Fixtures.analyzer()
        let calibration = try LabelEvaluation.measure([Fixtures.path("Tests/Fixtures/labels/calibration")], analyzer: analyzer)
        let dev = try LabelEvaluation.measure([Fixtures.path("Tests/Fixtures/labels/dev"), Fixtures.path("Tests/Fixtures/real/dev")],
                                              analyzer: analyzer)
        let corpus = try LabelEvaluation.measure([Fixtures.path("Corpus")], analyzer: analyzer)
        print("calibration:\n" + calibration.calibrationTable() + "dev:\n" + dev.calibrationTable() + "corpus:\n" + corpus.calibrationTable())
        XCTAssertGreaterThanOrEqual(calibration.claims.count, 500)
        XCTAssertLessThan(calibration.calibrationError, 0.03)
        for (name, evaluation) in [("calibration", calibration), ("dev", dev), ("corpus", corpus)] {
            var previous = 0.0
            for band in evaluation.bands() where band.count >= 20 {
                XCTAssertGreaterThan(band.right, band.claimed - 0.1, "\(name): confidence \(band.claimed) over-claims, \(band.right) right (\(band.range))")
                if name == "calibration" {
                    XCTAssertGreaterThanOrEqual(band.right + 0.1, previous, "calibration: accuracy falls as confidence rises (\(band.range))")
                    XCTAssertLessThan(abs(band.right - band.claimed), 0.1, "calibration: confidence \(band.claimed), \(band.right) right (\(band.range))")
                }
                previous = band.right
            }
        }
    }
}

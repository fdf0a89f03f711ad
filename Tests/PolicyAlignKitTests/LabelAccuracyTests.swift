import XCTest
@testable import PolicyAlignKit

/// Section labels on real published policies and translations (Tests/Fixtures/labels, the
/// real fixtures and Corpus/mastodon; see the labels README), per language and split, and
/// paragraph labels against hand labels. The tables are printed; the floors below are
/// regression guards a little under the measured figures, never targets tuned on the test
/// split.
final class LabelAccuracyTests: XCTestCase {
    static func evaluate(_ paths: [String]) throws -> LabelEvaluation {
        try LabelEvaluation.measure(paths.map(Fixtures.path), analyzer: Fixtures.analyzer())
    }

    func testTrainingAndDevelopmentSplits() throws {
        let train = try Self.evaluate(["Tests/Fixtures/labels/train"])
        let dev = try Self.evaluate(["Tests/Fixtures/labels/dev", "Tests/Fixtures/real/dev"])
        print("train\n" + train.table() + "dev\n" + dev.table())
        XCTAssertGreaterThanOrEqual(train.total.sections, 800)
        XCTAssertGreaterThanOrEqual(train.total.accuracy, Self.floors.train)
        XCTAssertGreaterThanOrEqual(dev.total.accuracy, Self.floors.dev)
    }

    /// The held-out split: at least ten languages, including the ones the product is most
    /// asked for, each with gold sections.
    func testHeldOutSplit() throws {
        let test = try Self.evaluate(["Tests/Fixtures/labels/test", "Tests/Fixtures/real/test"])
        print("test\n" + test.table())
        for language in ["ms", "id", "th", "zh-Hans", "zh-Hant", "ja", "ar", "en", "es", "de", "fr", "ko", "ru", "vi"] {
            XCTAssertGreaterThan(test.byLanguage[language]?.sections ?? 0, 0, "no test sections in \(language)")
        }
        XCTAssertGreaterThanOrEqual(test.total.accuracy, Self.floors.test)
    }

    /// The calibration split: policies no lexicon was tuned on and the label layer did not
    /// learn from (it fits only the confidence).
    func testCalibrationSplit() throws {
        let calibration = try Self.evaluate(["Tests/Fixtures/labels/calibration"])
        print("calibration\n" + calibration.table())
        XCTAssertGreaterThanOrEqual(calibration.total.sections, 800)
        XCTAssertGreaterThanOrEqual(calibration.total.accuracy, Self.floors.calibration)
    }

    func testParagraphs() throws {
        let analyzer = Fixtures.analyzer()
        let classifier = try XCTUnwrap(analyzer.classifier(for: "en"))
        var report = ""
        var f1: [String: Double] = [:]
        for split in ["dev", "test"] {
            var evaluation = ParagraphEvaluation()
            for record in try ParagraphEvaluation.read(Fixtures.path("Tests/Fixtures/labels/paragraphs/\(split).jsonl")) {
                evaluation.add(expected: record.labels, got: classifier.classify(paragraph: record.text, under: record.heading).label)
            }
            report += split + "\n" + evaluation.table()
            f1[split] = evaluation.macroF1
        }
        print(report)
        XCTAssertGreaterThanOrEqual(f1["dev"] ?? 0, Self.floors.paragraphs)
    }

    static let floors = (train: 0.9, dev: 0.85, test: 0.76, calibration: 0.66, paragraphs: 0.58)
}

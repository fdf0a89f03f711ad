import Foundation
import XCTest
@testable import PolicyAlignKit

/// Translations that restructure the text (Tests/Fixtures/free): every gold section pair
/// found, nothing flagged, no fact differences.
final class FreeTranslationTests: XCTestCase {
    func testFreeTranslationsAlign() throws {
        let analyzer = Fixtures.analyzer()
        let aligner = PolicyAligner(lexicons: Fixtures.lexicons)
        let source = try analyzer.analyze(path: Fixtures.path("Corpus/kasperek-optical/en.txt"))
        for language in ["id", "zh-Hans"] {
            let base = Fixtures.path("Tests/Fixtures/free/kasperek-optical.\(language)")
            let target = try analyzer.analyze(path: base + ".txt")
            XCTAssertEqual(target.language, language)
            let alignment = try aligner.align(source: source, target: target)
            let predicted = Set(alignment.sectionPairs.compactMap { pair -> String? in
                guard let s = pair.source, let t = pair.target else { return nil }
                return "\(source.sections[s].startLine)-\(target.sections[t].startLine)"
            })
            let gold = try String(contentsOfFile: base + ".gold.tsv", encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") }.map { line -> String in
                    let fields = line.split(separator: "\t")
                    return "\(fields[0])-\(fields[1])"
                }
            XCTAssertEqual(gold.count, 11)
            XCTAssertEqual(Set(gold).subtracting(predicted), [], "\(language): gold pairs not found")
            XCTAssertEqual(alignment.missingSections, [], language)
            XCTAssertEqual(alignment.untranslated.map(\.text), [], language)
            XCTAssertEqual(alignment.facts.count, 0, "\(language): \(alignment.facts)")
        }
    }
}

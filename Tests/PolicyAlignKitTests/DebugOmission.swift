import Foundation
import XCTest
@testable import PolicyAlignKit

final class DebugOmission: XCTestCase {
    func testDebug() throws {
        let analyzer = Fixtures.analyzer()
        let aligner = PolicyAligner(lexicons: Fixtures.lexicons)
        let original = try analyzer.analyze(path: Fixtures.path("Corpus/dynatron/en.txt"))
        for language in ["ar", "ru", "th"] {
            let path = Fixtures.path("Corpus/dynatron/\(language).txt")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let clean = try aligner.align(source: original, target: try analyzer.analyze(path: path, language: language))
            for (pair, line) in Perturbations.droppable(clean, text: text, limit: 6) {
                let edited = Perturbations.dropping(pair.target[0].text, line: line, from: text)
                let file = Fixtures.temporaryFile("dbg-\(language).txt", Array(edited.utf8))
                let alignment = try aligner.align(source: original, target: try analyzer.analyze(path: file, language: language))
                guard !alignment.findings.contains(where: { $0.kind == .omitted && $0.sourceLine == pair.source[0].line }) else { continue }
                print("=== \(language) MISSED line \(pair.source[0].line) (\(pair.source[0].text.count)): \(pair.source[0].text.prefix(60))")
                for p in alignment.sentencePairs where p.source.contains(where: { abs($0.line - pair.source[0].line) <= 3 }) || p.target.contains(where: { abs($0.line - pair.source[0].line) <= 3 }) {
                    print("  \(p.source.map { "\($0.line):\($0.text.count)" }) -> \(p.target.map { "\($0.line):\($0.text.count)" }) \(p.score)")
                }
                print("  omissions: \(alignment.omissions.map { $0.sentences.map(\.line) })")
            }
        }
    }
}

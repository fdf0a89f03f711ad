import Foundation
import XCTest
@testable import PolicyAlignKit

/// Plain text hard-wrapped at a fixed width (an e-mail, a `fmt`-ed export) is read as the
/// paragraphs it was: a wrapped line is no heading, and a sentence over several lines is
/// one sentence, so the wrapped original and translation align as the unwrapped ones do.
final class WrappedPlainTextTests: XCTestCase {
    /// The text with every line longer than 80 columns wrapped at `width`, as `fmt` would,
    /// and a blank line after each wrapped paragraph.
    private func wrapped(_ text: String, width: Int = 72) -> String {
        var out: [String] = []
        for line in text.components(separatedBy: "\n") {
            guard line.count > 80 else { out.append(line); continue }
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty, current.count + 1 + word.count > width {
                    out.append(current)
                    current = String(word)
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            out.append(current)
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private func analyze(_ text: String, _ name: String, _ language: String) throws -> AnalyzedPolicy {
        let analyzer = Fixtures.analyzer()
        return try analyzer.analyze(path: Fixtures.temporaryFile(name, Array(text.utf8)), language: language)
    }

    func testAWrappedPolicyKeepsItsSectionsAndAligns() throws {
        let english = try String(contentsOfFile: Fixtures.path("Corpus/dynatron/en.txt"), encoding: .utf8)
        let malay = try String(contentsOfFile: Fixtures.path("Corpus/dynatron/ms.txt"), encoding: .utf8)
        let plain = try analyze(english, "plain-en.txt", "en")
        let wrappedEnglish = try analyze(wrapped(english), "wrapped-en.txt", "en")
        XCTAssertGreaterThan(wrappedEnglish.document.blocks.count, 0)
        XCTAssertNotNil(PlainTextReader.wrapWidth(of: SourceLines.split(wrapped(english))))
        XCTAssertNil(PlainTextReader.wrapWidth(of: SourceLines.split(english)), "one paragraph a line is not wrapped")
        // Every numbered heading of the plain file is a heading of the wrapped one, and no
        // wrapped line ending in "and" or "at" became a heading.
        let numbered = plain.sections.compactMap(\.heading).filter { $0.first?.isNumber == true }
        XCTAssertEqual(numbered.count, 16)
        let wrappedHeadings = Set(wrappedEnglish.sections.compactMap(\.heading))
        for heading in numbered { XCTAssertTrue(wrappedHeadings.contains(heading), heading) }
        XCTAssertFalse(wrappedHeadings.contains { $0.hasSuffix(" and") || $0.hasSuffix(" at") }, "\(wrappedHeadings)")
        let alignment = try PolicyAligner(lexicons: Fixtures.lexicons)
            .align(source: wrappedEnglish, target: try analyze(wrapped(malay), "wrapped-ms.txt", "ms"))
        XCTAssertEqual(alignment.findings.filter { $0.kind.rawValue.hasPrefix("fact") || $0.kind.rawValue == "omitted" }.map(\.message), [])
        // A sentence over several lines still names the line it starts on.
        let sentence = try XCTUnwrap(alignment.sentencePairs.flatMap(\.source).first { $0.text.hasPrefix("Collectively, we refer") })
        XCTAssertEqual(sentence.line, 29)
        XCTAssertEqual(sentence.endLine, 30)
    }
}

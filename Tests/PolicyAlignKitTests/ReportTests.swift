import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import PolicyAlignKit

/// Reporters on a hostile policy: every piece of policy text is escaped, findings are marked.
final class ReportTests: XCTestCase {
    static func hostileAlignment() throws -> PolicyAlignment {
        let analyzer = Fixtures.analyzer()
        let source = try analyzer.analyze(path: Fixtures.path("Tests/Fixtures/hostile/en.txt"), language: "en")
        let target = try analyzer.analyze(path: Fixtures.path("Tests/Fixtures/hostile/ms.txt"), language: "ms")
        return try PolicyAligner(lexicons: Fixtures.lexicons).align(source: source, target: target)
    }

    func testHTMLEscapesPolicyText() throws {
        let alignment = try Self.hostileAlignment()
        let html = AlignmentHTMLReporter(generated: Date(timeIntervalSince1970: 0)).render(alignment)
        XCTAssertFalse(html.contains("<script"), "no script element from policy text")
        XCTAssertFalse(html.contains("<img"), "no img element from policy text")
        XCTAssertFalse(html.contains("<b "), "no markup from policy text")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        XCTAssertTrue(html.contains("Content-Security-Policy"))
        XCTAssertTrue(html.contains("default-src 'none'"))
        XCTAssertTrue(html.contains("<mark class=\"untranslated\""), "the English sentence is highlighted")
        XCTAssertTrue(html.contains("<mark class=\"fact\""), "7 years against 5 tahun is highlighted")
    }

    func testRightToLeftColumns() throws {
        let analyzer = Fixtures.analyzer()
        let source = try analyzer.analyze(path: Fixtures.path("Corpus/kasperek-optical/en.txt"))
        let target = try analyzer.analyze(path: Fixtures.path("Corpus/kasperek-optical/ar.txt"))
        let html = AlignmentHTMLReporter().render(try PolicyAligner(lexicons: Fixtures.lexicons).align(source: source, target: target))
        XCTAssertTrue(html.contains("lang=\"ar\" dir=\"rtl\""))
        XCTAssertTrue(html.contains("lang=\"en\" dir=\"ltr\""))
    }

    func testTMXIsWellFormedXMLWithBothLanguages() throws {
        let tmx = TMXReporter(generated: Date(timeIntervalSince1970: 0)).render(try Self.hostileAlignment())
        XCTAssertTrue(tmx.contains("segtype=\"sentence\""))
        XCTAssertTrue(tmx.contains("creationtool=\"policyalign\""))
        XCTAssertTrue(tmx.contains("<tuv xml:lang=\"ms\">"))
        XCTAssertTrue(tmx.contains("&lt;script&gt;"))
        let parser = XMLParser(data: Data(tmx.utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    func testFactsAndUntranslatedOnTheHostilePair() throws {
        let alignment = try Self.hostileAlignment()
        XCTAssertEqual(alignment.facts.map { "\($0.status.rawValue) \($0.source?.value ?? "-") \($0.target?.value ?? "-")" },
                       ["mismatch 7 year 5 year"])
        XCTAssertEqual(alignment.untranslated.map(\.startLine), [6])
        XCTAssertEqual(alignment.sectionPairs.filter { $0.source != nil && $0.target != nil }.count, 4)
    }
}

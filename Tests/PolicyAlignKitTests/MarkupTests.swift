import XCTest
@testable import PolicyAlignKit

/// Markup never reaches text, and links become placeables of the block they sit in.
final class MarkupTests: XCTestCase {
    private func read(_ text: String, _ name: String) throws -> PolicyDocument {
        try DocumentReader().read(path: Fixtures.temporaryFile(name, Array(text.utf8)))
    }

    func testMarkdownLinksAnchorsAndMarkup() throws {
        let markdown = """
        <!-- a comment
        spanning lines -->
        # Privacy Notice {#top}
        {: datetime="2024-01-01" }

        <a id="cookies"></a>
        ## Cookies and *Tracking*

        We use [Google Analytics](https://analytics.google.com/ "GA") and <span class="x">cookies</span>.<br/>Contact <privacy@example.org> or [our form][form].[^1]
        Read the [policy] now. ![logo](img.png)

        [form]: https://example.net/contact
        [policy]: <https://foo.org/p>
        [^1]: A footnote with **bold** text &amp; more.
        """
        let document = try read(markdown, "markup.md")
        XCTAssertEqual(document.blocks.map(\.text), [
            "Privacy Notice", "Cookies and Tracking",
            "We use Google Analytics and cookies. Contact privacy@example.org or our form.",
            "Read the policy now.", "A footnote with bold text & more.",
        ])
        XCTAssertEqual(document.blocks.map(\.line), [3, 7, 9, 10, 14])
        XCTAssertEqual(document.blocks[0].anchor, "top")
        XCTAssertEqual(document.blocks[1].anchor, "cookies")
        XCTAssertEqual(document.blocks[2].links.map(\.target),
                       ["https://analytics.google.com/", "mailto:privacy@example.org", "https://example.net/contact"])
        let text = document.blocks[2].text
        let offsets = document.blocks[2].links.map { String(text.utf8.dropFirst($0.offset).prefix(6))! }
        XCTAssertEqual(offsets, ["Google", "privac", "our fo"])
        XCTAssertEqual(document.blocks[3].links.map(\.target), ["https://foo.org/p"])
    }

    /// Standard input and unknown extensions are sniffed: an HTML fragment that opens with
    /// a block element is HTML, a "<" line in prose is not.
    func testFormatSniffedWithoutAnExtension() {
        func format(_ text: String) -> DocumentFormat { DocumentReader.format(of: "-", bytes: Array(text.utf8)) }
        XCTAssertEqual(format("<h2>Privacy</h2>\n<h3 id=\"collect\">What we collect</h3>\n<ul><li>Data</li></ul>"), .html)
        XCTAssertEqual(format("\u{FEFF}  <div class=\"policy\"><h1>Privacy</h1></div>"), .html)
        XCTAssertEqual(format("<p>We collect data.</p>"), .html)
        XCTAssertEqual(format("# Privacy\n\n## What we collect\n\nData."), .markdown)
        XCTAssertEqual(format("<p is a letter we use as a variable\nPrivacy policy text."), .text)
        XCTAssertEqual(format("Privacy Policy\n\n1. What we collect"), .text)
    }

    func testHTMLLinksAndHeadingIds() throws {
        let html = """
        <html><body><main>
        <h1>Privacy</h1>
        <section id="sharing"><h2>Sharing</h2>
        <p>See <a href="https://example.com/partners?hl=de">our partners</a> and
        <a href="mailto:dpo@acme.test">write to us</a>.</p></section>
        <a name="rights"></a><h2>Your rights</h2>
        <h2 id="contact">Contact</h2>
        </main></body></html>
        """
        let document = try read(html, "links.html")
        XCTAssertEqual(document.blocks.map(\.text), ["Privacy", "Sharing", "See our partners and write to us.", "Your rights", "Contact"])
        XCTAssertEqual(document.blocks.map(\.anchor), [nil, "sharing", nil, "rights", "contact"])
        let paragraph = document.blocks[2]
        XCTAssertEqual(paragraph.links.map(\.target), ["https://example.com/partners?hl=de", "mailto:dpo@acme.test"])
        XCTAssertEqual(paragraph.links.map { String(paragraph.text.utf8.dropFirst($0.offset).prefix(5))! }, ["our p", "write"])
    }

    /// An anchor line right before a heading opens no HTML block: the heading stays a heading.
    func testAnchorLineDirectlyBeforeAHeading() throws {
        let markdown = "---\ntitle: Privacy\nredirect_from:\n  - /articles/privacy/\n---\n<a id=\"sharing\"></a>\n## How we share {% data variables.product %}\nWe share nothing.\n"
        let document = try read(markdown, "anchored.md")
        XCTAssertEqual(document.blocks.map(\.text), ["How we share", "We share nothing."])
        XCTAssertEqual(document.blocks.first?.kind, .heading(level: 2))
        XCTAssertEqual(document.blocks.first?.anchor, "sharing")
        XCTAssertEqual(document.blocks.first?.line, 7)
    }
}

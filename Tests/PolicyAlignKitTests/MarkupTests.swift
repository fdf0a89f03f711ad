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
        // The paragraph's second line continues it, as Markdown renders it.
        XCTAssertEqual(document.blocks.map(\.text), [
            "Privacy Notice", "Cookies and Tracking",
            "We use Google Analytics and cookies. Contact privacy@example.org or our form. Read the policy now.",
            "A footnote with bold text & more.",
        ])
        XCTAssertEqual(document.blocks.map(\.line), [3, 7, 9, 14])
        XCTAssertEqual(document.blocks[2].endLine, 10)
        XCTAssertEqual(document.blocks[0].anchor, "top")
        XCTAssertEqual(document.blocks[1].anchor, "cookies")
        XCTAssertEqual(document.blocks[2].links.map(\.target),
                       ["https://analytics.google.com/", "mailto:privacy@example.org", "https://example.net/contact", "https://foo.org/p"])
        let text = document.blocks[2].text
        let offsets = document.blocks[2].links.map { String(text.utf8.dropFirst($0.offset).prefix(6))! }
        XCTAssertEqual(offsets, ["Google", "privac", "our fo", "policy"])
        // Each sentence keeps its own line and links.
        let section = Section(index: 0, heading: nil, startLine: 9, endLine: 10, level: 1, runIn: false, isOpening: false,
                              body: [document.blocks[2]])
        let sentences = try SentenceSplitter(locale: "en").sentences(of: section)
        XCTAssertEqual(sentences.map(\.line), [9, 9, 10])
        XCTAssertEqual(sentences.map(\.endLine), [9, 9, 10])
        XCTAssertEqual(sentences.last?.links, ["https://foo.org/p"])
    }

    /// A paragraph wrapped over lines is one block, whose sentences span the lines they
    /// cover; a short line above a capitalised one, a numbered line and a list item each
    /// stay blocks of their own.
    func testWrappedMarkdownParagraphs() throws {
        let markdown = """
        # Privacy

        **In short: we collect nothing.** There are no accounts, no analytics, no
        ads and no tracking. Your settings stay on your Mac. The
        developer never receives your data.

        Contact
        Write to us.
        1. To correct inaccuracies in your information, which we will fix
        2. To delete it.
        - An item that runs on over more than a single line of the file
          and ends here.
        """
        let document = try read(markdown, "wrapped.md")
        XCTAssertEqual(document.blocks.map(\.text), [
            "Privacy", "In short: we collect nothing",
            "There are no accounts, no analytics, no ads and no tracking. Your settings stay on your Mac. The developer never receives your data.",
            "Contact", "Write to us.",
            "1. To correct inaccuracies in your information, which we will fix", "2. To delete it.",
            "An item that runs on over more than a single line of the file and ends here.",
        ])
        XCTAssertEqual(document.blocks.map(\.line), [1, 3, 3, 7, 8, 9, 10, 11])
        XCTAssertEqual(document.blocks.map(\.endLine), [1, 3, 5, 7, 8, 9, 10, 12])
        let section = Section(index: 0, heading: nil, startLine: 3, endLine: 5, level: 1, runIn: false, isOpening: false,
                              body: [document.blocks[2]])
        let sentences = try SentenceSplitter(locale: "en").sentences(of: section)
        XCTAssertEqual(sentences.map(\.text), ["There are no accounts, no analytics, no ads and no tracking.",
                                               "Your settings stay on your Mac.", "The developer never receives your data."])
        XCTAssertEqual(sentences.map(\.line), [3, 4, 4])
        XCTAssertEqual(sentences.map(\.endLine), [4, 4, 5])
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
    /// The front matter's title is the page's title heading.
    func testAnchorLineDirectlyBeforeAHeading() throws {
        let markdown = "---\ntitle: Privacy\nredirect_from:\n  - /articles/privacy/\n---\n<a id=\"sharing\"></a>\n## How we share {% data variables.product %}\nWe share nothing.\n"
        let document = try read(markdown, "anchored.md")
        XCTAssertEqual(document.blocks.map(\.text), ["Privacy", "How we share", "We share nothing."])
        XCTAssertEqual(document.blocks.map(\.kind), [.heading(level: 1), .heading(level: 2), .line])
        XCTAssertEqual(document.blocks.map(\.line), [2, 7, 8])
        XCTAssertEqual(document.blocks[1].anchor, "sharing")
    }

    /// CommonMark ends an HTML block at a blank line only; an anchor element on the line
    /// right above `## Heading` (no blank line between) must not swallow the heading, as it
    /// did for Discourse's `<a name="heading--collect"></a>` lines. A front matter title that
    /// the text repeats as its first heading is not doubled.
    func testATXHeadingEndsAnHTMLBlock() throws {
        let markdown = "---\ntitle: Privacy Policy\n---\n# Privacy Policy\n<div class=\"note\">Last updated</div>\n<a name=\"collect\"></a>\n## What information do we collect?\nWe collect your name.\n"
        let document = try read(markdown, "discourse-like.md")
        XCTAssertEqual(document.blocks.map(\.text), ["Privacy Policy", "Last updated", "What information do we collect?", "We collect your name."])
        XCTAssertEqual(document.blocks[2].kind, .heading(level: 2))
        XCTAssertEqual(document.blocks[2].anchor, "collect")
        XCTAssertEqual(document.blocks[2].line, 7)
    }

    /// A paragraph bold from end to end is a subheading under the last heading, as a bold
    /// Markdown line is; a bold sentence stays text (a bold lead-in is a run-in: below).
    func testBoldParagraphsAreSubheadings() throws {
        let html = """
        <html><body><h1>Privacy Policy</h1><h2>Information we collect</h2>
        <p><strong>Information you give us</strong></p><p>We collect your name.</p>
        <p><b>Note:</b> we never sell it.</p><p><strong>We never sell your data.</strong></p>
        <p><b>How do we use <i>your</i> data?</b></p><p>To run the service.</p></body></html>
        """
        let document = try read(html, "bold.html")
        XCTAssertEqual(document.blocks.map(\.text), ["Privacy Policy", "Information we collect", "Information you give us",
                                                    "We collect your name.", "Note", "we never sell it.", "We never sell your data.",
                                                    "How do we use your data?", "To run the service."])
        XCTAssertEqual(document.blocks.map(\.kind), [.heading(level: 1), .heading(level: 2), .heading(level: 3), .line,
                                                    .heading(level: 3), .line, .line, .heading(level: 3), .line])
    }

    /// A paragraph opening with a bold label closed by a colon or full stop is a run-in
    /// subheading and its text; the text keeps its links. A bold word inside a sentence,
    /// or a label with a short number (a date line), is not one.
    func testBoldLeadInParagraphsAreRunInSubheadings() throws {
        let html = """
        <html><body><h2>Who we share data with</h2>
        <p><strong>Payment processors:</strong> we send your card to <a href="https://pay.example">Pay</a>.</p>
        <p><b>Analytics</b>. We count visits.</p>
        <p>We <b>never</b> sell your data.</p><p><strong>Last updated:</strong> 5 May 2026</p></body></html>
        """
        let document = try read(html, "runin.html")
        XCTAssertEqual(document.blocks.map(\.text), ["Who we share data with", "Payment processors", "we send your card to Pay.",
                                                    "Analytics", "We count visits.", "We never sell your data.",
                                                    "Last updated: 5 May 2026"])
        XCTAssertEqual(document.blocks.map(\.kind), [.heading(level: 2), .heading(level: 3), .line, .heading(level: 3), .line,
                                                    .line, .line])
        XCTAssertEqual(document.blocks[2].links.first?.text(in: document.blocks[2].text), "Pay")
    }

    /// The line of links to a policy's other translations is navigation, not text: it is
    /// dropped, so translations that each list the others differ in no sentence or link.
    /// A sentence that names translations, or links to other pages, stays.
    func testLanguageSwitchersAreNotText() throws {
        let markdown = """
        # Salah Bar Privacy Policy

        English · [Türkçe](PRIVACY.tr.md) · [العربية](PRIVACY.ar.md) · [Bahasa Indonesia](PRIVACY.id.md)

        [English](./) | [简体中文](./privacy-policy.zh-Hans.html) | [日本語](./privacy-policy.ja.html)

        [Deutsch](https://example.com/de/privacy) / [Français](https://example.com/fr/privacy)

        This policy is also available in [Türkçe](PRIVACY.tr.md) and [Français](PRIVACY.fr.md).

        [Terms](/en/terms) · [Privacy](/en/privacy) · [Cookies](/en/cookies)
        """
        let document = try read(markdown, "switcher.md")
        XCTAssertEqual(document.blocks.map(\.text), [
            "Salah Bar Privacy Policy",
            "This policy is also available in Türkçe and Français.",
            "Terms · Privacy · Cookies",
        ])
        XCTAssertEqual(LanguageSwitcher.pattern(of: "PRIVACY.zh-Hans.md"), "privacy.*.md")
        XCTAssertEqual(LanguageSwitcher.pattern(of: "/pt_BR/privacy"), "/*/privacy")
        XCTAssertNil(LanguageSwitcher.pattern(of: "privacy-policy.html"))
    }
}

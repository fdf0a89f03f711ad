import Foundation
import XCTest
@testable import PolicyAlignKit

/// PDFs printed by headless Chromium (`Tests/Fixtures/pdf/make.py`): read like their Markdown
/// twin, without the running header and footer, with words broken at line ends joined, page
/// numbers kept, Arabic in reading order, and one-line errors for what cannot be read.
final class PDFReaderTests: XCTestCase {
    private func fixture(_ name: String) -> String { Fixtures.path("Tests/Fixtures/pdf/\(name)") }

    private func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixture(name)))) }

    // MARK: The same policy as Markdown

    func testSectionsAndLabelsEqualTheMarkdownTwin() throws {
        let analyzer = Fixtures.analyzer()
        let pdf = try analyzer.analyze(path: fixture("dynatron.pdf"), language: "en")
        let markdown = try analyzer.analyze(path: Fixtures.path("Tests/Fixtures/docx/dynatron.md"), language: "en")
        XCTAssertEqual(pdf.document.format, .pdf)
        // The title, 16 numbered sections and 2 subsections, labelled as in the text version.
        XCTAssertEqual(pdf.sections.count, 19)
        XCTAssertEqual(pdf.sections.filter { $0.parent != nil }.map { $0.heading ?? "-" },
                       ["Purposes for the Collection, Processing, Sharing, or Other Disclosure of Personal Information",
                        "Authorized Agents"])
        XCTAssertTrue(Set(["retention", "security", "contact", "children"]).isSubset(of: Set(pdf.sections.map(\.label))),
                      "\(pdf.sections.map(\.label))")
        XCTAssertEqual(pdf.sections.map { $0.heading ?? "-" }, markdown.sections.map { $0.heading ?? "-" })
        XCTAssertEqual(pdf.sections.map(\.level), markdown.sections.map(\.level))
        XCTAssertEqual(pdf.sections.map(\.label), markdown.sections.map(\.label))
        XCTAssertEqual(pdf.sections.map(\.labels), markdown.sections.map(\.labels))
        XCTAssertEqual(pdf.sections.map(\.parent), markdown.sections.map(\.parent))
    }

    func testHeadingLevelsComeFromFontSizes() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.pdf"))
        let headings = document.blocks.compactMap { block -> String? in
            guard case .heading(let level) = block.kind else { return nil }
            return "\(level) \(block.text.prefix(12))"
        }
        XCTAssertEqual(headings.prefix(4), ["1 Dynatron Pri", "2 1. Collectio", "3 Purposes for", "2 2. Collectio"])
        XCTAssertEqual(headings.count, 19)
    }

    /// Every paragraph, list item and table row has the Markdown's text: the same blocks in
    /// the same order.
    func testBlocksHaveTheMarkdownText() throws {
        let pdf = try DocumentReader().read(path: fixture("dynatron.pdf")).blocks.map(\.text)
        let markdown = try DocumentReader().read(path: Fixtures.path("Tests/Fixtures/docx/dynatron.md")).blocks.map(\.text)
        let difference = pdf.difference(from: markdown)
        XCTAssertEqual(difference.removals.count, 0, "\(difference.insertions)")
        XCTAssertEqual(difference.insertions.count, 0, "\(difference.removals)")
    }

    func testTableRowsAreCells() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.pdf"))
        XCTAssertEqual(document.blocks.filter { $0.kind == .cell }.map(\.text),
                       ["Category of Personal Information | Disclosed to | Shared for advertising",
                        "Identifiers | Service providers and affiliates | Yes",
                        "Commercial information | Service providers | No",
                        "Internet or network activity | Advertising partners | Yes"])
    }

    func testListItemsWithAndWithoutMarkers() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.pdf"))
        let numbered = document.blocks.filter { $0.kind == .listItem && $0.text.first?.isNumber == true }
        XCTAssertEqual(numbered.map { String($0.text.prefix(14)) },
                       ["1. To know whe", "2. To correct ", "3. To have you", "4. To receive ", "5. To opt out "])
        // Chromium draws bullets as shapes: the items show by their indent.
        XCTAssertTrue(document.blocks.contains { $0.kind == .listItem && $0.text == "Retention Period" })
        XCTAssertTrue(document.blocks.contains { $0.kind == .listItem && $0.text == "Usage data" })
        XCTAssertEqual(document.blocks.first { $0.text.hasPrefix("Dynatron Software (") }?.kind, .line)
    }

    // MARK: Headers, footers, hyphens, footnote marks

    func testRunningHeaderAndFooterAreDropped() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.pdf"))
        XCTAssertGreaterThanOrEqual(document.pageStarts.count, 5)
        XCTAssertFalse(document.blocks.contains { $0.text.contains("Dynatron Software · Privacy Policy") })
        XCTAssertFalse(document.blocks.contains { $0.text.range(of: #"Page \d+ of \d+"#, options: .regularExpression) != nil })
        XCTAssertEqual(document.blocks.first?.text, "Dynatron Privacy Policy")
        XCTAssertEqual(document.blocks.first?.line, 1)
    }

    func testHeaderRuleNeedsTheSameTextAtTheSameHeightOnHalfThePages() {
        func line(_ text: String, page: Int, top: Double) -> PDFLayout.Line {
            PDFLayout.Line(page: page, words: [], text: text, left: 50, top: top, right: 300, bottom: top + 10, size: 9, isBold: false,
                           isRightToLeft: false, textStart: 50)
        }
        let words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
        func page(_ page: Int, header: String?, footer: String?, title: String? = nil) -> [PDFLayout.Line] {
            var lines: [PDFLayout.Line] = []
            if let header { lines.append(line(header, page: page, top: 20)) }
            if let title { lines.append(line(title, page: page, top: 60)) }
            lines += (0..<8).map { line("\(words[$0]) text of page \(words[page])", page: page, top: 100 + 20 * Double($0)) }
            if let footer { lines.append(line(footer, page: page, top: 800)) }
            return lines
        }
        // On page 1 the title reads like the header, lower down: it stays. Page numbers differ
        // only in digits; the header is missing from page 1, as a cover page has none.
        var pages = (0..<4).map { page($0, header: $0 == 0 ? nil : "ACME · Privacy", footer: "Page \($0 + 1) of 4",
                                       title: $0 == 0 ? "ACME · Privacy" : nil) }
        PDFLayout.dropRunningHeadersAndFooters(&pages)
        XCTAssertEqual(pages.map(\.count), [9, 8, 8, 8])
        XCTAssertEqual(pages[0].first?.text, "ACME · Privacy")
        XCTAssertFalse(pages.joined().contains { $0.text.hasPrefix("Page ") || ($0.text == "ACME · Privacy" && $0.top == 20) })
        // A line on one page of four is no running header.
        var once = (0..<4).map { page($0, header: $0 == 0 ? "Draft" : nil, footer: nil) }
        PDFLayout.dropRunningHeadersAndFooters(&once)
        XCTAssertEqual(once.map(\.count), [9, 8, 8, 8])
    }

    func testWordsBrokenAtLineEndsAreJoined() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.pdf"))
        let text = document.blocks.map(\.text).joined(separator: "\n")
        // Chromium prints a soft hyphen and a hyphen where it breaks a word; neither is text.
        XCTAssertFalse(text.contains("\u{AD}") || text.contains("\u{2010}"))
        XCTAssertFalse(text.contains("- "), "a hyphen left before a space: \(text.components(separatedBy: "- ").first!.suffix(40))")
        XCTAssertTrue(text.contains("(866) 888-3962"))
        XCTAssertEqual(text.components(separatedBy: "cross-context").count - 1, 4)
    }

    func testHyphenRuleKeepsCompoundsAndJoinsWordsTheDocumentWrites() throws {
        func line(_ text: String, soft: Bool = false) -> PDFLayout.Line {
            PDFLayout.Line(page: 0, words: [], text: text, left: 50, top: 0, right: 300, bottom: 10, size: 10, isBold: false,
                           isRightToLeft: false, textStart: 50, endsInSoftHyphen: soft)
        }
        let lines = [line("We collect information for cross-context advertising."), line("The third-party tools we use are listed.")]
        let paragraphs = PDFLayout.Paragraphs(lines: lines, pageLines: [lines])
        XCTAssertEqual(paragraphs.join("used for infor-", previous: line("used for infor-"), "mation sharing"), "used for information sharing")
        XCTAssertEqual(paragraphs.join("for cross-", previous: line("for cross-"), "context ads"), "for cross-context ads")
        XCTAssertEqual(paragraphs.join("with third-", previous: line("with third-"), "party tools"), "with third-party tools")
        // Neither form written elsewhere: the hyphen stays, no word is made up.
        XCTAssertEqual(paragraphs.join("a re-", previous: line("a re-"), "identify step"), "a re-identify step")
        XCTAssertEqual(paragraphs.join("Third-", previous: line("Third-"), "Party"), "Third-Party")
        XCTAssertEqual(paragraphs.join("call 888-", previous: line("call 888-"), "3962 now"), "call 888-3962 now")
        // A soft hyphen always broke a word; a dash between words is no hyphen.
        XCTAssertEqual(paragraphs.join("pro", previous: line("pro", soft: true), "cessing"), "processing")
        XCTAssertEqual(paragraphs.join("data –", previous: line("data –"), "and more"), "data – and more")
        XCTAssertEqual(paragraphs.join("个人", previous: line("个人"), "信息"), "个人信息")
    }

    func testFootnoteMarkIsDroppedAndTheNoteKept() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.pdf"))
        let chart = try XCTUnwrap(document.blocks.first { $0.text.hasPrefix("“Personal Information” is information") })
        XCTAssertTrue(chart.text.hasSuffix("was last updated."), String(chart.text.suffix(30)))
        XCTAssertEqual(document.blocks.last?.text, "The 12 months are counted back from the date this Privacy Policy was last updated.")
    }

    // MARK: Lines and pages

    func testLinesRunThroughTheDocumentAndPagesAreKept() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.pdf"))
        XCTAssertEqual(document.pageStarts.first, 1)
        XCTAssertEqual(document.pageStarts, document.pageStarts.sorted())
        // Lines increase block after block, without gaps; the last is the line count.
        for (a, b) in zip(document.blocks, document.blocks.dropFirst()) {
            XCTAssertEqual(b.line, a.endLine + 1, b.text)
        }
        XCTAssertEqual(document.blocks.last?.endLine, document.lineCount)
        XCTAssertEqual(document.page(ofLine: 1), 1)
        XCTAssertEqual(document.page(ofLine: document.lineCount), document.pageStarts.count)
        // As printed: "3. Retention Period" on page 2, "16. Contact Us" at the foot of page 6,
        // the footnote alone on page 7.
        XCTAssertEqual(document.pageStarts.count, 7)
        let retention = try XCTUnwrap(document.blocks.first { $0.text == "3. Retention Period" })
        XCTAssertEqual(document.page(ofLine: retention.line), 2)
        let contact = try XCTUnwrap(document.blocks.first { $0.text == "16. Contact Us" })
        XCTAssertEqual(document.page(ofLine: contact.line), 6)
        XCTAssertEqual(document.page(ofLine: try XCTUnwrap(document.blocks.last).line), 7)
        XCTAssertNil(try DocumentReader().read(path: Fixtures.path("Tests/Fixtures/docx/dynatron.md")).page(ofLine: 1))
    }

    // MARK: Right to left

    /// poppler gives Arabic as drawn, left to right; the reader reads it back. What the text
    /// layer cannot tell is set aside: a lam-alef ligature and an alef before a lam come out
    /// alike ("لا", "ال"), and only where one of them cannot stand is it settled.
    func testArabicComesOutInReadingOrder() throws {
        let document = try DocumentReader().read(path: fixture("dynatron-ar.pdf"))
        func folded(_ text: String) -> String {
            text.replacingOccurrences(of: "[\u{627}\u{623}\u{625}\u{622}]\u{644}|\u{644}[\u{627}\u{623}\u{625}\u{622}]", with: "#",
                                      options: .regularExpression)
        }
        let source = try String(contentsOfFile: Fixtures.path("Corpus/dynatron/ar.txt"), encoding: .utf8)
            .split(separator: "\n").map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : String($0) }
        let sourceHeadings = source.filter { $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil }
        let headings = document.blocks.filter(\.isHeading).map(\.text)
        XCTAssertEqual(headings.first, "سياسة خصوصية Dynatron")
        XCTAssertEqual(headings.dropFirst().map(folded), sourceHeadings.map(folded))
        XCTAssertTrue(headings.contains("3. مدة الاحتفاظ"), "a lam-alef after an alef is settled")
        // Most paragraphs as written, Latin runs and numbers in place.
        let known = Set(source.map(folded))
        let matching = document.blocks.filter { known.contains(folded($0.text)) }
        XCTAssertGreaterThanOrEqual(Double(matching.count) / Double(document.blocks.count), 0.75, "\(matching.count) of \(document.blocks.count)")
        XCTAssertTrue(document.blocks.contains { $0.text.contains("dynatronsoftware.com") })
    }

    // MARK: Found by content; errors

    func testFoundByContentWhateverTheName() throws {
        var data = try bytes("dynatron.pdf")
        XCTAssertEqual(DocumentReader.format(of: "policy.txt", bytes: data), .pdf)
        XCTAssertEqual(try DocumentReader().read(bytes: data, file: "policy.txt").format, .pdf)
        // A few bytes of junk before the header, as mail gateways leave them.
        data.insert(contentsOf: Array("junk\r\n".utf8), at: 0)
        XCTAssertEqual(try DocumentReader().read(bytes: data, file: "policy").blocks.first?.text, "Dynatron Privacy Policy")
        XCTAssertFalse(PDFReader.isPDF(Array(repeating: 0x20, count: 1024) + Array("%PDF-1.4".utf8)))
    }

    func testOneLineErrors() throws {
        let data = try bytes("dynatron.pdf")
        XCTAssertEqual(Fixtures.readError(Array(data.prefix(data.count / 2)), file: "cut.pdf"),
                       PolicyError(.badData, "cut.pdf: damaged PDF (no end-of-file marker: truncated?)"))
        XCTAssertEqual(Fixtures.readError(try bytes("encrypted.pdf"), file: "locked.pdf"),
                       PolicyError(.badData, "locked.pdf: encrypted PDF: it opens only with a password"))
        XCTAssertEqual(Fixtures.readError(try bytes("scanned.pdf"), file: "scan.pdf"),
                       PolicyError(.badData, "scan.pdf: no text layer (a scanned PDF?)"))
        let garbage = Fixtures.readError(Array("%PDF-1.7\nnothing here\n%%EOF\n".utf8), file: "junk.pdf")
        XCTAssertEqual(garbage?.kind, .badData)
        XCTAssertTrue(garbage?.message.hasPrefix("junk.pdf: damaged PDF (") == true, garbage?.message ?? "read")
        XCTAssertFalse(garbage?.message.contains("\n") ?? true)
    }
}

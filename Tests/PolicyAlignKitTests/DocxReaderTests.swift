import Foundation
import XCTest
@testable import PolicyAlignKit

/// Word documents written by python-docx (`Tests/Fixtures/docx/make.py`): read like their
/// Markdown twin, with list numbers, tracked changes, links, and one-line errors for
/// archives that are no Word document.
final class DocxReaderTests: XCTestCase {
    private func fixture(_ name: String) -> String { Fixtures.path("Tests/Fixtures/docx/\(name)") }

    private func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixture(name)))) }

    // MARK: The same policy as Markdown

    func testSectionsAndLabelsEqualTheMarkdownTwin() throws {
        let analyzer = Fixtures.analyzer()
        let word = try analyzer.analyze(path: fixture("dynatron.docx"), language: "en")
        let markdown = try analyzer.analyze(path: fixture("dynatron.md"), language: "en")
        XCTAssertEqual(word.document.format, .docx)
        // The title, 16 numbered sections and 2 subsections, labelled as in the text version.
        XCTAssertEqual(word.sections.count, 19)
        XCTAssertEqual(word.sections.filter { $0.parent != nil }.map { $0.heading ?? "-" },
                       ["Purposes for the Collection, Processing, Sharing, or Other Disclosure of Personal Information",
                        "Authorized Agents"])
        XCTAssertTrue(Set(["retention", "security", "contact", "children"]).isSubset(of: Set(word.sections.map(\.label))),
                      "\(word.sections.map(\.label))")
        XCTAssertEqual(word.sections.map { $0.heading ?? "-" }, markdown.sections.map { $0.heading ?? "-" })
        XCTAssertEqual(word.sections.map(\.level), markdown.sections.map(\.level))
        XCTAssertEqual(word.sections.map(\.label), markdown.sections.map(\.label))
        XCTAssertEqual(word.sections.map(\.labels), markdown.sections.map(\.labels))
        XCTAssertEqual(word.sections.map(\.parent), markdown.sections.map(\.parent))
    }

    func testLinesAreParagraphNumbers() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.docx"))
        // Paragraph 1 is the title; the table's 12 cell paragraphs count too.
        XCTAssertEqual(document.blocks.first?.kind, .heading(level: 1))
        XCTAssertEqual(document.blocks.first?.line, 1)
        let rows = document.blocks.filter { $0.kind == .cell }
        XCTAssertEqual(rows.map(\.text), ["Category of Personal Information | Disclosed to | Shared for advertising",
                                          "Identifiers | Service providers and affiliates | Yes",
                                          "Commercial information | Service providers | No",
                                          "Internet or network activity | Advertising partners | Yes"])
        XCTAssertEqual(rows.map { $0.endLine - $0.line }, [2, 2, 2, 2])
        XCTAssertEqual(zip(rows, rows.dropFirst()).map { $1.line - $0.line }, [3, 3, 3])
        // Footnotes come last, numbered on from the body.
        let last = try XCTUnwrap(document.blocks.last)
        XCTAssertEqual(last.kind, .line)
        XCTAssertEqual(last.text, "The 12 months are counted back from the date this Privacy Policy was last updated.")
        XCTAssertEqual(document.lineCount, last.line)
    }

    func testNumberedListKeepsItsNumbersAndBulletsGetNone() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.docx"))
        let numbered = document.blocks.filter { $0.kind == .listItem && $0.text.first?.isNumber == true }
        XCTAssertEqual(numbered.map { String($0.text.prefix(14)) },
                       ["1. To know whe", "2. To correct ", "3. To have you", "4. To receive ", "5. To opt out "])
        let bullets = document.blocks.filter { $0.kind == .listItem && $0.text.first?.isNumber == false }
        XCTAssertTrue(bullets.contains { $0.text == "Retention Period" })
        XCTAssertTrue(bullets.contains { $0.text.hasPrefix("The categories of Personal Information we collected") })
    }

    func testHyperlinkIsALink() throws {
        let document = try DocumentReader().read(path: fixture("dynatron.docx"))
        let block = try XCTUnwrap(document.blocks.first { !$0.links.isEmpty })
        XCTAssertEqual(block.links.map(\.target), ["https://globalprivacycontrol.org/"])
        XCTAssertEqual(block.links.first?.text(in: block.text), "Global Privacy Control")
        XCTAssertEqual(document.blocks.flatMap(\.links).count, 1)
    }

    // MARK: Tracked changes, styles, lists, fields

    func testTrackedChangesStylesListsAndFields() throws {
        let document = try DocumentReader().read(path: fixture("tracked.docx"))
        XCTAssertEqual(document.blocks.map(\.text), [
            "Privacy Notice", "Data We Keep", "We keep your data for seven years.", "c) Account data", "d) Payment data",
            "How Long", "I. First period", "II. Second period", "Contact: privacy@example.com\nSecond line",
            "See our site for more.",
        ])
        XCTAssertFalse(document.blocks.contains { $0.text.contains("SECRETDELETION") || $0.text.contains("five") })
        XCTAssertEqual(document.blocks.map(\.kind), [
            .heading(level: 1), .heading(level: 1), .line, .listItem, .listItem, .heading(level: 2), .listItem, .listItem,
            .line, .line,
        ])
        // Empty paragraphs count: 2 and 11 are empty.
        XCTAssertEqual(document.blocks.map(\.line), [1, 3, 4, 5, 6, 7, 8, 9, 10, 12])
        let field = try XCTUnwrap(document.blocks.last)
        XCTAssertEqual(field.links.map(\.target), ["https://example.com/field"])
        XCTAssertEqual(field.links.first?.text(in: field.text), "our site")
    }

    func testFoundByContentWhateverTheName() throws {
        let data = try bytes("tracked.docx")
        XCTAssertEqual(DocumentReader.format(of: "policy.txt", bytes: data), .docx)
        let document = try DocumentReader().read(bytes: data, file: "policy.txt")
        XCTAssertEqual(document.format, .docx)
        XCTAssertEqual(document.blocks.first?.text, "Privacy Notice")
    }

    func testListNumberFormats() {
        typealias Numbering = DocxReader.Numbering
        XCTAssertEqual([1, 26, 27, 53].compactMap { Numbering.format($0, "lowerLetter") }, ["a", "z", "aa", "aaa"])
        XCTAssertEqual([1, 4, 9, 14, 40, 1999].compactMap { Numbering.format($0, "upperRoman") }, ["I", "IV", "IX", "XIV", "XL", "MCMXCIX"])
        XCTAssertEqual(Numbering.format(7, "decimalZero"), "07")
        XCTAssertNil(Numbering.format(1, "bullet"))
        XCTAssertNil(Numbering.format(1, "chineseCounting"))
    }

    func testMultilevelNumbersAndRestarts() throws {
        let xml = """
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl>
          <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
        </w:numbering>
        """
        var numbering = DocxReader.Numbering(try XMLTree.parse(Array(xml.utf8)))
        let sequence = [(1, 0), (1, 1), (1, 1), (1, 2), (1, 0), (1, 1), (2, 0), (2, 0)].map {
            numbering.next(numId: $0.0, levelIndex: $0.1) ?? "-"
        }
        XCTAssertEqual(sequence, ["1.", "1.a)", "1.b)", "-", "2.", "2.a)", "5.", "6."])
    }

    func testHeadingStylesThroughBasedOnChains() throws {
        let xml = """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/>
          <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="Titre perso"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/><w:basedOn w:val="berschrift2"/></w:style>
        <w:style w:type="paragraph" w:styleId="TOCHeading"><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style>
        <w:style w:type="paragraph" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style>
        </w:styles>
        """
        let styles = DocxReader.Styles(try XMLTree.parse(Array(xml.utf8)))
        XCTAssertEqual(styles.defaultStyle, "Standard")
        XCTAssertEqual(["berschrift2", "Titre1", "Mine", "Heading3", "Title", "TOCHeading", "LoopA", "Standard"].map { styles.headingLevel($0) ?? 0 },
                       [2, 1, 2, 3, 1, 0, 0, 0])
    }

    func testHyperlinkFieldInstructions() {
        XCTAssertEqual(DocxReader.hyperlinkField(#" HYPERLINK "https://example.com/a" \o "tip" "#), "https://example.com/a")
        XCTAssertEqual(DocxReader.hyperlinkField(#"HYPERLINK \l "_Toc1" "#), nil)
        XCTAssertEqual(DocxReader.hyperlinkField(#" PAGEREF _Toc1 \h "#), nil)
        XCTAssertEqual(DocxReader.hyperlinkField(#"HYPERLINK \o "tip" "https://example.com/b""#), "https://example.com/b")
    }

    // MARK: Archives that are no Word document

    func testZipWithoutWordDocumentIsBinary() throws {
        let data = try bytes("no-document.zip")
        let error = try XCTUnwrap(Fixtures.readError(data, file: "archive.docx"))
        XCTAssertEqual(error.kind, .badData)
        XCTAssertEqual(error.message, "archive.docx: binary data, not a text document")
    }

    func testTruncatedDocxIsOneLine() throws {
        let data = try bytes("tracked.docx")
        let error = try XCTUnwrap(Fixtures.readError(Array(data.prefix(data.count / 2)), file: "cut.docx"))
        XCTAssertEqual(error.kind, .badData)
        XCTAssertTrue(error.message.hasPrefix("cut.docx: damaged zip archive ("), error.message)
        XCTAssertFalse(error.message.contains("\n"))
    }

    func testDamagedXMLIsOneLine() throws {
        let data = try bytes("broken-xml.docx")
        let error = try XCTUnwrap(Fixtures.readError(data, file: "broken.docx"))
        XCTAssertEqual(error.kind, .badData)
        XCTAssertTrue(error.message.hasPrefix("broken.docx: damaged Word document: word/document.xml is not well-formed XML (line 1: "),
                      error.message)
        XCTAssertFalse(error.message.contains("\n"))
    }

    func testEmptyFile() throws {
        let error = try XCTUnwrap(Fixtures.readError([], file: "empty.docx"))
        XCTAssertEqual(error.message, "empty.docx: empty file")
    }

    // MARK: parity --dir

    func testDirectoryPairsDocxWithMarkdown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyalign-docx-\(getpid())/dynatron")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture("dynatron.docx"), toPath: folder.appendingPathComponent("en.docx").path)
        try FileManager.default.copyItem(atPath: fixture("dynatron.md"), toPath: folder.appendingPathComponent("ms.md").path)
        let found = try PolicyGroups.discover(directory: folder.deletingLastPathComponent().path, lexicons: Fixtures.lexicons)
        XCTAssertEqual(found.groups.count, 1)
        XCTAssertEqual(found.groups.first?.files.map { ($0 as NSString).lastPathComponent }, ["en.docx", "ms.md"])
        XCTAssertEqual(found.groups.first?.languages, ["en", "ms"])
        XCTAssertEqual(found.groups.first?.referenceIndex, 0)
        XCTAssertEqual(found.ignored, [])
    }
}

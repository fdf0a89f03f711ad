import Foundation
import PolicyText
import XCTest
@testable import PolicyAlignKit

/// Whole files that are not clean: stray bytes, charsets that are refused, HTML nested deeper
/// than the parser keeps structure for.
final class ReaderFaultTests: XCTestCase {
    private func read(_ bytes: [UInt8], file: String, encoding: String? = nil) throws(PolicyError) -> PolicyDocument {
        try DocumentReader(declaredEncoding: encoding).read(bytes: bytes, file: file)
    }

    private func readError(_ bytes: [UInt8], file: String, encoding: String? = nil) -> PolicyError? {
        do {
            _ = try read(bytes, file: file, encoding: encoding)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Encodings

    func testStrayBytesBecomeADocumentWarning() throws {
        let bytes = Array("Politique de confidentialité\n\nNous protégeons vos données.\n\nLes donn".utf8) + [0xE9]
            + Array("es sont conservées un an.\n".utf8)
        let document = try read(bytes, file: "policy.txt")
        XCTAssertEqual(document.encoding, "UTF-8")
        XCTAssertEqual(document.warnings, ["policy.txt:5: 1 byte that is not UTF-8 was replaced"])
        XCTAssertEqual(document.blocks.map(\.text), ["Politique de confidentialité", "Nous protégeons vos données.",
                                                     "Les donn\u{FFFD}es sont conservées un an."])
    }

    func testFromAFileOnDisk() throws {
        let bytes = Array("Datenschutzerklärung\nWir schützen Ihre Daten f".utf8) + [0xFC, 0xFC, 0xFC]
            + Array("r Sie.\nGröße, Maße, Übersicht.\n".utf8)
        let path = Fixtures.temporaryFile("stray-bytes.txt", bytes)
        let document = try DocumentReader().read(path: path)
        XCTAssertEqual(document.warnings, ["\(path):2: 3 bytes that are not UTF-8 were replaced"])
    }

    func testCleanFilesHaveNoWarnings() throws {
        XCTAssertEqual(try read(Array("Privacy\n\nWe collect data.\n".utf8), file: "a.txt").warnings, [])
    }

    func testAStaleMetaCharsetDoesNotOverrideUTF8WithAStrayByte() throws {
        let html = Array("<html><head><meta charset=\"windows-1252\"></head>\n<body><h1>Confidentialité</h1>\n<p>Données ".utf8)
            + [0x92] + Array(" protégées.</p></body></html>\n".utf8)
        let document = try read(html, file: "page.html")
        XCTAssertEqual(document.encoding, "UTF-8")
        XCTAssertEqual(document.warnings, ["page.html:3: 1 byte that is not UTF-8 was replaced"])
        XCTAssertEqual(document.blocks.map(\.text), ["Confidentialité", "Données \u{FFFD} protégées."])
    }

    func testACharsetThatCannotBeReadFaithfullyIsRefused() {
        // SCSU keeps ASCII as is, so the page's declaration is readable; the bytes are not UTF-8.
        let page = Array("<html><head><meta charset=\"SCSU\"></head><body><p>Privacy ".utf8) + [0x05, 0x13, 0x80, 0xA9]
            + Array("</p></body></html>".utf8)
        XCTAssertEqual(readError(page, file: "page.html"), PolicyError(.badData, "page.html: declared charset SCSU is not supported"))
        XCTAssertEqual(readError(Array("Privacy".utf8), file: "a.txt", encoding: "BOCU-1"),
                       PolicyError(.badData, "a.txt: declared charset BOCU-1 is not supported"))
        XCTAssertEqual(readError(Array("Privacy".utf8), file: "a.txt", encoding: "UTF-7"),
                       PolicyError(.badData, "a.txt: declared charset UTF-7 is not supported"))
        XCTAssertEqual(readError(Array("Privacy".utf8), file: "a.txt", encoding: "no-such-charset"),
                       PolicyError(.usage, "a.txt: unknown encoding no-such-charset"))
    }

    func testADetectedCharsetWithoutAConverterIsRefused() {
        // EBCDIC Arabic, which ICU's detector names IBM420_rtl.
        let bytes: [UInt8] = [
            0x60, 0x40, 0x67, 0xBB, 0x9A, 0x40, 0x56, 0xB1, 0xBB, 0x9A, 0xB1, 0xCF, 0xBB, 0x56, 0x63, 0x40,
            0x56, 0xB1, 0x80, 0x71, 0x8B, 0xDC, 0x62, 0x40, 0xCF, 0xBB, 0x9A, 0x56, 0xB1, 0x67, 0x63, 0xBF,
            0x56, 0x40, 0xCF, 0x56, 0xB1,
        ]
        XCTAssertEqual(readError(bytes, file: "ar.txt"), PolicyError(.badData, "ar.txt: detected charset IBM420_rtl is not supported"))
    }

    func testUTF16WithoutBOMReadsThroughTheReader() throws {
        let text = "นโยบายความเป็นส่วนตัว\n\nข้อ 1. เราเก็บข้อมูลส่วนบุคคลของคุณ (ชื่อ, อีเมล)\n"
        let bytes = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let document = try read(bytes, file: "th.txt")
        XCTAssertEqual(document.encoding, "UTF-16BE")
        XCTAssertEqual(document.blocks.map(\.text), ["นโยบายความเป็นส่วนตัว", "ข้อ 1. เราเก็บข้อมูลส่วนบุคคลของคุณ (ชื่อ, อีเมล)"])
        XCTAssertEqual(document.warnings, [])
    }

    // MARK: Deep HTML

    private func nestedPage(depth: Int) -> String {
        "<html><body>\n<h1>Privacy</h1>\n" + String(repeating: "<div>", count: depth) + "<p>Deep text.</p>"
            + String(repeating: "</div>", count: depth) + "\n<p>Text after the deep part.</p>\n</body></html>\n"
    }

    func testDeepNestingIsReadToTheEnd() throws {
        for depth in [300, 1000, 10_000] {
            let document = try read(Array(nestedPage(depth: depth).utf8), file: "deep.html")
            XCTAssertEqual(document.blocks.map(\.text), ["Privacy", "Deep text.", "Text after the deep part."], "\(depth)")
            XCTAssertEqual(document.blocks.map(\.line), [2, 3, 4], "\(depth)")
        }
    }

    func testNestingBeyondTheLimitIsReportedAndReadFlat() throws {
        let shallow = try HTMLBlocks.read(nestedPage(depth: 300))
        XCTAssertNil(shallow.deepNesting)
        XCTAssertEqual(shallow.blocks.map(\.text), ["Privacy", "Deep text.", "Text after the deep part."])

        // html and body are levels 1 and 2, the divs 3 to depth + 2, the paragraph below them.
        for depth in [1000, 10_000, 100_000] {
            let page = try HTMLBlocks.read(nestedPage(depth: depth))
            XCTAssertEqual(page.deepNesting, HTMLBlocks.DeepNesting(line: 3, depth: depth + 3), "\(depth)")
            XCTAssertEqual(page.blocks.map(\.text), ["Privacy", "Deep text.", "Text after the deep part."], "\(depth)")
        }
        XCTAssertEqual(HTMLBlocks.DeepNesting(line: 3, depth: 1003).message,
                       "HTML elements nested 1003 deep; below level 512 their text is read without its structure")
    }

    func testBlocksBeyondTheLimitStaySeparate() throws {
        let inner = "<h2>Cookies</h2><p>We use cookies.</p><ul><li>One</li><li>Two<br>lines</li></ul>"
            + "<script>hidden()</script><p>Last <b>deep</b> words.</p>"
        let html = "<html><body>" + String(repeating: "<div>", count: 600) + inner
            + String(repeating: "</div>", count: 600) + "<p>After.</p></body></html>"
        let page = try HTMLBlocks.read(html)
        XCTAssertEqual(page.blocks.map(\.text), ["Cookies", "We use cookies.", "One", "Two lines", "Last deep words.", "After."])
        XCTAssertEqual(page.blocks.map(\.kind), [.heading, .paragraph, .listItem, .listItem, .paragraph, .paragraph])
        XCTAssertEqual(page.deepNesting, HTMLBlocks.DeepNesting(line: 1, depth: 605))
    }
}

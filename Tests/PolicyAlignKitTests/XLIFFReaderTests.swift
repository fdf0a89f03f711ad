import Foundation
import XCTest
@testable import PolicyAlignKit

/// XLIFF files as CAT tools write them (`Tests/Fixtures/xliff/make.py`, translate-toolkit):
/// units read with their ids, lines and states, inline codes as placeables, and both sides
/// of a file sharing one section structure.
final class XLIFFReaderTests: XCTestCase {
    private func fixture(_ name: String) -> String { Fixtures.path("Tests/Fixtures/xliff/\(name)") }

    private func read(_ xml: String, file: String = "snippet.xlf") throws -> BilingualDocument {
        try XLIFFReader.read(Array(xml.utf8), file: file)
    }

    private func readError(_ xml: String) -> String? {
        do { _ = try read(xml); return nil } catch { return (error as? PolicyError)?.message ?? "\(error)" }
    }

    func testVersion12AsWeblateKeepsIt() throws {
        let file = try XCTUnwrap(try DocumentReader().readBilingual(path: fixture("selection-command.ms.xlf")))
        XCTAssertEqual(file.version, "1.2")
        XCTAssertEqual(file.sourceLanguage, "en")
        XCTAssertEqual(file.targetLanguage, "ms")
        XCTAssertEqual(file.units.count, 30)
        XCTAssertEqual(file.units.map(\.id), (1...30).map { "u\($0)" })
        let empty = file.units[6]
        XCTAssertNil(empty.target, "an empty target is no translation")
        XCTAssertEqual(empty.state, "needs-translation")
        XCTAssertEqual(empty.sourceLine, 34)
        XCTAssertEqual(empty.targetLine, 35)
        // The units were extracted from Markdown (original="privacy.md"): emphasis is markup.
        XCTAssertEqual(file.units[1].source, "1. Information Collected")
        XCTAssertEqual(file.units[1].target, "1. Maklumat yang Dikumpul")
        XCTAssertEqual(file.units[29].target, "Berkuat kuasa mulai 01/11/2025")
        XCTAssertEqual(file.translation.blocks.count, 30, "a unit with no target keeps its place")
        XCTAssertEqual(file.translation.blocks[6].text, empty.source)
        XCTAssertEqual(file.translation.format, .xliff)
    }

    func testVersion20AsTranslateToolkitWritesIt() throws {
        let file = try XCTUnwrap(try DocumentReader().readBilingual(path: fixture("selection-command.ja.xlf")))
        XCTAssertEqual(file.version, "2.0")
        XCTAssertEqual(file.sourceLanguage, "en")
        XCTAssertEqual(file.targetLanguage, "ja")
        XCTAssertEqual(file.units.count, 30)
        XCTAssertNil(file.units[13].target)
        XCTAssertFalse(file.units[28].translatable)
        XCTAssertTrue(file.units.enumerated().allSatisfy { $0.offset == 28 || $0.element.translatable })
        XCTAssertEqual(file.units[29].target, "発行日：2025/01/11")
        XCTAssertEqual(file.units[29].state, "translated")
    }

    /// Read as a policy (`sections`, `classify`), an XLIFF file is its translation.
    func testReadAsADocumentItIsTheTranslation() throws {
        let document = try DocumentReader().read(path: fixture("selection-command.ms.xlf"))
        XCTAssertEqual(document.format, .xliff)
        XCTAssertEqual(document.blocks[1].text, "1. Maklumat yang Dikumpul")
    }

    /// Both sides get the original's sections, on the same units, with the units' ids as anchors.
    func testBothSidesShareTheOriginalsSections() throws {
        let file = try XCTUnwrap(try DocumentReader().readBilingual(path: fixture("selection-command.ja.xlf")))
        let (original, translation) = try Fixtures.analyzer().analyze(file)
        XCTAssertEqual(original.language, "en")
        XCTAssertEqual(translation.language, "ja")
        XCTAssertGreaterThan(original.sections.count, 8)
        XCTAssertEqual(original.sections.map(\.anchor), translation.sections.map(\.anchor))
        XCTAssertEqual(original.sections.map(\.level), translation.sections.map(\.level))
        // Each translated heading is the target of the unit whose source heads the original's section.
        let targetOfSource = Dictionary(file.units.map { ($0.source, $0.target ?? $0.source) }) { first, _ in first }
        XCTAssertEqual(original.sections.map { $0.heading.flatMap { targetOfSource[$0] } }, translation.sections.map(\.heading))
        XCTAssertEqual(translation.sections[1].heading, "1. 収集する情報")
        XCTAssertEqual(original.sections.map(\.label).filter { $0 == "cookies" }.count, 1)
        XCTAssertEqual(translation.sections.map(\.label).filter { $0 == "cookies" }.count, 1)
    }

    // MARK: Inline codes

    func testInlineCodesOfVersion1ArePlaceables() throws {
        let file = try read("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="p.html" source-language="en-US" target-language="pt-BR" datatype="html"><body>
              <trans-unit id="intro" restype="x-h2"><source>Our <g id="1" ctype="bold">privacy</g> notice</source>
               <target>Nosso aviso de <g id="1" ctype="bold">privacidade</g></target></trans-unit>
              <trans-unit id="read"><source>Read it<x id="2"/> <bpt id="3">&lt;a href="https://example.com/p"&gt;</bpt>here<ept id="3">&lt;/a&gt;</ept>.</source>
               <target>Leia-o <bpt id="3">&lt;a href="https://example.com/p"&gt;</bpt>aqui<ept id="3">&lt;/a&gt;</ept>.</target></trans-unit>
             </body></file></xliff>
            """)
        XCTAssertEqual(file.version, "1.2")
        XCTAssertEqual(file.targetLanguage, "pt-BR")
        XCTAssertEqual(file.units.map(\.source), ["Our privacy notice", "Read it here."])
        XCTAssertEqual(file.units.map(\.target), ["Nosso aviso de privacidade", "Leia-o aqui."])
        XCTAssertEqual(file.units[0].headingLevel, 2)
        XCTAssertEqual(file.units[1].sourceLinks.map(\.target), ["https://example.com/p"])
        XCTAssertEqual(file.units[1].targetLinks.map(\.target), ["https://example.com/p"])
    }

    func testTranslateNoIsInherited() throws {
        let file = try read("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" datatype="plaintext"><body>
            <group translate="no"><trans-unit id="brand"><source>Dynatron</source><target>Dynatron</target></trans-unit></group>
            <trans-unit id="t"><source>Hello</source></trans-unit></body></file></xliff>
            """)
        XCTAssertEqual(file.units.map(\.translatable), [false, true])
        XCTAssertEqual(file.units.map(\.target), ["Dynatron", nil])
    }

    func testVersion2OriginalDataSegmentsAndCodePoints() throws {
        let file = try read("""
            <?xml version="1.0"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="zh-TW">
             <file id="f"><group id="g" translate="no"><unit id="n"><segment><source>ACME</source></segment></unit></group>
              <unit id="1">
               <originalData><data id="d1">&lt;a href="https://example.org/privacy"&gt;</data><data id="d2">&lt;/a&gt;</data><data id="d3">&lt;br/&gt;</data></originalData>
               <segment state="final"><source>See the <pc id="1" dataRefStart="d1" dataRefEnd="d2">policy</pc>.</source><target>請參閱<pc id="1" dataRefStart="d1" dataRefEnd="d2">政策</pc>。</target></segment>
               <ignorable><source> </source></ignorable>
               <segment><source>We keep it<ph id="2" dataRef="d3"/> 7 years.</source><target>我們保存<cp hex="00A0"/>7 年。</target></segment>
              </unit>
             </file></xliff>
            """)
        XCTAssertEqual(file.version, "2.1")
        XCTAssertEqual(file.targetLanguage, "zh-TW")
        XCTAssertEqual(file.units.map(\.id), ["n", "1"])
        XCTAssertFalse(file.units[0].translatable)
        XCTAssertEqual(file.units[1].source, "See the policy. We keep it 7 years.")
        XCTAssertEqual(file.units[1].target, "請參閱政策。 我們保存 7 年。")
        XCTAssertEqual(file.units[1].state, "final")
        let link = try XCTUnwrap(file.units[1].sourceLinks.first)
        XCTAssertEqual(link.target, "https://example.org/privacy")
        XCTAssertEqual(link.text(in: file.units[1].source), "policy")
        XCTAssertEqual(file.units[1].targetLinks.first?.text(in: file.units[1].target!), "政策")
    }

    /// A file written on one line: units are told apart by their text, not their line.
    func testOneLineFileFindsUnitsByText() throws {
        let file = try read("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="ms" datatype="plaintext"><body><trans-unit id="a"><source>We keep data.</source><target>Kami simpan data.</target></trans-unit><trans-unit id="b"><source>Contact us.</source><target>Contact us.</target></trans-unit></body></file></xliff>
            """)
        XCTAssertEqual(file.units.map(\.sourceLine), [1, 1])
        let targets = BilingualDocument.UnitIndex(file, translation: true)
        XCTAssertEqual(targets.unit(atLine: 1, containing: "Contact us."), 1)
        XCTAssertEqual(targets.unit(atLine: 1, containing: "Kami simpan data."), 0)
        XCTAssertNil(targets.unit(atLine: 2, containing: nil))
    }

    func testUTF16FileIsFoundAndRead() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-16"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="th" datatype="plaintext"><body>
            <trans-unit id="1"><source>Privacy</source><target>ความเป็นส่วนตัว</target></trans-unit></body></file></xliff>
            """
        let bytes: [UInt8] = [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        XCTAssertTrue(XLIFFReader.isXLIFF(bytes))
        let file = try XLIFFReader.read(bytes, file: "utf16.xlf")
        XCTAssertEqual(file.units.first?.target, "ความเป็นส่วนตัว")
    }

    func testWhatIsNoXLIFF() {
        XCTAssertFalse(XLIFFReader.isXLIFF(Array("<!DOCTYPE html><html><body><p>x</p></body></html>".utf8)))
        XCTAssertFalse(XLIFFReader.isXLIFF(Array("<?xml version=\"1.0\"?><tmx version=\"1.4\"/>".utf8)))
        XCTAssertTrue(XLIFFReader.isXLIFF(Array("<?xml version=\"1.0\"?>\n<!-- exported -->\n<xliff version=\"1.2\">".utf8)))
    }

    func testBadFilesSayWhatIsWrong() {
        XCTAssertEqual(readError("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file>"),
                       "snippet.xlf: not well-formed XML (line 1: Premature end of data in tag file line 1)")
        XCTAssertEqual(readError("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:3.0\"/>"),
                       "snippet.xlf: XLIFF version 3.0 is not read (1.x and 2.x are)")
        XCTAssertEqual(readError("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"><file id=\"f\"/></xliff>"),
                       "snippet.xlf: no translation units in the XLIFF file")
        XCTAssertEqual(readError("<xliff/>"), "snippet.xlf: an <xliff> root with neither the XLIFF namespace nor a version")
    }
}

import Foundation
import PolicyText
import XCTest

final class EncodingTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/encodings").standardized

    private func check(_ name: String, encoding: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name + ".txt")))
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent(name + ".expected"), encoding: .utf8)
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.text, expected, name, file: file, line: line)
        XCTAssertEqual(decoded.encoding.lowercased(), encoding.lowercased(), name, file: file, line: line)
    }

    func testLegacyEncodingsAreDetected() throws {
        try check("fr-windows-1252", encoding: "windows-1252")
        try check("cs-iso-8859-2", encoding: "ISO-8859-2")
        try check("ru-windows-1251", encoding: "windows-1251")
        try check("th-tis-620", encoding: "TIS-620")
        try check("zh-gb18030", encoding: "GB18030")
        try check("zh-big5", encoding: "Big5")
        try check("ja-shift_jis", encoding: "Shift_JIS")
        try check("ko-euc-kr", encoding: "EUC-KR")
    }

    func testUnicodeForms() throws {
        try check("en-utf8-bom", encoding: "UTF-8")
        try check("en-utf16le-bom", encoding: "UTF-16LE")
        try check("en-utf16be-bom", encoding: "UTF-16BE")
        try check("en-utf16le-nobom", encoding: "UTF-16LE")
    }

    func testBadInput() {
        XCTAssertThrowsError(try TextDecoder.decode([])) { XCTAssertEqual($0 as? TextDecoder.Failure, .empty) }
        XCTAssertThrowsError(try TextDecoder.decode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x03])) {
            XCTAssertEqual($0 as? TextDecoder.Failure, .binary)
        }
    }

    func testDeclaredCharsetWins() throws {
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9]  // "café" in Latin-1
        XCTAssertEqual(try TextDecoder.decode(bytes, declared: "ISO-8859-1").text, "café")
    }
}

final class HTMLBlockTests: XCTestCase {
    func testBlocksKeepTheirLines() throws {
        let html = """
        <html><head><title>T</title><style>p{}</style></head>
        <body><nav>Home | About</nav>
        <h1>Privacy Policy</h1>
        <p>We collect <b>data</b> &amp; more.
        <script>alert(1)</script>
        <h2>Cookies
        <p>We use cookies.</p>
        <ul><li>One</li>
        <li>Two</li></ul>
        <table><tr><td>Cell text</td></tr></table>
        </body></html>
        """
        let blocks = try HTMLBlocks.parse(html)
        XCTAssertEqual(blocks.map(\.text), ["Privacy Policy", "We collect data & more.", "Cookies", "We use cookies.", "One", "Two", "Cell text"])
        XCTAssertEqual(blocks.map(\.line), [3, 4, 6, 7, 8, 9, 10])
        XCTAssertEqual(blocks.map(\.level), [1, 0, 2, 0, 0, 0, 0])
        XCTAssertEqual(blocks[4].kind, .listItem)
        XCTAssertEqual(blocks[6].kind, .cell)
    }
}

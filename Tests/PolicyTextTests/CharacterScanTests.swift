import PolicyText
import XCTest

/// `CharacterScan` finds the Characters Swift finds, for every scalar it places.
final class CharacterScanTests: XCTestCase {
    private func characters(_ scalars: Unicode.Scalar...) -> Int {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text.count
    }

    /// Each scalar behaves as its kind says beside a letter, itself, a combining mark, a
    /// virama's consonant (क) and an emoji (ZWJ sequences): bases and controls start a
    /// Character, marks join a base, controls take no mark.
    func testEveryClassifiedScalarJoinsAsItsKindSays() {
        let letter: Unicode.Scalar = "a", acute: Unicode.Scalar = "\u{301}", ka: Unicode.Scalar = "क", woman: Unicode.Scalar = "👩"
        var checked = 0
        for value in Array(0...0xFFFF) + Array(0x1F000...0x1FAFF) + Array(stride(from: 0x20000, through: 0x3FFFD, by: 7)) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let label = String(value, radix: 16)
            switch CharacterScan.kind(of: scalar) {
            case .unknown: continue
            case .base:
                XCTAssertEqual(characters(scalar, letter), 2, label)
                XCTAssertEqual(characters(letter, scalar), 2, label)
                XCTAssertEqual(characters(scalar, scalar), 2, label)
                XCTAssertEqual(characters(scalar, acute), 1, label)
            case .control:
                XCTAssertEqual(characters(scalar, letter), 2, label)
                XCTAssertEqual(characters(letter, scalar), 2, label)
                XCTAssertEqual(characters(scalar, scalar), 2, label)
                XCTAssertEqual(characters(scalar, acute), 2, label)
            case .mark:
                XCTAssertEqual(characters(letter, scalar), 1, label)
                XCTAssertEqual(characters(letter, scalar, letter), 2, label)
                XCTAssertEqual(characters(ka, scalar, ka), 2, label)
                XCTAssertEqual(characters(woman, scalar, woman), 2, label)
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 60_000)
    }

    func testPropertyShortcutsMatchProperties() {
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            XCTAssertEqual(CharacterScan.isWhitespace(scalar), scalar.properties.isWhitespace, String(value, radix: 16))
            XCTAssertEqual(CharacterScan.isLetter(scalar), scalar.properties.isAlphabetic, String(value, radix: 16))
        }
    }

    func testScanFindsSwiftsCharacters() {
        let texts = ["", "a", "Privacy Policy", "e\u{301}tude. Une e\u{301}tude", "ภาษาไทย คำที่ใช้", "日本語の文章。",
                     "한국어 문장", "العربيةُ المُشكَّلة", "Tiếng Việt có dấu", "Ελληνικά", "“Quoted” – dash",
                     "👍🏽 a", "\u{FEFF}BOM", "tab\there", "x\u{200B}y", "ｆｕｌｌ－ｗｉｄｔｈ", "ｶﾞ", "a\u{200C}b"]
        for text in texts {
            var found: [Substring] = []
            let utf8 = text.utf8
            let completed = CharacterScan.forEach(in: Substring(text)) { character in
                let start = utf8.index(utf8.startIndex, offsetBy: character.start)
                let end = utf8.index(utf8.startIndex, offsetBy: character.end)
                found.append(Substring(text[start..<end]))
                XCTAssertEqual(character.first, text[start..<end].unicodeScalars.first, text)
                XCTAssertEqual(character.isSingleScalar, text[start..<end].unicodeScalars.count == 1, text)
                return true
            }
            // Skin tones (1F3FB-1F3FF) are left to Swift.
            if text.unicodeScalars.first == "👍" { XCTAssertNil(completed); continue }
            XCTAssertEqual(completed, true, text)
            XCTAssertEqual(found.map(String.init), text.map { String($0) }, text)
            XCTAssertEqual(CharacterScan.count(Substring(text)), text.count, text)
            XCTAssertEqual(CharacterScan.count(Substring(text), upTo: 3), min(3, text.count), text)
        }
    }

    func testScalarsItCannotPlaceStopTheScan() {
        for text in ["A\r\nB", "\u{301}accent first", "\n\u{301}", "\u{600}1", "\u{1100}\u{1161}", "👩\u{200D}💻", "🇫🇷", "क्ष"] {
            XCTAssertNil(CharacterScan.forEach(in: Substring(text)) { _ in true }, text)
        }
        // ...but only when the scan reaches them.
        XCTAssertEqual(CharacterScan.count(Substring("abc\r\n"), upTo: 2), 2)
    }
}

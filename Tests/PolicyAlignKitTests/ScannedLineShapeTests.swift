import XCTest
@testable import PolicyAlignKit
import PolicyText

/// The line shapes read through `CharacterScan` give what Swift's Characters give, on
/// every line of the corpus and on lines built to trip the scan.
final class ScannedLineShapeTests: XCTestCase {
    private static let lines = Fixtures.corpusLines + tricky

    /// Marks first or after a control, CR LF, Prepend, ZWJ, jamo, Thai vowels, canonical
    /// singletons (Greek question mark and ano teleia, Kelvin sign), closing quotes.
    private static let tricky = [
        "\u{301}Accent first", "Tab\t\u{301}mark", "A\r\nB. Cd", "Ends in CR LF\r\n", "\u{600}1. Title", "Word \u{600} more",
        "\u{1100}\u{1161}\u{11A8} 한국어", "ภาษาไทย คำที่ใช้ ข้อมูลส่วนบุคคล", "👩\u{200D}💻 Team: Ab", "Data (“Quoted”)",
        "Ｉ. 概要（ＡＢＣ）", "Ende.\u{301} Weiter", "ΠΡΟΣΤΑΣΙΑ ΔΕΔΟΜΕΝΩΝ", "Άρθρο 1\u{37E}", "\u{387} item", "\u{212A}elvin Scale",
        "Émile. Ceci est la suite", "Él. Aquí sigue el texto", "Ünal\u{301}. Devamı burada yazıyor", "ĸ ĸĸĸ", "ǅungla Ǆ",
        "Dr. Müller schreibt", "Résumé: “Titre”)", "Straße / Weg Über", "ÀÉÎ ÕÜ", "نص عربي مُشكَّل.", "日本語の文章。続き",
        "Cookies.\u{200D}Next", "e\u{301}\u{301}", " \u{301}word other words",
    ]

    func testShapesMatchCharacterReadings() {
        for line in Self.lines {
            let text = Substring(line)
            XCTAssertEqual(LineShape.lastMeaningful(text), text.last { !"\"'”’»)]）」』".contains($0) }, line)
            XCTAssertEqual(LineShape.isAllCaps(text), referenceIsAllCaps(text), line)
            let words = text.split(whereSeparator: { $0.isWhitespace })
            let split = LineShape.splitWords(text)
            XCTAssertEqual(split.count, words.count, line)
            XCTAssertEqual(split.last, words.last, line)
            for minimum in [1, 10, 40] {
                XCTAssertEqual(LineShape.hasCharacters(text, atLeast: minimum), text.count >= minimum, line)
            }
            XCTAssertEqual(CharacterScan.count(text, upTo: 101) ?? text.prefix(101).count, text.prefix(101).count, line)
            XCTAssertEqual(ListMarker.strip(text), referenceStrip(text), line)
            XCTAssertEqual(DateLine.datesOnlyInBrackets(line), referenceDatesOnlyInBrackets(line), line)
            XCTAssertEqual(LineShape.containsSpace(text), text.contains(" "), line)
            XCTAssertEqual(LineShape.holdsUnspacedScript(text),
                           text.unicodeScalars.contains(where: { Scripts.unspaced.contains(Scripts.code(of: $0)) }), line)
            XCTAssertEqual(LineShape.holdsCJKPunctuation(text), text.contains(where: { "，。：；".contains($0) }), line)
        }
    }

    private func referenceIsAllCaps(_ text: Substring) -> Bool {
        var upper = 0
        for character in text where character.isCased {
            if character.isLowercase { return false }
            upper += 1
        }
        return upper >= 3
    }

    private func referenceStrip(_ line: Substring) -> Substring? {
        guard let first = line.first, ListMarker.bullets.contains(first) else { return nil }
        let rest = line.dropFirst()
        if rest.isEmpty { return rest }
        guard let next = rest.first, next.isWhitespace else { return nil }
        return SourceLines.trim(rest)
    }

    private func referenceDatesOnlyInBrackets(_ text: String) -> Bool {
        guard text.contains(where: { $0 == "(" || $0 == "（" }) else { return false }
        return DateLine.datesOnlyInBrackets(text)
    }

    /// The scalar tests stand for Character comparisons: no other scalar is canonically
    /// equivalent to a stop, a bracket or a slash, and only the scalars in
    /// `ListMarker.bulletScalars` are canonically a bullet.
    func testSingleScalarComparisonsHaveNoCanonicalTwins() {
        let compared: [Character] = [".", "。", "．", ":", ",", "(", "（", "/", "，", "：", "；"]
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let character = Character(scalar)
            if compared.contains(character) { XCTAssertTrue(compared.contains { $0.unicodeScalars.first == scalar }, String(value, radix: 16)) }
            if ListMarker.bullets.contains(character) { XCTAssertTrue(ListMarker.bulletScalars.contains(scalar), String(value, radix: 16)) }
        }
    }

    /// No scalar before U+0E00, nor any Hangul syllable, is of a script written without spaces.
    func testUnspacedScriptsLiePastThai() {
        for value in Array(0..<0xE00) + Array(0xAC00...0xD7A3) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            XCTAssertFalse(Scripts.unspaced.contains(Scripts.code(of: scalar)), String(value, radix: 16))
        }
    }

    /// A line of at most n scalars has at most n ICU words: the bound never decides otherwise
    /// than the count.
    func testWordCountBoundMatchesICU() throws {
        for locale in ["en", "th", "ja", "ko"] {
            let breaker = try TextBreaker(.word, locale: locale)
            for line in Self.lines where line.utf8.count <= 400 {
                let text = Substring(line)
                let words = LineShape.wordCount(text, breaker: breaker)
                var bounded = SectionDetector.WordCount(text, breaker: breaker)
                for limit in [3, 6, 8, 10, 14, 15, 16, 20, 24, 28, 36] {
                    XCTAssertEqual(bounded.isAtMost(limit), words <= limit, line)
                }
            }
        }
    }

    /// The byte and scanned searches for a run-in heading's full stop find the one the
    /// Character loop finds.
    func testRunInStopsMatchCharacterLoop() {
        var scanned = 0
        for line in Self.lines + ["Émile Zola. Ceci est la suite", "Ünal\u{301}. Devamı burada", "Fin.\u{301} Suite", "Fin。suite"] {
            let text = Substring(line)
            let reference = SectionDetector.characterRunInStop(text)
            XCTAssertEqual(SectionDetector.runInStop(text), reference, line)
            if let stop = SectionDetector.scannedRunInStop(text) {
                XCTAssertEqual(stop, reference, line)
                scanned += 1
            }
        }
        XCTAssertGreaterThan(scanned, Self.lines.count / 2)
    }
}

/// Heading keys made scalar by scalar are the keys folding the whole text gives.
final class ScalarKeyTests: XCTestCase {
    private func foldedKey(_ text: String) -> String {
        SectionDetector.lettersAndNumbers(TextFolding.fold(text, stripAccents: true))
    }

    func testScalarsThatFoldToThemselvesDo() {
        for value in UInt32(0x3000)...0xFFFF where ScalarKeys.foldsToItself(value) {
            let text = String(Unicode.Scalar(value)!)
            XCTAssertEqual(foldedKey(text), text, String(value, radix: 16))
        }
    }

    func testKeysMatchWholeTextFolding() {
        let lines = Fixtures.corpusLines + [
            "Ёлка й Ї", "ǅungla Ǆ ß ﬁ ℡ ²", "ΐ Άρθρο ς Σ", "가 ㄱㅏ ｶﾞ ﾊﾝ", "（第１条）　個人情報", "آمنة إلى", "d’accès п’ять ʼ",
            "Ｐｒｉｖａｃｙ　Ｎｏｔｉｃｅ", "Tiếng Việt Đ", "e\u{301}tude", "\u{1100}\u{1161}", "ภาษาไทย", "Երևան", "㍿ ① ㈱",
        ]
        var scalarKeys = 0
        for line in lines {
            guard let key = ScalarKeys.key(Substring(line)) else { continue }
            XCTAssertEqual(key, foldedKey(line), line)
            scalarKeys += 1
        }
        XCTAssertGreaterThan(scalarKeys, lines.count / 2)
        XCTAssertNil(ScalarKeys.key("ㄱㅏ"), "compatibility jamo compose when folded")
        XCTAssertNil(ScalarKeys.key("e\u{301}"))
    }
}

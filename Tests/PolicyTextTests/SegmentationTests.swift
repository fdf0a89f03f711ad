import PolicyText
import XCTest

final class SegmentationTests: XCTestCase {
    private func words(_ text: String, locale: String) throws -> [String] {
        try TextBreaker(.word, locale: locale).segments(of: text, wordsOnly: true).map(String.init)
    }

    func testThaiIsSplitIntoDictionaryWords() throws {
        XCTAssertEqual(try words("เราเก็บรวบรวมข้อมูลส่วนบุคคลของคุณ", locale: "th"),
                       ["เรา", "เก็บ", "รวบรวม", "ข้อมูล", "ส่วน", "บุคคล", "ของ", "คุณ"])
    }

    func testChineseIsSplitIntoDictionaryWords() throws {
        XCTAssertEqual(try words("我们收集您的个人信息。", locale: "zh"), ["我们", "收集", "您", "的", "个人", "信息"])
    }

    func testJapaneseIsSplitIntoDictionaryWords() throws {
        XCTAssertEqual(try words("当社は個人情報を収集します。", locale: "ja"), ["当社", "は", "個人", "情報", "を", "収集", "し", "ます"])
    }

    func testWordClassesTellNumbersFromLetters() throws {
        var classes: [WordClass] = []
        try TextBreaker(.word, locale: "en").forEachSegment(in: "Kept 7 years") { _, wordClass in
            if wordClass.isWord { classes.append(wordClass) }
        }
        XCTAssertEqual(classes, [.letter, .number, .letter])
    }

    func testSentencesWithLocale() throws {
        let sentences = try TextBreaker(.sentence, locale: "en")
            .segments(of: "We collect data. We keep it for 7 years. Contact us at a@b.io.")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(sentences, ["We collect data.", "We keep it for 7 years.", "Contact us at a@b.io."])
    }

    func testOneBreakerServesManyTexts() throws {
        let breaker = try TextBreaker(.word, locale: "en")
        XCTAssertEqual(breaker.segments(of: "one two", wordsOnly: true), ["one", "two"])
        XCTAssertEqual(breaker.segments(of: "three", wordsOnly: true), ["three"])
        XCTAssertEqual(breaker.segments(of: "", wordsOnly: true), [])
    }
}

final class FoldingAndScriptTests: XCTestCase {
    func testCaseFoldingIsNFKC() {
        XCTAssertEqual(TextFolding.fold("Données ＰＥＲＳＯＮＮＥＬＬＥＳ", stripAccents: false), "données personnelles")
        XCTAssertEqual(TextFolding.fold("Données", stripAccents: true), "donnees")
        XCTAssertEqual(TextFolding.fold("Straße", stripAccents: true), "strasse")
    }

    func testApostrophesFoldToOne() {
        // ’ ‘ ʼ ′ become ', at the edges too; other characters led by the same bytes stay.
        XCTAssertEqual(TextFolding.fold("’d’accès l‘x ʼokina 5′", stripAccents: false), "'d'accès l'x 'okina 5'")
        XCTAssertEqual(TextFolding.fold("“quoted” – ok…", stripAccents: false), "“quoted” – ok...")
        XCTAssertEqual(TextFolding.fold("п’ять ʻ", stripAccents: false), "п'ять ʻ")
    }

    func testAccentStrippingKeepsThaiVowels() {
        XCTAssertEqual(TextFolding.fold("ข้อมูล", stripAccents: true), "ข้อมูล")
        // Armenian: the ligature և (NFKC եւ) and its capitals ԵՎ (lowercase եվ) fold alike.
        XCTAssertEqual(TextFolding.fold("ՏՎՅԱԼՆԵՐԻ ՀԱՎԱՔՈՒՄ ԵՎ ՕԳՏԱԳՈՐԾՈՒՄ", stripAccents: true), TextFolding.fold("տվյալների հավաքում և օգտագործում", stripAccents: true))
        XCTAssertEqual(TextFolding.fold("Ու", stripAccents: true), "ու")
    }

    func testDigitsOfEveryScript() {
        for digit in ["7", "๗", "٧", "۷", "７", "७", "৭"] {
            XCTAssertEqual(Scripts.digitValue(of: digit.unicodeScalars.first!), 7, digit)
        }
        XCTAssertNil(Scripts.digitValue(of: "a"))
    }

    func testScripts() {
        XCTAssertEqual(Scripts.code(of: "a"), "Latn")
        XCTAssertEqual(Scripts.code(of: "ก"), "Thai")
        XCTAssertEqual(Scripts.code(of: "中"), "Hani")
        XCTAssertEqual(Scripts.code(of: "の"), "Hira")
        XCTAssertEqual(Scripts.code(of: "한"), "Hang")
        XCTAssertEqual(Scripts.code(of: "ب"), "Arab")
        XCTAssertEqual(Scripts.code(of: "Ж"), "Cyrl")
    }
}

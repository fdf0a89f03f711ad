import Foundation
import PolicyText
import XCTest

/// Inputs that are not cleanly in one encoding: stray bytes in UTF-8, charsets that cannot be
/// read faithfully, and UTF-16 without a byte order mark.
final class EncodingFaultTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/encodings/" + name)))
    }

    private static func corpus(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Corpus/" + path), encoding: .utf8)
    }

    private static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    private static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            return littleEndian ? [low, high] : [high, low]
        }
    }

    // MARK: UTF-8 with a few invalid bytes

    func testAStrayByteInFrenchStaysUTF8() throws {
        let bytes = Self.utf8("Politique de confidentialité\nNous protégeons vos données.\nLes donn")
            + [0xE9] + Self.utf8("es sont conservées un an.\n")
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.text, "Politique de confidentialité\nNous protégeons vos données.\nLes donn\u{FFFD}es sont conservées un an.\n")
        XCTAssertEqual(decoded.warnings, [TextDecoder.Warning(line: 3, message: "1 byte that is not UTF-8 was replaced")])
    }

    func testLatin1BytesInGermanAreCountedFromTheFirstLine() throws {
        let bytes = Self.utf8("Datenschutzerklärung\nWir schützen Ihre Daten f") + [0xFC] + Self.utf8("r Sie.\n")
            + Self.utf8("Größe und Maße\nGespr") + [0xE4] + Self.utf8("che und Stra") + [0xDF] + Self.utf8("e.\n")
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.text, "Datenschutzerklärung\nWir schützen Ihre Daten f\u{FFFD}r Sie.\nGröße und Maße\nGespr\u{FFFD}che und Stra\u{FFFD}e.\n")
        XCTAssertEqual(decoded.warnings, [TextDecoder.Warning(line: 2, message: "3 bytes that are not UTF-8 were replaced")])
    }

    func testMalayWithFewNonASCIICharactersStaysUTF8() throws {
        // Mostly ASCII: two curly quotes are the only valid multi-byte sequences.
        let bytes = Self.utf8("Dasar Privasi\nKami mengumpul maklumat peribadi anda apabila anda mendaftar.\n")
            + Self.utf8("Maklumat ini dipanggil \u{201C}data peribadi\u{201D}. Kami tidak menjual data anda") + [0x92]
            + Self.utf8(" kepada pihak ketiga.\n")
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.text, "Dasar Privasi\nKami mengumpul maklumat peribadi anda apabila anda mendaftar.\n"
            + "Maklumat ini dipanggil \u{201C}data peribadi\u{201D}. Kami tidak menjual data anda\u{FFFD} kepada pihak ketiga.\n")
        XCTAssertEqual(decoded.warnings, [TextDecoder.Warning(line: 3, message: "1 byte that is not UTF-8 was replaced")])
    }

    func testThaiAndRussianWithAStrayByteStayUTF8() throws {
        let thai = Self.utf8("นโยบายความเป็นส่วนตัว\nเราเก็บข้อมูล") + [0xA1] + Self.utf8("ส่วนบุคคลของคุณ\n")
        let decodedThai = try TextDecoder.decode(thai)
        XCTAssertEqual(decodedThai.encoding, "UTF-8")
        XCTAssertEqual(decodedThai.text, "นโยบายความเป็นส่วนตัว\nเราเก็บข้อมูล\u{FFFD}ส่วนบุคคลของคุณ\n")
        XCTAssertEqual(decodedThai.warnings, [TextDecoder.Warning(line: 2, message: "1 byte that is not UTF-8 was replaced")])

        let russian = Self.utf8("Политика конфиденциальности") + [0xFF] + Self.utf8("\nМы собираем ваши данные.\n")
        let decodedRussian = try TextDecoder.decode(russian)
        XCTAssertEqual(decodedRussian.encoding, "UTF-8")
        XCTAssertEqual(decodedRussian.text, "Политика конфиденциальности\u{FFFD}\nМы собираем ваши данные.\n")
        XCTAssertEqual(decodedRussian.warnings, [TextDecoder.Warning(line: 1, message: "1 byte that is not UTF-8 was replaced")])
    }

    func testASequenceCutShortAtTheEndIsOneReplacement() throws {
        // "…" is E2 80 A6; the file ends after E2 80.
        let bytes = Self.utf8("Résumé\r\nÉté\r\nFin") + [0xE2, 0x80]
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.text, "Résumé\r\nÉté\r\nFin\u{FFFD}")
        XCTAssertEqual(decoded.warnings, [TextDecoder.Warning(line: 3, message: "2 bytes that are not UTF-8 were replaced")])
    }

    func testLinesEndingInCarriageReturnsAreCounted() throws {
        let bytes = Self.utf8("Première\rDeuxième\rTroisi") + [0xE8] + Self.utf8("me\r")
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.text, "Première\rDeuxième\rTroisi\u{FFFD}me\r")
        XCTAssertEqual(decoded.warnings, [TextDecoder.Warning(line: 3, message: "1 byte that is not UTF-8 was replaced")])
    }

    func testByteOrderMarkAndDeclaredUTF8AcceptStrayBytes() throws {
        let body = Self.utf8("Confidentialité\nDonn") + [0xE9] + Self.utf8("es")
        for (bytes, declared) in [([0xEF, 0xBB, 0xBF] + body, nil), (body, "UTF-8"), ([0xEF, 0xBB, 0xBF] + body, "utf-8")] as [([UInt8], String?)] {
            let decoded = try TextDecoder.decode(bytes, declared: declared)
            XCTAssertEqual(decoded.encoding, "UTF-8")
            XCTAssertEqual(decoded.text, "Confidentialité\nDonn\u{FFFD}es")
            XCTAssertEqual(decoded.warnings, [TextDecoder.Warning(line: 2, message: "1 byte that is not UTF-8 was replaced")])
        }
    }

    func testTextThatIsMostlyNotUTF8GoesToDetection() throws {
        // Windows-1252 French with one pair of bytes that happens to be valid UTF-8 ("Ã©").
        let text = "Politique de confidentialité. Nous protégeons vos données personnelles et nous ne les "
            + "vendons jamais. Vous pouvez demander leur suppression à tout moment. Ã© est une erreur fréquente.\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        XCTAssertFalse(TextDecoder.readsAsUTF8(bytes))
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, "windows-1252")
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.warnings, [])
        XCTAssertThrowsError(try TextDecoder.decode(bytes, declared: "UTF-8")) {
            XCTAssertEqual($0 as? TextDecoder.Failure, .undecodable("not valid UTF-8"))
        }
    }

    func testReadsAsUTF8() {
        XCTAssertTrue(TextDecoder.readsAsUTF8(Self.utf8("plain ASCII")))
        XCTAssertTrue(TextDecoder.readsAsUTF8(Self.utf8("café ") + [0xE9] + Self.utf8(" thé")))
        XCTAssertFalse(TextDecoder.readsAsUTF8([0x63, 0x61, 0x66, 0xE9]))
    }

    // MARK: Charsets that cannot be decoded faithfully

    func testCompressionSchemesAndUTF7AreRefusedWhenDeclared() {
        let bytes = Self.utf8("<p>Privacy</p>") + [0xE9]
        let names = ["SCSU": "SCSU", "scsu": "SCSU", "ibm-1212": "SCSU", "BOCU-1": "BOCU-1", "csBOCU-1": "BOCU-1",
                     "UTF-7": "UTF-7", "unicode-1-1-utf-7": "UTF-7", "IMAP-mailbox-name": "IMAP-mailbox-name",
                     "IBM424_rtl": "IBM424_rtl", "ibm420-ltr": "IBM420_ltr"]
        for (declared, name) in names {
            XCTAssertThrowsError(try TextDecoder.decode(bytes, declared: declared), declared) {
                XCTAssertEqual($0 as? TextDecoder.Failure, .unsupportedEncoding(name, declared: true), declared)
            }
        }
    }

    func testDetectedEBCDICArabicIsRefused() {
        // The start of Corpus/dynatron/ar.txt as ICU's converter writes it in ibm-420.
        let bytes: [UInt8] = [
            0x60, 0x40, 0x67, 0xBB, 0x9A, 0x40, 0x56, 0xB1, 0xBB, 0x9A, 0xB1, 0xCF, 0xBB, 0x56, 0x63, 0x40,
            0x56, 0xB1, 0x80, 0x71, 0x8B, 0xDC, 0x62, 0x40, 0xCF, 0xBB, 0x9A, 0x56, 0xB1, 0x67, 0x63, 0xBF,
            0x56, 0x40, 0xCF, 0x56, 0xB1,
        ]
        XCTAssertThrowsError(try TextDecoder.decode(bytes)) {
            XCTAssertEqual($0 as? TextDecoder.Failure, .unsupportedEncoding("IBM420_rtl", declared: false))
        }
    }

    /// Bytes as ICU's converter (uconv 72.1) writes "Privacy – ข้อมูลส่วนบุคคล, 個人情報,
    /// Конфиденциальность 🔒\n"; the converter path reads them back whole.
    func testCompressingConvertersRoundTripWhole() throws {
        let text = "Privacy – ข้อมูลส่วนบุคคล, 個人情報, Конфиденциальность 🔒\n"
        let scsu: [UInt8] = [
            0x50, 0x72, 0x69, 0x76, 0x61, 0x63, 0x79, 0x20, 0x05, 0x13, 0x20, 0x1F, 0x1C, 0x82, 0xC9, 0xAD,
            0xA1, 0xB9, 0xA5, 0xAA, 0xC8, 0xA7, 0x99, 0x9A, 0xB8, 0x84, 0x84, 0xA5, 0x2C, 0x20, 0x0F, 0x50,
            0x0B, 0x4E, 0xBA, 0x60, 0xC5, 0x58, 0x31, 0x00, 0x2C, 0x00, 0x20, 0xE2, 0x9A, 0xBE, 0xBD, 0xC4,
            0xB8, 0xB4, 0xB5, 0xBD, 0xC6, 0xB8, 0xB0, 0xBB, 0xCC, 0xBD, 0xBE, 0xC1, 0xC2, 0xCC, 0x20, 0x0B,
            0x01, 0xEA, 0x92, 0x0A,
        ]
        let bocu: [UInt8] = [
            0xA0, 0xC2, 0xB9, 0xC6, 0xB1, 0xB3, 0xC9, 0x20, 0xF1, 0x4D, 0x20, 0x3D, 0x15, 0x99, 0x7D, 0x71,
            0x89, 0x75, 0x7A, 0x98, 0x77, 0x69, 0x6A, 0x88, 0x54, 0x54, 0x75, 0x41, 0x76, 0x20, 0xFB, 0x35,
            0xCF, 0x25, 0xC7, 0x38, 0xC9, 0x2F, 0xC0, 0x24, 0xAE, 0x03, 0x20, 0xD3, 0xCE, 0x8E, 0x8D, 0x94,
            0x88, 0x84, 0x85, 0x8D, 0x96, 0x88, 0x80, 0x8B, 0x9C, 0x8D, 0x8E, 0x91, 0x92, 0x9C, 0x20, 0xFC,
            0xFA, 0x2E, 0x0A,
        ]
        XCTAssertEqual(try TextDecoder.convert(scsu, from: "SCSU", throwing: true), text)
        XCTAssertEqual(try TextDecoder.convert(bocu, from: "BOCU-1", throwing: true), text)

        // One byte per U+1D11E after a window is set: four UTF-8 bytes per input byte, more
        // than the first output buffer holds.
        let clefs = String(repeating: "\u{1D11E}", count: 5000)
        XCTAssertEqual(try TextDecoder.convert([0x0B, 0xE1, 0xA2] + [UInt8](repeating: 0x9E, count: 5000), from: "SCSU", throwing: true), clefs)
        XCTAssertEqual(try TextDecoder.convert([0xFC, 0xD8, 0x80] + [UInt8](repeating: 0x6E, count: 4999), from: "BOCU-1", throwing: true), clefs)
    }

    func testInputCutShortFailsRatherThanShrinks() {
        for (bytes, charset) in [([0x41, 0x00, 0x42], "UTF-16LE"), ([0x41, 0x82], "Shift_JIS"), ([0x41, 0x81, 0x30], "GB18030")] as [([UInt8], String)] {
            XCTAssertThrowsError(try TextDecoder.convert(bytes, from: charset, throwing: true), charset) {
                XCTAssertEqual($0 as? TextDecoder.Failure, .undecodable("invalid \(charset) byte sequence"), charset)
            }
        }
    }

    // MARK: UTF-16 without a byte order mark

    static let documents: [(language: String, text: String)] = [
        ("th", "นโยบายความเป็นส่วนตัว\nข้อ 1. เราเก็บข้อมูลส่วนบุคคลของคุณ (ชื่อ, อีเมล) ตั้งแต่วันที่ 1 มิถุนายน 2565\n"),
        ("zh-Hans", "隐私政策\n第1条：我们收集您的个人信息（姓名、电子邮件）。生效日期：2024-06-01。\n"),
        ("zh-Hant", "隱私權政策\n第2條：我們會蒐集您的個人資料（姓名、電子郵件地址）。\n"),
        ("ja", "プライバシーポリシー\n第2条 当社は、お客様の個人情報（氏名・メールアドレス）を収集します。2024年6月1日施行。\n"),
        ("ko", "개인정보 처리방침\n제1조 회사는 귀하의 개인정보(이름, 이메일)를 2024년 6월 1일부터 수집합니다.\n"),
        ("ru", "Политика конфиденциальности\n1. Мы собираем ваши персональные данные (имя, e-mail) с 01.06.2024.\n"),
        ("ar", "سياسة الخصوصية\n1. نجمع بياناتك الشخصية (الاسم، البريد الإلكتروني) منذ 2024/06/01.\n"),
        ("he", "מדיניות פרטיות\n1. אנו אוספים את המידע האישי שלך (שם, דוא\"ל) מאז 01.06.2024.\n"),
        ("hi", "गोपनीयता नीति\n1. हम आपकी व्यक्तिगत जानकारी (नाम, ईमेल) 01.06.2024 से एकत्र करते हैं।\n"),
        ("el", "Πολιτική απορρήτου\n1. Συλλέγουμε τα προσωπικά σας δεδομένα (όνομα, email) από 01.06.2024.\n"),
        ("en", "Privacy Policy\n1. We collect your name and e-mail address - since 2024-06-01.\n"),
    ]

    /// Words and lines with no ASCII at all, so no NUL byte in UTF-16.
    static let scriptOnly: [(language: String, text: String)] = [
        ("th", "ข้อมูลส่วนบุคคล"),
        ("ru", "Конфиденциальность"),
        ("ar", "الخصوصية"),
        ("he", "פרטיות"),
        ("hi", "गोपनीयता"),
        ("el", "Απόρρητο"),
        ("zh-Hans", "我们收集您的个人信息以便提供和改进服务并遵守法律规定"),
        ("ja", "当社はお客様の個人情報を適切に管理し第三者に提供しません"),
        ("ko", "개인정보처리방침에따라수집된정보는안전하게보관됩니다"),
    ]

    func testUTF16WithoutBOMIsDetectedInEveryScript() throws {
        for (language, text) in Self.documents + Self.scriptOnly {
            for littleEndian in [true, false] {
                let name = "\(language) \(littleEndian ? "LE" : "BE")"
                let decoded = try TextDecoder.decode(Self.utf16(text, littleEndian: littleEndian))
                XCTAssertEqual(decoded.encoding, littleEndian ? "UTF-16LE" : "UTF-16BE", name)
                XCTAssertEqual(decoded.text, text, name)
                XCTAssertEqual(decoded.warnings, [], name)
            }
        }
    }

    func testUTF16WithoutBOMIsDetectedInCorpusPolicies() throws {
        for path in ["dynatron/th.txt", "dynatron/zh-Hans.txt", "dynatron/ja.txt", "dynatron/ko.txt", "dynatron/ru.txt",
                     "dynatron/ar.txt", "dynatron/vi.txt", "dynatron/de.txt", "mastodon/el.html", "mastodon/zh-Hant.html"] {
            let policy = try Self.corpus(path)
            let scalars = Array(policy.unicodeScalars)
            for start in stride(from: 0, to: min(scalars.count, 3000), by: 500) {
                let text = String(String.UnicodeScalarView(scalars[start..<min(scalars.count, start + 200)]))
                for littleEndian in [true, false] {
                    let decoded = try TextDecoder.decode(Self.utf16(text, littleEndian: littleEndian))
                    XCTAssertEqual(decoded.encoding, littleEndian ? "UTF-16LE" : "UTF-16BE", "\(path) at \(start)")
                    XCTAssertEqual(decoded.text, text, "\(path) at \(start)")
                }
            }
        }
    }

    /// Legacy files, whole and cut at every even length, are never read as UTF-16.
    func testLegacyFixturesAreNotTakenForUTF16() throws {
        let fixtures = ["fr-windows-1252", "cs-iso-8859-2", "ru-windows-1251", "th-tis-620",
                        "zh-gb18030", "zh-big5", "ja-shift_jis", "ko-euc-kr"]
        for name in fixtures {
            let bytes = try Self.fixture(name + ".txt")
            for length in stride(from: 8, through: bytes.count, by: 2) {
                if let decoded = try? TextDecoder.decode(Array(bytes.prefix(length))) {
                    XCTAssertFalse(decoded.encoding.hasPrefix("UTF-16"), "\(name) cut at \(length) read as \(decoded.encoding)")
                }
            }
        }
    }

    /// Corpus policies in double-byte charsets (Python's codecs wrote them), cut at every
    /// even length, are never read as UTF-16: read so they are valid ideographs or Hangul.
    func testDoubleByteLegacyPoliciesAreNotTakenForUTF16() throws {
        let samples: [(String, String)] = [
            ("dynatron/ja.txt in Shift_JIS", "LSCMwpBsj+6V8YLMjvuPV4FBj4iXnYFBikqOpoKoguaC0Yukl0wKLSCDWoOTg1aDZYNCg3WMwpBsj+6V8YLMjvuPV4FBj4iXnYKoguaC0YpKjqYKLSCV25G2ivqK1AotIIzCkGyP7pXxgsyO5pO+jLMKLSCTlo7QgqmC54LMg32BW4NQg2WDQoOTg0+K1phBg4GBW4OLgsyO85BNCi0gjKCXmIKoguaC0ZC/i4EgPyCDSoOKg3SDSIOLg2qDQY9Ci4+PWo7SgsyC3QotIJTxjq+Vyom7j+6V8QotIIK7gsyRvILMj+6V8QotIIK7gsyRvILMj+6V8YLMjvuPVwotIIK7gsyRvILMj+6V8YLMl5iXcIKoguaC0YpKjqYKLQ=="),
            ("mastodon/ja.html in Shift_JIS", "g3aDiYNDg2+DVoFbg3yDioNWgVsKgseCzILmgqSCyI/ulfGC8I77j1eCtYLcgreCqYFICgoKiu6We5NJgsiDQYNKg0WDk4Nnj+6V8Togk5aDVINDg2eCyZNvmF6Ct4LpgsaBQYOGgVuDVYFblryBRYOBgVuDi4NBg2iDjINYgUWDcINYg4+BW4NogsyT/JfNgvCLgYLfgueC6oLpgrGCxoKqgqCC6ILcgreBQoLcgr2VXI6mlryC4o6pjMiP0InugUWDdoONg3SDQoFbg4uJ5pGcgUWDd4Nig1+BW4nmkZyCxoKigsGCvZLHicGCzIN2g42DdINCgVuDi4Lwk2+YXoLFgquC3IK3gUKDhoFbg1WBW5a8gUWVXI6mlryBRY6pjMiP0InugUWDdoONg3SDQoFbg4uJ5pGcgUU="),
            ("dynatron/ja.txt in EUC-JP", "pKSk66Gixfa80qSssb+xxKS5pOulpqWnpdaltaWkpcihyrDKsryh1svcpaalp6XWpbWlpKXIodekyKSkpKSk3qS5ocsKLSDF9rzSpKykqrXSzc2ky8H3v66kuaTroaLL3KXXpemlpKXQpbehvKXdpeqlt6G8pNikzqXqpfOlr6TytN6k4EhUTUy3wbywpM7FxbvSpeGhvKXrpeGlw6W7obyluKGipN6kv6TPpKq10s3NpMikzqS9pM7CvqTOz6LN7aGipKqk6KTTCi0gpKq10s3NpMjF9rzSpMikzqWqpdWl6aWkpfOkx6TOtsjMs77lpM6k5KTqvOik6grL3KWmpael1qW1paSlyKGixcW70qXhobyl66SqpOik06WqpdWl6aWkpfOkx6TOtsjMs77lpM6k5KTq"),
            ("dynatron/zh-Hans.txt in GB18030", "LSC49sjL0MXPorXEytW8r6GitKbA7aGixfvCtrrNubLP7QotIMP0uNC49sjL0MXPorXEytW8r6GitKbA7brNxfvCtgotILGjwfTG2s/eCi0guPbIy9DFz6LAtNS0Ci0gvdPK1c7Sw8e3osvNtcTTqs/6z+C52LXn19PTyrz+Ci0gyKjA+9Prx+vH86Gqoaq99s/evNPA+7ijxOHRx9bdvtPD8QotIMilserKtruv0MXPogotIMbky/vQxc+iCi0gxuTL+9DFz6K1xMrVvK8KLSDG5Mv70MXPorXEyrnTw7rNxfvCtgotILCyyKsKLSC12sj9t72547jmCi0gtdrI/be9t/7O8QotIM60s8nE6sjLyrnTw7f+"),
            ("mastodon/zh-Hant.html in Big5", "wfSocMV2rEa1pgqn2q3Mt3y7YLawrf6ox7jqsFShSAoKCiAgsPKlu7FiuLm46rBUoUetWbF6pmKmuab4qkGu8KRXtfmlVaFBsXqlaa/gt3yzUa1uqES/6aRKqM+lzqrMple62aFCuXGkbLZspfOmYad9u1CxS71YoUOxeqRdpWmv4Ld8v+mkSsNCpX6quq3TpEjAya7XuOqwVKFBpnDF46Xcple62anOwrKktrWloUGlSKTOpFe2x63TpEi46q7Guc+k+btQq8qtsbnPpPmhQ6jPpc6qzKZXutmhQsXjpdymV7rZoULCsqS2oUKt06RIwMmu16ZXutm7UKvKrbG5z6T5pECr37Ojt3ykvbZ9s6+mQ6FDCiAgtkuk5aFCsGzC3LtQqOSlTLjqsFShR7F6sGzC3Kq6pEg="),
            ("dynatron/ko.txt in EUC-KR", "LSCws8DOwaS6uMDHILz2wf0sIMOzuK4sILD4sLMgudcgsPjArwotILnOsKjH0SCws8DOwaS6uMDHILz2wf0sIMOzuK4gudcgsPiwswotILq4wK8gseKwowotILCzwM7BpLq4wMcgw+LDswotILTnu+e3zrrOxc3AxyC4tsTJxsMgsPy3wyDAzLjewM8gvPa9xQotILHHuK4gudcgv+TDuyA/IMS2uK7G97TPvsYgsMXB1sDaIMD8v+sKLSC68b3EurDIrbXIIMGkurgKLSCx4sW4IMGkurgKLSCx4sW4IMGkurjAxyC89sH9Ci0gseLFuCDBpLq4wMcgwMy/6yC51yA="),
        ]
        for (name, base64) in samples {
            let bytes = [UInt8](try XCTUnwrap(Data(base64Encoded: base64), name))
            for length in stride(from: 8, through: bytes.count, by: 2) {
                if let decoded = try? TextDecoder.decode(Array(bytes.prefix(length))) {
                    XCTAssertFalse(decoded.encoding.hasPrefix("UTF-16"), "\(name) cut at \(length) read as \(decoded.encoding)")
                }
            }
        }
    }

    /// Windows-1252, Windows-1251 and TIS-620 made from corpus policies, in windows of
    /// several sizes, are never read as UTF-16.
    func testLegacyPoliciesAreNotTakenForUTF16() throws {
        func windows1252(_ text: String) -> [UInt8] {
            text.unicodeScalars.map { $0.value <= 0xFF && !(0x80..<0xA0).contains($0.value) ? UInt8($0.value) : 0x3F }
        }
        func windows1251(_ text: String) -> [UInt8] {
            text.unicodeScalars.map { scalar in
                switch scalar.value {
                case 0..<0x80: return UInt8(scalar.value)
                case 0x410...0x44F: return UInt8(scalar.value - 0x410 + 0xC0)
                case 0x401: return 0xA8
                case 0x451: return 0xB8
                default: return 0x3F
                }
            }
        }
        func tis620(_ text: String) -> [UInt8] {
            text.unicodeScalars.map { scalar in
                switch scalar.value {
                case 0..<0x80: return UInt8(scalar.value)
                case 0xE01...0xE5B: return UInt8(scalar.value - 0xE00 + 0xA0)
                default: return 0x3F
                }
            }
        }
        let samples: [(String, (String) -> [UInt8])] = [
            ("dynatron/fr.txt", windows1252), ("dynatron/de.txt", windows1252), ("dynatron/es.txt", windows1252),
            ("dynatron/pt.txt", windows1252), ("dynatron/ru.txt", windows1251), ("dynatron/th.txt", tis620),
        ]
        for (path, encode) in samples {
            let scalars = Array(try Self.corpus(path).unicodeScalars)
            for start in stride(from: 0, to: min(scalars.count, 4000), by: 331) {
                for length in [24, 64, 200, 1000] {
                    var bytes = encode(String(String.UnicodeScalarView(scalars[start..<min(scalars.count, start + length)])))
                    if bytes.count % 2 == 1 { bytes.append(0x20) }
                    if let decoded = try? TextDecoder.decode(bytes) {
                        XCTAssertFalse(decoded.encoding.hasPrefix("UTF-16"), "\(path) at \(start), \(length): \(decoded.encoding)")
                    }
                }
            }
        }
    }

    func testUTF8IsNotTakenForUTF16() throws {
        var texts = Self.documents.map(\.text) + Self.scriptOnly.map(\.text)
        for path in ["dynatron/th.txt", "dynatron/zh-Hans.txt", "dynatron/ja.txt", "dynatron/ko.txt", "dynatron/ru.txt", "dynatron/ar.txt"] {
            texts.append(String(try Self.corpus(path).prefix(500)))
        }
        for text in texts {
            let decoded = try TextDecoder.decode(Self.utf8(text))
            XCTAssertEqual(decoded.encoding, "UTF-8")
            XCTAssertEqual(decoded.text, text)
        }
    }
}

import XCTest
@testable import PolicyAlignKit

/// Untranslated clauses in translations of every script: English left in is found; names,
/// product names, acronyms, e-mails and URLs are not.
final class UntranslatedTests: XCTestCase {
    private func flags(_ text: String, _ language: String, original: String? = nil) throws -> [String] {
        let analyzer = Fixtures.analyzer()
        let document = try analyzer.reader.read(bytes: Array(text.utf8), file: "translation.txt")
        let policy = try analyzer.analyze(document, language: language)
        var sentences: [Sentence] = []
        if let original {
            let source = try analyzer.analyze(try analyzer.reader.read(bytes: Array(original.utf8), file: "original.txt"), language: "en")
            let splitter = try SentenceSplitter(locale: "en")
            sentences = source.sections.flatMap { splitter.sentences(of: $0) }
        }
        let detector = try UntranslatedDetector(lexicons: Fixtures.lexicons, target: language, source: "en")
        return detector.clauses(in: policy.sections, original: sentences).map(\.text)
    }

    func testMalay() throws {
        let text = """
        Dasar Privasi
        Jika anda penduduk California, anda mempunyai hak di bawah California Consumer Privacy Act (CCPA) dan undang-undang lain.
        Kami menggunakan B2B Marketing untuk menghubungi pelanggan perniagaan kami.
        Kami tidak menggunakan third party tracking tools di laman web kami.
        Kami mematuhi Peraturan Perlindungan Data Am (GDPR) dan menghormati isyarat Global Privacy Control.
        Kami menggunakan Google Analytics untuk memahami cara laman web kami digunakan.
        We may share your information with our partners for marketing purposes.
        Sila hubungi kami di support@aclaro.io atau layari https://www.aclaro.io/privacy.
        """
        // "B2B Marketing", capitalized inside a Malay sentence, reads as a name (a product or
        // a team); lowercase English words there are a phrase left untranslated.
        XCTAssertEqual(try flags(text, "ms"), ["third party tracking tools", "We may share your information with our partners for marketing purposes."])
    }

    /// An acronym spelled out beside it is a glossary entry, in any script: Projectify's
    /// Japanese policy writes "EEA: European Economic Area".
    func testAcronymSpelledOutIsNoClause() throws {
        XCTAssertEqual(try flags("""
        プライバシーポリシー
        EEA: European Economic Area
        当社は EEA（European Economic Area）の外にデータを移転することがあります。
        We transfer your personal data outside the European Economic Area.
        """, "ja"), ["We transfer your personal data outside the European Economic Area."])
    }

    func testThaiChineseJapaneseRussian() throws {
        XCTAssertEqual(try flags("""
        นโยบายความเป็นส่วนตัว
        เราใช้ Google Analytics เพื่อวิเคราะห์การใช้งานเว็บไซต์ของเรา และเก็บข้อมูลไว้ 7 ปี
        We keep your personal data for as long as your account is active.
        ติดต่อเราได้ที่ privacy@example.com
        """, "th"), ["We keep your personal data for as long as your account is active."])
        XCTAssertEqual(try flags("""
        隐私政策
        我们使用 Google Analytics 分析网站的使用情况，并遵守 GDPR 的要求。
        如果您有任何问题，you can contact our privacy team at any time by email，我们会尽快答复。
        """, "zh-Hans"), ["you can contact our privacy team at any time by email"])
        XCTAssertEqual(try flags("""
        プライバシーポリシー
        当社は reCAPTCHA と Google Analytics を使用しています。
        This section describes how we share your information with third parties.
        """, "ja"), ["This section describes how we share your information with third parties."])
        XCTAssertEqual(try flags("""
        Политика конфиденциальности
        Мы используем Google Analytics и соблюдаем требования GDPR.
        We do not sell your personal information to anyone.
        """, "ru"), ["We do not sell your personal information to anyone."])
    }

    func testSpanishWithTheOriginal() throws {
        let original = "Privacy Policy\nWe collect your name and e-mail address when you create an account.\nCookies help us remember you.\n"
        let translation = "Política de privacidad\nWe collect your name and e-mail address when you create an account.\nLas cookies nos ayudan a recordarle.\n"
        XCTAssertEqual(try flags(translation, "es", original: original),
                       ["We collect your name and e-mail address when you create an account."])
    }

    func testCleanTranslationsHaveNoFlags() throws {
        for language in ["ms", "id", "th", "zh-Hans", "ja", "ko", "es", "fr", "de", "pt", "ru", "ar", "vi"] {
            let text = try String(contentsOfFile: Fixtures.path("Corpus/kasperek-optical/\(language).txt"), encoding: .utf8)
            XCTAssertEqual(try flags(text, language), [], language)
        }
    }

    /// A translation mostly left in English is detected as English; read as the other
    /// language it contains, its English part is flagged.
    func testTranslationMostlyLeftInTheSourceLanguage() throws {
        let english = try String(contentsOfFile: Fixtures.path("Corpus/dynatron/en.txt"), encoding: .utf8).components(separatedBy: "\n")
        let analyzer = Fixtures.analyzer()
        for language in ["ms", "th"] {
            let translated = try String(contentsOfFile: Fixtures.path("Corpus/dynatron/\(language).txt"), encoding: .utf8).components(separatedBy: "\n")
            let mixed = english.indices.map { $0 > 20 && $0 % 3 != 0 ? english[$0] : translated[$0] }.joined(separator: "\n")
            let policy = try analyzer.analyze(analyzer.reader.read(bytes: Array(mixed.utf8), file: "mixed-\(language).txt"))
            XCTAssertEqual(policy.language, "en", "most of it is English")
            let translation = try analyzer.asTranslation(policy, of: "en")
            XCTAssertEqual(translation.language, language)
            let flagged = try UntranslatedDetector(lexicons: Fixtures.lexicons, target: translation.language, source: "en")
                .clauses(in: translation.sections)
            let englishLines = Set(english.indices.filter { $0 > 20 && $0 % 3 != 0 && english[$0].contains(" ") }.map { $0 + 1 })
            let found = Set(flagged.map(\.startLine)).intersection(englishLines)
            XCTAssertGreaterThanOrEqual(Double(found.count) / Double(englishLines.count), 0.9, language)
        }
    }

    /// A short English sentence inside a translated line is found even when names dominate
    /// it; names, addresses, glosses and a cell left in English beside a translated one are told apart.
    func testShortEnglishAmongNamesAddressesGlossesAndCells() throws {
        let chinese = """
        隐私政策
        如需帮助，Contact us at GitHub Support。我们使用 Google Analytics 分析网站流量。
        我们的地址：GitHub B.V., Vijzelstraat 68-72, 1017 HL Amsterdam, The Netherlands。
        """
        XCTAssertEqual(try flags(chinese, "zh-Hans"), ["Contact us at GitHub Support"])
        let greek = """
        Πολιτική απορρήτου
        Διατηρούμε αρχεία καταγραφής (log files) για δεκατέσσερις ημέρες.
        """
        XCTAssertEqual(try flags(greek, "el"), [])
        let table = "| Ενότητα | Τι θα βρείτε εκεί |\n| Cookies και παρακολούθηση | We only use strictly necessary cookies to provide our service. |\n"
        XCTAssertEqual(try flags("# Πολιτική\n\n" + table, "el").last, "We only use strictly necessary cookies to provide our service.")
    }

    /// A name the original gives, small words and all ("Office of Data and Innovation"),
    /// kept in English on a line of its own, and a loan compound joined by hyphens
    /// ("User-Agent", "Log-Files") are no untranslated clauses; an English sentence still is.
    func testNamesWithSmallWordsAndLoanCompounds() throws {
        let original = """
        Privacy notice
        This notice explains how the California Office of Data and Innovation (ODI) collects your information.
        Contact
        Office of Data and Innovation
        """
        let korean = """
        개인정보 처리방침
        이 고지는 California Office of Data and Innovation(ODI)이 정보를 수집하는 방법을 설명합니다.
        연락처
        Office of Data and Innovation
        """
        XCTAssertEqual(try flags(korean, "ko", original: original), [])
        let german = """
        Datenschutzerklärung
        Wir speichern den HTTP-User-Agent und die Log-Files für sieben Tage.
        We keep your data for seven days.
        """
        XCTAssertEqual(try flags(german, "de", original: "Privacy\nWe store the user agent and log files for seven days.\n"),
                       ["We keep your data for seven days."])
    }

    /// Capitalized words inside a translated sentence are names the translation keeps, as
    /// published translations write them (Bibliofuse's "API Microsoft Store", TUXIA's "QR
    /// Code", WP Solution's "IP Address"); a gloss in brackets is judged alone, not joined to
    /// the words after it (HEAAN's "공식 판매자(seller of record), lead"). A heading left in
    /// English on its own line is still found.
    func testCapitalizedNamesAndBracketedGlossesInsideTranslatedSentences() throws {
        let thai = """
        นโยบายความเป็นส่วนตัว
        เราเก็บ IP Address ของคุณเพื่อความปลอดภัยของระบบ
        แอปใช้ API Microsoft Store เพื่อตรวจสอบการซื้อ
        Your Rights
        """
        XCTAssertEqual(try flags(thai, "th"), ["Your Rights"])
        let korean = """
        개인정보 처리방침
        Heaan Inc.는 공식 판매자(seller of record), lead 데이터 처리자입니다.
        """
        XCTAssertEqual(try flags(korean, "ko"), [])
    }
}

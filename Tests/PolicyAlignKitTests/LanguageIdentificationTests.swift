import XCTest
@testable import PolicyAlignKit

final class LanguageIdentificationTests: XCTestCase {
    func testSeedLanguages() throws {
        let analyzer = Fixtures.analyzer()
        for (path, language) in [("dynacraft/en", "en"), ("dynatron/en", "en"), ("kasperek-optical/en", "en"),
                                 ("marketplace/en", "en"), ("aclaro/ms", "ms")] {
            let document = try analyzer.reader.read(path: Fixtures.path("Corpus/\(path).txt"))
            XCTAssertEqual(analyzer.identify(document).language, language, path)
        }
    }

    func testTranslatedCorpusLanguages() throws {
        let analyzer = Fixtures.analyzer()
        for (policy, _, language) in GoldFile.all() {
            let document = try analyzer.reader.read(path: policy)
            let guess = analyzer.identify(document)
            XCTAssertEqual(guess.language, language, policy)
            XCTAssertGreaterThan(guess.confidence, 0.3, policy)
        }
    }

    /// One sentence a language, written for this test.
    static let sentences: [(String, String)] = [
        ("en", "We keep your personal information only as long as we need it to provide the service."),
        ("ms", "Kami akan menyimpan maklumat peribadi anda selagi perlu untuk menyediakan perkhidmatan kepada anda."),
        ("id", "Kami akan menyimpan informasi pribadi Anda selama diperlukan untuk menyediakan layanan kepada Anda."),
        ("es", "Conservamos sus datos personales solo durante el tiempo necesario para prestarle el servicio."),
        ("fr", "Nous conservons vos données personnelles uniquement pendant la durée nécessaire à la fourniture du service."),
        ("de", "Wir speichern Ihre personenbezogenen Daten nur so lange, wie wir sie für die Erbringung des Dienstes benötigen."),
        ("pt", "Mantemos os seus dados pessoais apenas pelo tempo necessário para prestar o serviço a você."),
        ("it", "Conserviamo i tuoi dati personali solo per il tempo necessario a fornirti il servizio."),
        ("nl", "Wij bewaren uw persoonsgegevens alleen zolang dat nodig is om de dienst te kunnen leveren."),
        ("ru", "Мы храним ваши персональные данные только до тех пор, пока они нужны нам для оказания услуги."),
        ("zh-Hans", "我们仅在提供服务所需的期限内保留您的个人信息。"),
        ("zh-Hant", "我們僅在提供服務所需的期間內保留您的個人資料。"),
        ("ja", "当社は、サービスの提供に必要な期間に限り、お客様の個人情報を保管します。"),
        ("ko", "회사는 서비스 제공에 필요한 기간 동안만 이용자의 개인정보를 보관합니다."),
        ("th", "เราจะเก็บรักษาข้อมูลส่วนบุคคลของคุณไว้เท่าที่จำเป็นสำหรับการให้บริการเท่านั้น"),
        ("vi", "Chúng tôi chỉ lưu giữ thông tin cá nhân của bạn trong thời gian cần thiết để cung cấp dịch vụ."),
        ("ar", "نحتفظ بمعلوماتك الشخصية فقط طالما كان ذلك ضروريًا لتقديم الخدمة إليك."),
        // Close relatives of pt/es and nl: their own forms must tell them apart.
        ("gl", "Conservamos os teus datos persoais só polo tempo necesario para prestarche o servizo."),
        ("fy", "Wy bewarje dyn persoansgegevens allinne sa lang as dat nedich is om de tsjinst te leverjen."),
    ]

    func testSingleSentences() {
        let analyzer = Fixtures.analyzer()
        var wrong: [String] = []
        for (language, sentence) in Self.sentences where Fixtures.lexicons.languages[language] != nil {
            let guess = analyzer.identify(text: sentence)
            if guess.language != language { wrong.append("\(language) taken for \(guess.language)") }
        }
        XCTAssertEqual(wrong, [])
        XCTAssertGreaterThanOrEqual(Self.sentences.filter { Fixtures.lexicons.languages[$0.0] != nil }.count, 10)
    }

    func testNoLettersIsUndetermined() {
        XCTAssertEqual(Fixtures.analyzer().identify(text: "12345 — 678").language, "und")
    }
}

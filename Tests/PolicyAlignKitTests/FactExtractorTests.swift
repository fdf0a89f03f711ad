import XCTest
@testable import PolicyAlignKit

final class FactExtractorTests: XCTestCase {
    private func facts(_ text: String, _ language: String) throws -> [String] {
        let extractor = try FactExtractor(lexicon: XCTUnwrap(Fixtures.lexicons.compiled(language)))
        return extractor.facts(in: text, line: 1).filter { !$0.isLatent }.map { "\($0.kind.rawValue):\($0.value)" }
    }

    func testShapes() throws {
        XCTAssertEqual(try facts("Contact support@aclaro.io, visit https://www.aclaro.io/privacy/ or call (866) 888-3962.", "en"),
                       ["email:support@aclaro.io", "url:aclaro.io/privacy", "phone:8668883962"])
        XCTAssertEqual(try facts("please contact us at dynatronsoftware.com.", "en"), ["url:dynatronsoftware.com"])
    }

    func testDurationsInManyLanguages() throws {
        XCTAssertEqual(try facts("We keep your data for 7 years.", "en"), ["duration:7 year"])
        XCTAssertEqual(try facts("We keep your data for seven (7) years.", "en"), ["duration:7 year"])
        XCTAssertEqual(try facts("Kami menyimpan Data anda selama 7 tahun.", "ms"), ["duration:7 year"])
        XCTAssertEqual(try facts("我们将保留您的信息12个月。", "zh-Hans"), ["duration:12 month"])
        XCTAssertEqual(try facts("個人情報を7年間保存します。", "ja"), ["duration:7 year"])
        XCTAssertEqual(try facts("เราจะเก็บข้อมูลไว้ 7 ปี", "th"), ["duration:7 year"])
        XCTAssertEqual(try facts("เราจะเก็บข้อมูลไว้ ๗ ปี", "th"), ["duration:7 year"])
        XCTAssertEqual(try facts("Conservamos sus datos durante 30 días.", "es"), ["duration:30 day"])
        XCTAssertEqual(try facts("Мы храним данные 12 месяцев.", "ru"), ["duration:12 month"])
    }

    func testNumbersPercentagesDatesReferences() throws {
        XCTAssertEqual(try facts("Under the GDPR (Regulation (EU) 2016/679), Directive 95/46, 100% of requests within 1,000 days", "en"),
                       ["reference:gdpr", "reference:gdpr", "reference:95/46", "percent:100", "duration:1000 day"])
        XCTAssertEqual(try facts("Dikemas kini pada 9 Oktober 2017", "ms"), ["date:2017-10-09"])
        XCTAssertEqual(try facts("最終更新日：2017年10月9日", "ja"), ["date:2017-10-09"])
        XCTAssertEqual(try facts("individuals under the age of thirteen (13)", "en"), ["number:13"])
        XCTAssertEqual(try facts("Conforme au RGPD.", "fr"), ["reference:gdpr"])
        // Korean article numbers are numbers (Art. 15(1)); 제3자 "third party" is a word.
        XCTAssertEqual(try facts("동의(PIPA 제15조 제1항 제1호), 제3자 제공, 제 3 자 웹사이트", "ko"), ["number:15", "number:1", "number:1"])
        XCTAssertEqual(try facts("Updated 10/09/2017", "en"), ["date:2017-09~10"])
    }

    /// Dates in every form are dates: never phone numbers or loose numbers.
    func testDatesAreNeverPhonesOrNumbers() throws {
        XCTAssertEqual(try facts("Effective 2023-01-15. Call +1 866-888-3962.", "en"), ["date:2023-01-15", "phone:18668883962"])
        XCTAssertEqual(try facts("Last updated: January 15, 2023", "en"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("Last updated: 15 January 2023", "en"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("Gültig ab 15. Januar 2023", "de"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("Vigente desde el 15 de enero de 2023", "es"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("En vigueur depuis le 15/01/2023", "fr"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("Действует с 15.01.2023 г.", "ru"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("Обновлено 15 января 2023 года", "ru"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("ปรับปรุงล่าสุด 15 มกราคม 2566", "th"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("最后更新：2023年1月15日", "zh-Hans"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("تاريخ السريان ١٥/٠١/٢٠٢٣", "ar"), ["date:2023-01-15"])
        XCTAssertEqual(try facts("Updated in March 2024.", "en"), ["date:2024-03"])
        XCTAssertEqual(try facts("Cập nhật ngày 9 tháng 10 năm 2017", "vi"), ["date:2017-10-09"])
        XCTAssertEqual(try facts("Обновлено 7 марта 2018 года", "ru"), ["date:2018-03-07"])
        // A language without a lexicon still has ICU's month names, declined or not.
        let georgian = try FactExtractor(lexicon: XCTUnwrap(Fixtures.lexicons.compiled("en")), locale: "ka")
        XCTAssertEqual(georgian.facts(in: "ეს ბოლოს განახლდა 2018 წლის, 17 აგვისტოს.", line: 1).map(\.value), ["2018-08-17"])
        // Day and month order open: compatible with either reading, not with another date.
        XCTAssertTrue(DateValue.compatible("2024-05~06", "2024-06-05"))
        XCTAssertTrue(DateValue.compatible("2024-05~06", "2024-05-06"))
        XCTAssertFalse(DateValue.compatible("2024-05~06", "2024-05-07"))
        XCTAssertTrue(DateValue.compatible("2024", "2024-05-07"))
        XCTAssertFalse(DateValue.compatible("2023-01-15", "2024-06-30"))
    }

    /// Number words and duals state numbers.
    func testNumberWordsAndDuals() throws {
        XCTAssertEqual(try facts("We keep it for two years.", "en"), ["duration:2 year"])
        XCTAssertEqual(try facts("We reply within a month.", "en"), ["duration:1 month"])
        XCTAssertEqual(try facts("نحتفظ بالبيانات لمدة سنتين.", "ar"), ["duration:2 year"])
        XCTAssertEqual(try facts("אנו שומרים את המידע שנתיים.", "he"), ["duration:2 year"])
        XCTAssertEqual(try facts("Conservamos los datos durante dos años.", "es"), ["duration:2 year"])
        // Every number up to 100 is a number word, as ICU spells it in the language.
        XCTAssertEqual(try facts("Data is deleted after fourteen days and kept for twenty-four months.", "en"),
                       ["duration:14 day", "duration:24 month"])
        XCTAssertEqual(try facts("Die Daten werden nach höchstens vierzehn Tagen gelöscht.", "de"), ["duration:14 day"])
        XCTAssertEqual(try facts("De gegevens worden na veertien dagen verwijderd.", "nl"), ["duration:14 day"])
        XCTAssertEqual(try facts("Les données sont supprimées après quatorze jours.", "fr"), ["duration:14 day"])
        XCTAssertEqual(try facts("Se conservan durante diecisiete meses.", "es"), ["duration:17 month"])
        // Malay and Indonesian write "one" as se- on the unit: seminggu is "a week".
        XCTAssertEqual(try facts("Paling banyak sekali seminggu.", "id"), ["duration:1 week"])
        XCTAssertEqual(try facts("Data disimpan selama setahun.", "ms"), ["duration:1 year"])
        XCTAssertEqual(try facts("Kebutuhan sehari-hari.", "id"), [])
        XCTAssertEqual(try facts("Uploads up to 100MB.", "en"), ["number:100 mb"])
        XCTAssertEqual(try facts("最大100MBまで", "ja"), ["number:100 mb"])
    }

    /// Links as facts: locale parts normalised away, placeholders ignored.
    func testLinkTargets() throws {
        XCTAssertEqual(LinkTargets.comparable("https://www.acme.com/de/privacy/?hl=de#cookies"), "acme.com/privacy")
        XCTAssertEqual(LinkTargets.comparable("https://acme.com/intl/pt-BR/privacy?lang=pt&id=7"), "acme.com/privacy?id=7")
        XCTAssertEqual(LinkTargets.comparable("https://fr.acme.com/privacy"), "acme.com/privacy")
        XCTAssertEqual(LinkTargets.comparable("https://acme.com/terms"), "acme.com/terms")
        XCTAssertNil(LinkTargets.comparable("https://www.example.com/privacy"))
        XCTAssertEqual(LinkTargets.fact("mailto:Privacy@Acme.com?subject=Hi", line: 3)?.value, "privacy@acme.com")
        XCTAssertEqual(LinkTargets.fact("tel:+1-866-888-3962", line: 3)?.value, "18668883962")
        XCTAssertNil(LinkTargets.fact("#section-2", line: 3))
        XCTAssertEqual(try facts("See https://example.org/x and write to a@example.com.", "en"), [])
    }

    /// A heading's article number is structure, not a fact: "Article 1 (Definitions)" and
    /// "제2조(...)" as much as "1." or 第1条; in body text "Art. 6" stays a fact.
    func testArticleNumbersOfHeadingsAreNumbering() {
        func numbering(_ value: String, _ text: String, heading: Bool = true) -> Bool {
            PolicyAligner.isNumbering(Fact(kind: .number, value: value, text: value, line: 1), of: text, isHeading: heading)
        }
        XCTAssertTrue(numbering("1", "Article 1 (Definitions)"))
        XCTAssertTrue(numbering("2", "Article 2 (Items of personal information to be processed and its holding period)"))
        XCTAssertTrue(numbering("4", "Artículo 4. Derechos"))
        XCTAssertTrue(numbering("2", "제2조(처리하는 개인정보의 항목과 보유기간)"))
        XCTAssertFalse(numbering("6", "Art. 6 para. 1 lit. a GDPR", heading: false))
        XCTAssertFalse(numbering("30", "Article 1 (Purpose): within 30 days"))
    }

    /// A translation's link to its own language's version of a page, or a phone number
    /// written nationally, states the same fact; a different page on the site does not.
    func testLocalizedLinksAndPhonesAreTheSameFact() {
        func same(_ a: String, _ b: String) -> Bool {
            FactComparison.equivalent(Fact(kind: .url, value: LinkTargets.comparable(a) ?? "", text: a, line: 1),
                                   Fact(kind: .url, value: LinkTargets.comparable(b) ?? "", text: b, line: 1))
        }
        XCTAssertTrue(same("https://www.canada.ca/en/treasury-board-secretariat.html", "https://www.canada.ca/fr/secretariat-conseil-tresor.html"))
        XCTAssertTrue(same("http://laws-lois.justice.gc.ca/eng/acts/P-21/index.html", "http://laws-lois.justice.gc.ca/fra/lois/P-21/index.html"))
        XCTAssertTrue(same("http://www.infosource.gc.ca/emp/emp03-eng.asp#psu914", "http://www.infosource.gc.ca/emp/emp03-fra.asp#pou914"))
        XCTAssertTrue(same("https://www.hel.fi/en/decision-making/get-involved", "https://www.hel.fi/sv/beslutsfattande-och-forvaltning/delta-och-paverka"))
        XCTAssertTrue(same("https://legal.heaan.com/privacy", "https://legal.heaan.com/privacy-ko"))
        XCTAssertTrue(same("PRIVACY.ko.md", "PRIVACY.md"))
        XCTAssertTrue(same("https://creativecommons.org/licenses/by-nc-sa/4.0/deed.en", "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fi"))
        XCTAssertTrue(same("https://coronamelder.nl/{{ .Lang }}/faq/", "https://coronamelder.nl/nl/faq/13-gebruik-app/"), "a template's variable")
        XCTAssertFalse(same("https://coronamelder.nl/{{ .Lang }}/faq/", "https://acme.nl/faq/"))
        XCTAssertFalse(same("https://www.canada.ca/en/privacy.html", "https://www.canada.ca/en/terms.html"))
        XCTAssertFalse(same("https://acme.com/privacy", "https://acme.com/terms-de"))
        XCTAssertFalse(same("https://www.cloudflare.com/privacypolicy/", "https://vercel.com/legal/privacy-policy"))

        func phone(_ a: String, _ b: String) -> Bool {
            FactComparison.equivalent(Fact(kind: .phone, value: a, text: a, line: 1), Fact(kind: .phone, value: b, text: b, line: 1))
        }
        XCTAssertTrue(phone("05017213991", "815017213991"))
        XCTAssertTrue(phone("0120700779", "810120700779"))
        XCTAssertTrue(phone("8668883962", "18668883962"))
        XCTAssertFalse(phone("8668883962", "18668883963"))
        XCTAssertFalse(phone("3962", "18668883962"))
    }
}

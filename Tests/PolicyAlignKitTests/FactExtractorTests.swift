import XCTest
@testable import PolicyAlignKit

final class FactExtractorTests: XCTestCase {
    private func facts(_ text: String, _ language: String) throws -> [String] {
        let extractor = try FactExtractor(lexicon: XCTUnwrap(Fixtures.lexicons.compiled(language)))
        return extractor.facts(in: text, line: 1).map { "\($0.kind.rawValue):\($0.value)" }
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
        XCTAssertEqual(try facts("Dikemas kini pada 9 Oktober 2017", "ms"), ["number:9", "date:2017"])
        XCTAssertEqual(try facts("最終更新日：2017年10月9日", "ja"), ["date:2017", "number:9"])
        XCTAssertEqual(try facts("individuals under the age of thirteen (13)", "en"), ["number:13"])
        XCTAssertEqual(try facts("Conforme au RGPD.", "fr"), ["reference:gdpr"])
        XCTAssertEqual(try facts("Updated 10/09/2017", "en"), ["number:10", "number:9", "date:2017"])
    }
}

import XCTest
@testable import PolicyAlignKit

final class SentenceTests: XCTestCase {
    func testSentencesWithTheLanguagesRules() throws {
        XCTAssertEqual(try SentenceSplitter(locale: "en").split("We collect data. We keep it for 7 years. Contact us at a@b.io."),
                       ["We collect data.", "We keep it for 7 years.", "Contact us at a@b.io."])
        XCTAssertEqual(try SentenceSplitter(locale: "zh-Hans").split("我们收集您的信息。我们将其保留七年。"), ["我们收集您的信息。", "我们将其保留七年。"])
        XCTAssertEqual(try SentenceSplitter(locale: "ja").split("当社は情報を収集します。7年間保存します。"), ["当社は情報を収集します。", "7年間保存します。"])
    }

    /// Thai ends sentences with a space, not punctuation.
    func testThaiSentencesEndAtSpaces() throws {
        let first = "เราเก็บรวบรวมข้อมูลส่วนบุคคลของท่านเมื่อท่านสมัครสมาชิกหรือสั่งซื้อสินค้าผ่านเว็บไซต์ของเราทุกครั้ง"
        let second = "เราจะเก็บรักษาข้อมูลดังกล่าวไว้ตามระยะเวลาที่จำเป็นตามสัญญาและตามที่กฎหมายกำหนดเท่านั้น"
        XCTAssertEqual(try SentenceSplitter(locale: "th").split(first + " " + second), [first, second])
        XCTAssertEqual(try SentenceSplitter(locale: "th").split("ติดต่อเรา ที่อีเมล"), ["ติดต่อเรา ที่อีเมล"], "short phrases stay together")
    }
}

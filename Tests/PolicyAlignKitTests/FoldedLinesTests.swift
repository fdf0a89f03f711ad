import XCTest
@testable import PolicyAlignKit
import PolicyText

/// Lines folded and broken once for every reader give each reader what it read alone.
final class FoldedLinesTests: XCTestCase {
    /// Paragraphs of the corpus in each language, with lines built to trip the sharing:
    /// accents in dictionary-segmented text, CR LF, marks standing alone, Turkish I, EU:n.
    private static let texts: [(language: String, text: String)] = {
        // Paragraphs of several lines, as section bodies are.
        let texts = Fixtures.corpusTexts.flatMap { policy in policy.text.components(separatedBy: "\n\n").map { (policy.language, $0) } }
        let tricky = [
            "Données personnelles\nl’été, DONNÉES", "漢字 e\u{301}tude 日本語", "カ\u{3099}タカナ", "A\r\nB. Cd",
            "\u{301}word other words", "İstanbul IĞDIR ılık", "EU:n yleinen tietosuoja-asetus", "Ｆｕｌｌ ｗｉｄｔｈ ＡＢＣ",
            "ข้อมูลส่วนบุคคล é", "مُحَمَّد البيانات", "שָׁלוֹם מידע", "Google™ m² ½", "",
        ]
        return texts + ["en", "fr", "ja", "th", "ar", "tr", "fi", "de", "zh-Hans"].flatMap { language in tricky.map { (language, $0) } }
    }()

    func testClassifiersReadSharedLinesAsTheyReadAlone() throws {
        let analyzer = try PolicyAnalyzer(lexicons: Fixtures.lexicons)
        let lines = try FoldedLines()
        var alone: [String: SectionClassifier] = [:]
        var shared = 0
        for (language, text) in Self.texts {
            guard let compiled = Fixtures.lexicons.compiled(language) else { continue }
            let reference = try alone[language] ?? SectionClassifier(lexicon: compiled, taxonomy: Fixtures.lexicons.taxonomy)
            alone[language] = reference
            let classifier = try XCTUnwrap(analyzer.classifier(for: language))
            classifier.share(lines)
            if classifier.sharesLines { shared += 1 }
            lines.open()
            // Twice: the second reading comes from the remembered lines.
            for _ in 0..<2 {
                XCTAssertEqual(classifier.classify(heading: nil, body: text), reference.classify(heading: nil, body: text), "\(language): \(text)")
                XCTAssertEqual(classifier.classify(heading: text, body: ""), reference.classify(heading: text, body: ""), "\(language): \(text)")
            }
            lines.close()
        }
        XCTAssertGreaterThan(shared, Self.texts.count / 2)
    }

    func testIdentifierReadsSharedLinesAsItReadsAlone() throws {
        let reference = try LanguageIdentifier(lexicons: Fixtures.lexicons)
        let lines = try FoldedLines()
        let identifier = try LanguageIdentifier(lexicons: Fixtures.lexicons, lines: lines)
        for (_, text) in Self.texts {
            lines.open()
            for _ in 0..<2 {
                XCTAssertEqual(identifier.identify(text), reference.identify(text), text)
                XCTAssertEqual(identifier.identify(text, among: ["en", "fr", "de"]), reference.identify(text, among: ["en", "fr", "de"]), text)
            }
            lines.close()
        }
    }

    func testOnlyLocalesBreakingByTheRootRulesShare() throws {
        let root = try Tokenizer(locale: "und")
        for locale in ["en", "de", "fr", "ja", "th", "zh-Hans", "ar", "ko"] {
            XCTAssertTrue(try Tokenizer(locale: locale).readsLike(root), locale)
        }
        // Finnish and Swedish keep "EU:n" one word; Turkish folds I to ı.
        for locale in ["fi", "sv", "tr"] {
            XCTAssertFalse(try Tokenizer(locale: locale).readsLike(root), locale)
        }
    }

    func testStripSafeLines() {
        func safe(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { FoldedLines.isStripSafe($0) }
        }
        XCTAssertTrue(safe("Données personnelles, l’été"))
        XCTAssertTrue(safe("日本語のテキスト"))
        XCTAssertTrue(safe("مُحَمَّد"))
        XCTAssertFalse(safe("漢字 e\u{301}tude"))
        XCTAssertFalse(safe("ข้อมูล e\u{301}"))
        // A precomposed letter changes only its own Latin word.
        XCTAssertTrue(safe("ข้อมูล é"))
    }
}

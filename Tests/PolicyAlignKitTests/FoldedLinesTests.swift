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

    /// A line that folds word by word, broken raw with each word folded alone, gives the
    /// words and classes of the line folded whole and then broken: on every corpus line, on
    /// tricky lines, and on every character `foldsAlone` admits between neighbours of each
    /// word-break class (letters, digits, marks, the punctuation inside words, spaces).
    func testLinesFoldedWordByWordGiveTheWordsOfTheFoldedLine() throws {
        let tokenizer = try Tokenizer(locale: "und")
        func words(_ line: String, raw: Bool) -> [String] {
            var line = line
            return line.withUTF8 { bytes in
                var words: [String] = []
                if raw {
                    tokenizer.forEachRawWordSegment(bytes) { word, wordClass in
                        words.append("\(tokenizer.fold(word: word))|\(wordClass.rawValue)")
                    }
                } else {
                    tokenizer.forEachWordSegment(bytes, foldAccents: false) { word, wordClass in
                        words.append("\(String(decoding: word, as: UTF8.self))|\(wordClass.rawValue)")
                    }
                }
                return words
            }
        }
        func foldsWordByWord(_ line: String) -> Bool {
            var line = line
            return line.withUTF8 { FoldedLines.foldsWordByWord($0) }
        }
        var checked = 0
        func check(_ line: String) {
            guard foldsWordByWord(line) else { return }
            checked += 1
            XCTAssertEqual(words(line, raw: true), words(line, raw: false), line.debugDescription)
        }
        Fixtures.corpusLines.forEach(check)
        XCTAssertGreaterThan(checked, Fixtures.corpusLines.count / 2)
        let tricky = [
            "Données personnelles, l’été, DONNÉES", "A\r", "\u{301}word", "word \u{301}x", "İstanbul IĞDIR ılık",
            "Straße STRASSE ẞ", "ﬁle Ǆ ǅ ĳ", "µg ª º", "ŀl aŀ ŉ", "ΣΑΣ", "1,000.50 1’000 d’accès a’", "a…b 1…2 …",
            "Привет, МИР! Ёлка", "البيانات الشخصية ٣٤٥ ١٬٢", "개인정보 처리방침 2024년", "Tiếng Việt Điều khoản",
            "a\u{A0}b «\u{A0}x\u{A0}»", "x_y 3_a _a", "€5 ©2024 ®", "l·l a·", "ș ț Ș Ț", "\u{345}", "e\u{345}",
        ]
        tricky.forEach(check)
        // Each admitted character between neighbours of each class.
        let neighbours = ["", "a", "Z", "1", " ", ".", "'", ":", ",", "_", "\u{301}", "é", "Я", "ب", "가", "’", "·", "\u{A0}"]
        for value in 0x80...0xFFFF where FoldedLines.foldsAlone(UInt32(value)) {
            // Hangul syllables all read alike: a sample of them.
            if (0xAC00...0xD7A3).contains(value), value % 97 != 0 { continue }
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let character = String(scalar)
            for before in neighbours {
                for after in neighbours {
                    check(before + character + after)
                    check(before + character + character + after)
                }
            }
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

import XCTest
@testable import PolicyAlignKit
@testable import PolicyText

/// The byte-level and interned paths give what the Character- and String-level code they
/// replace gave, on every line of the corpus and on lines built to trip them.
final class FastPathTests: XCTestCase {
    private static let lines = Fixtures.corpusLines + tricky

    /// Combining marks, CR LF, a space with a mark, Prepend, jamo, Thai vowels, ZWJ.
    private static let tricky = [
        "e\u{301}tude. Une e\u{301}tude", "A\r\nB. Cd", " \u{301}word other words", "\u{600}1. Title", "Ｉ. 概要",
        "\u{1100}\u{1161}\u{11A8} 한국어", "ภาษาไทย คำ", "👩\u{200D}💻 Team: Ab", "(ii) Your Rights", "第三条 个人信息",
        "iv. Use of Data", "b) Cookies", "“Quoted”", "PRIVACY NOTICE", "Who We Are?", "A/B Testing And More",
        "Last updated: March 3, 2021", "1.2.1 Sharing", "٣. المعلومات", "Άρθρο 1", "Ελληνικά κείμενα.",
    ]

    /// The Character-level readings the byte paths replaced.
    private func referenceTitleCaseRatio(_ text: Substring) -> Double {
        var long = 0, capitalized = 0
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "/" }) {
            let letters = word.drop { !$0.isLetter }
            guard letters.filter(\.isLetter).count >= 4, let first = letters.first else { continue }
            long += 1
            if first.isUppercase { capitalized += 1 }
        }
        guard long > 0 else { return referenceStartsUppercase(text) ? 1 : 0 }
        return Double(capitalized) / Double(long)
    }

    private func referenceStartsUppercase(_ text: Substring) -> Bool {
        guard let first = text.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        if first.isNumber { return true }
        return !first.isCased || first.isUppercase
    }

    func testLineShapesMatchCharacterReadings() {
        for line in Self.lines {
            let text = Substring(line)
            XCTAssertEqual(LineShape.titleCaseRatio(text), referenceTitleCaseRatio(text), line)
            XCTAssertEqual(LineShape.startsUppercase(text), referenceStartsUppercase(text), line)
            XCTAssertEqual(LineShape.isCased(text), text.first(where: { $0.isLetter })?.isCased ?? false, line)
            for limit in [3, 12] {
                XCTAssertEqual(LineShape.hasAtMostWords(text, limit), text.split(whereSeparator: { $0.isWhitespace }).count <= limit, line)
            }
            let folded = TextFolding.fold(line, stripAccents: true)
            XCTAssertEqual(SectionDetector.lettersAndNumbers(folded), folded.filter { $0.isLetter || $0.isNumber }, line)
            let body = Numbering.parse(text)?.rest ?? text
            XCTAssertEqual(SectionDetector.headingKey(line),
                           TextFolding.fold(String(body), stripAccents: true).filter { $0.isLetter || $0.isNumber }, line)
        }
    }

    func testNumberingQuickRejectMatchesFullParse() {
        let labels = ["iv. Use", "B) Cookies", "a. Data", "I. Intro", "xi) More", "Ab. c", "vi\u{301}. Word",
                      "iv．Use", "c） Ja", "mdcl. X", "Privacy", "We x", "i", "iv.", "ABCDE. Text", "ABCDEF. Text", "A\r\nB"]
        // The quick test reads lines that open with an ASCII letter; others never reach it.
        for line in Self.lines + labels where line.first.map({ $0.isASCII && $0.isLetter }) ?? false {
            let text = Substring(line)
            let quick = Numbering.parse(text)
            let full = Numbering.parseLabel(text)
            XCTAssertEqual(quick?.label, full?.label, line)
            XCTAssertEqual(quick?.rest, full?.rest, line)
            XCTAssertEqual(quick?.depth, full?.depth, line)
            XCTAssertEqual(quick.map { "\($0.kind)" }, full.map { "\($0.kind)" }, line)
        }
    }

    func testCountsMatchCharacterReadings() {
        for line in Self.lines + ["A\r\nB", "a\rb", "\r\n"] {
            let text = Substring(line)
            XCTAssertEqual(LineShape.characterCount(text), text.count, line)
            XCTAssertEqual(LineShape.hasLetter(text), text.contains { $0.isLetter }, line)
        }
    }

    func testCharacterPrefixMatchesStringPrefix() {
        let texts = Self.lines + [Self.lines.prefix(40).joined(separator: "\n"), "e\u{301}e\u{301}e\u{301}", "ab\r\ncd"]
        for text in texts {
            for count in [1, 2, 5, 40, 800] {
                XCTAssertEqual(TextSample.characters(text, count), String(text.prefix(count)), "\(count): \(text)")
            }
        }
    }

    func testByteSearchMatchesStringSearch() {
        let texts = ["", "h", "http", "see https://example.org", "xhtt", "ends with ://", "www", "a www.b",
                     "ü http ü", "日本語 | 中文", "||", " | ", "aaab", "ab" + String(repeating: "a", count: 300) + "b"]
        let needles = ["http", "://", "www.", " | ", "aab", "ü h", "語 |", "b"]
        for text in texts {
            for needle in needles {
                XCTAssertEqual(ByteSearch.contains(text, needle), text.utf8.count >= needle.utf8.count
                               && (0...(text.utf8.count - needle.utf8.count)).contains { Array(text.utf8).dropFirst($0).starts(with: needle.utf8) },
                               "\(needle) in \(text)")
                XCTAssertEqual(ByteSearch.contains(text.dropFirst(), needle), ByteSearch.contains(String(text.dropFirst()), needle))
            }
        }
    }

    func testSourceLinesMatchScalarSplit() {
        let text = "a\nb\r\nc\rd\u{85}e\u{2028}f\u{2029}g\r\n\nh\u{301}\r"
        XCTAssertEqual(SourceLines.split(text), ["a", "b", "c", "d", "e", "f", "g", "", "h\u{301}"])
    }

    func testInternedHitsMatchStringHits() throws {
        for tag in ["en", "ms", "id", "ja", "ar", "ru", "th"] {
            let lexicon = try XCTUnwrap(Fixtures.lexicons.compiled(tag))
            let tokenizer = try Tokenizer(locale: tag)
            let cache = LexiconWordCache(lexicon: lexicon)
            for line in Self.lines.prefix(3000) {
                let words = tokenizer.words(line, foldAccents: lexicon.foldAccents)
                XCTAssertEqual(cache.hits(in: line, tokenizer: tokenizer), lexicon.hits(in: words), "\(tag): \(line)")
            }
        }
    }

    /// Texts holding every scalar of the scripts policies are written in, and samples of
    /// the rest, a few at a time, beside ASCII letters and punctuation.
    private static let scalarRuns: [String] = {
        let values = Array(0x80...0x2FFF) + Array(0x3000...0xD7FF) + Array(stride(from: 0xE000, through: 0x10FFFF, by: 97))
        let scalars = values.compactMap { Unicode.Scalar(UInt32($0)) }
        return stride(from: 0, to: scalars.count, by: 5).map { start in
            var text = "Ab-"
            text.unicodeScalars.append(contentsOf: scalars[start..<min(start + 5, scalars.count)])
            return text + " z@["
        }
    }()

    func testLetterGroupsByBytesMatchScalarReading() {
        for text in Self.lines + Self.scalarRuns + ["", "@[`{", "AZaz"] {
            XCTAssertEqual(Scripts.letterGroups(in: text), Scripts.letterGroupsByScalar(in: text), text)
        }
        XCTAssertEqual(Scripts.letterGroups(in: Self.lines.joined(separator: "\n")), Scripts.letterGroupsByScalar(in: Self.lines.joined(separator: "\n")))
    }

    /// `PolicyAnalyzer.hasLetters` as it read scalars before it read bytes.
    private func referenceHasLetters(_ text: String, atLeast count: Int) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isLetter = value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : scalar.properties.isAlphabetic
            if isLetter { letters += 1; if letters >= count { return true } }
        }
        return false
    }

    func testLetterCountByBytesMatchesScalarReading() {
        for text in Self.lines + Self.scalarRuns + ["", "@[`{", "AZaz"] {
            for count in [1, 3, 8, 100] {
                XCTAssertEqual(PolicyAnalyzer.hasLetters(text, atLeast: count), referenceHasLetters(text, atLeast: count), "\(count): \(text)")
            }
        }
    }

    /// `SectionClassifier.fieldLabel` as it read Characters before its byte reading.
    private func referenceFieldLabel(_ line: Substring) -> Substring? {
        guard let colon = line.prefix(41).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = SourceLines.trim(line[..<colon])
        let value = line[line.index(after: colon)...]
        guard !label.isEmpty, LineShape.hasAtMostWords(label, 4),
              label.contains(where: \.isLetter), !label.contains(where: { ".,;()?!\"“”/".contains($0) || $0.isNumber }),
              value.first.map({ $0 == " " || $0 == "\u{3000}" || colon < line.endIndex && line[colon] == "：" }) == true,
              value.contains(where: \.isLetter) else { return nil }
        return label
    }

    func testFieldLabelByBytesMatchesCharacterReading() {
        let long = String(repeating: "a", count: 40)
        let fields: [String] = [
            "Legal basis: consent", "Legal basis:consent", "Legal basis: ", "Legal basis:", "Legal basis: 123", "Legal basis: \u{600}a",
            "Legal basis: \u{301}consent", "Legal basis:\u{301} consent", "Legal basis :\tconsent", "Legal basis:\r\n", "Rechtsgrundlagen: Art. 6",
            "Legal basis (GDPR): consent", "Art. 6: consent", "Purpose 1: x", "A/B: test", "“Basis”: x", "Basis\u{301}: consent",
            ": consent", "   : consent", "\t Legal basis  : consent", "Base légale : consentement", "法的根拠：同意", "法的根拠: 同意",
            "Legal basis:\u{3000}consent", "One two three four five: value", "http://example.com: x", "Time 10:30: now",
            "Legal basis: 1 é", "Legal basis: - é", "Legal basis: (a)", "Legal basis: ...", "Legal basis: x\u{301}",
            "Contact: privacy@example.com", "Note: e", "Note: \u{1F600}", long + ": value",
            long + "a: value", "Legal basis! x: consent", "Lawful basis;: consent",
        ]
        for line in Self.lines + fields {
            let parts: [Substring] = [Substring(line)] + line.components(separatedBy: "; ").map { Substring($0) }
            for part in parts {
                XCTAssertEqual(SectionClassifier.fieldLabel(of: part), referenceFieldLabel(part), String(part))
            }
        }
    }

    func testLeadersAreTheHeadOfTheRanking() {
        var generator = SystemRandomNumberGenerator()
        let choices: [Double] = [0, 0, 0.5, 1, 1, 2, 2.5, 4, 4, 7.25, -0.0]
        for length in [1, 2, 3, 4, 5, 30] {
            for _ in 0..<300 {
                let scores = (0..<length).map { _ in choices.randomElement(using: &generator)! }
                let ranked = scores.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }
                XCTAssertEqual(SectionClassifier.leaders(of: scores), Array(ranked.prefix(3)), "\(scores)")
            }
        }
    }

    /// `CompiledLexicon.forEachPiece` as it split terms before it read bytes.
    private func referencePieces(of term: String) -> [Substring] {
        var pieces: [Substring] = []
        if term.utf8.allSatisfy({ $0 < 0x80 }) {
            let utf8 = term.utf8
            var start: String.Index?
            for index in utf8.indices {
                let isSpace = utf8[index] == 0x20 || (0x09...0x0D).contains(utf8[index])
                if isSpace, let pieceStart = start { pieces.append(term[pieceStart..<index]); start = nil }
                else if !isSpace, start == nil { start = index }
            }
            if let start { pieces.append(term[start...]) }
        } else {
            for piece in term.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }) { pieces.append(Substring(piece)) }
        }
        return pieces
    }

    func testTermPiecesByBytesMatchScalarSplit() {
        var terms = ["a b", " a\tb ", "数据\u{3000}收集", "données\u{A0}personnelles", "a\u{2009}b\u{205F}c", "x\u{85}y", "", "   ",
                     "e\u{301} \u{301}", "collect*", "we collect*", "ข้อมูล ส่วนบุคคล", "\u{1680}a\u{2028}b\u{200B}c"]
        for tag in Fixtures.lexicons.tags {
            guard let lexicon = Fixtures.lexicons.lexicon(tag) else { continue }
            terms += lexicon.sections.values.flatMap { $0.map(\.text) } + lexicon.falseFriends + lexicon.boilerplate
        }
        for term in terms {
            var pieces: [Substring] = []
            CompiledLexicon.forEachPiece(of: term) { pieces.append($0) }
            XCTAssertEqual(pieces, referencePieces(of: term), term)
        }
        for value in 0x80...0x10FFFF {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isWhitespace else { continue }
            XCTAssertTrue(CompiledLexicon.mayBeWhitespace(UInt32(value)), String(value, radix: 16))
        }
    }

    func testLetterRangesAreAlphabetic() {
        for value in UInt32(0x80)...0x10FFFF where PolicyAnalyzer.isAlphabeticByRange(value) {
            XCTAssertTrue(Unicode.Scalar(value)!.properties.isAlphabetic, String(value, radix: 16))
        }
        // Eight ASCII bytes of every kind, letters counted at once as one by one.
        for start in stride(from: 0, to: 128, by: 3) {
            let bytes = (0..<8).map { UInt8((start + $0 * 17) % 128) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            XCTAssertEqual(Scripts.asciiLetters(in: word), bytes.filter { ByteScan.isASCIILetter($0) }.count, "\(bytes)")
        }
    }

    /// `SectionClassifier.fieldLabelsOnly` as it was before lines were split at "; " only
    /// when a colon follows: every line holding "; " split and read.
    private func referenceFieldLabelsOnly(_ body: String, classifier: SectionClassifier) -> String {
        guard let legalBasis = classifier.taxonomy.position(of: "legal-basis") else { return body }
        func legalBasisLabel(_ field: Substring) -> Substring? {
            guard let label = referenceFieldLabel(field) else { return nil }
            let names = classifier.hits(inHeading: String(label)).contains {
                classifier.lexicon.entries[$0.entry].section == legalBasis && classifier.lexicon.entries[$0.entry].role != .generic
            }
            return names ? label : nil
        }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if let label = legalBasisLabel(line) { return String(label) }
            guard ByteSearch.contains(line, "; ") else { return String(line) }
            let parts = line.components(separatedBy: "; ")
            return parts.map { part in legalBasisLabel(Substring(part)).map(String.init) ?? part }.joined(separator: "; ")
        }.joined(separator: "\n")
    }

    func testFieldLabelsMatchReadingEverySemicolonLine() throws {
        let analyzer = Fixtures.analyzer()
        let tricky = [
            "Purpose: analytics; Legal basis: consent", "Legal basis: consent; more", "a; b", "Note; Legal basis：同意",
            "x; y: z", "Legal basis: Art. 6; ", "; Legal basis: consent", "\u{600}: a; b", "Legal basis: a\u{600}; b",
            "Zweck: Analyse; Rechtsgrundlagen: Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)", "Finalité : mesure; Base légale : consentement",
            "Purpose; Legal basis: consent; Legal basis: contract", "Processing: x;\u{301} Legal basis: consent",
        ]
        let paragraphs = Fixtures.corpusTexts.flatMap { $0.text.components(separatedBy: "\n\n") }
        for tag in ["en", "de", "fr", "es", "pt", "ja", "zh-Hans"] {
            let classifier = try XCTUnwrap(analyzer.classifier(for: tag))
            for text in paragraphs + tricky {
                XCTAssertEqual(classifier.fieldLabelsOnly(text), referenceFieldLabelsOnly(text, classifier: classifier), "\(tag): \(text)")
            }
        }
    }
}

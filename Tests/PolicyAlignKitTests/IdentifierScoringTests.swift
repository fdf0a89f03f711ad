import XCTest
@testable import PolicyAlignKit
import PolicyText

/// The identifier's scoring by distinct form adds what looking up every word added, in the
/// same order (sums of doubles depend on it).
final class IdentifierScoringTests: XCTestCase {
    /// Corpus paragraphs and lines built to trip the reading: accents in segmented text,
    /// CR LF, lone marks, numbers, kana with voicing marks, mixed scripts.
    private static let texts: [String] = {
        let paragraphs = Fixtures.corpusTexts.flatMap { $0.text.components(separatedBy: "\n\n") }
        let tricky = [
            "Données personnelles\nl’été, DONNÉES", "漢字 e\u{301}tude 日本語", "カ\u{3099}タカナ", "A\r\nB. Cd",
            "\u{301}word other words", "İstanbul IĞDIR ılık", "Ｆｕｌｌ ｗｉｄｔｈ ＡＢＣ", "ข้อมูลส่วนบุคคล é",
            "مُحَمَّد البيانات", "שָׁלוֹם מידע", "Google™ m² ½ 2024 ٣", "个人信息的收集 12 个人信息", "的 の 們",
            "Персональные данные\nёлка Ёлка", "", "\n\n",
        ]
        return paragraphs + tricky
    }()

    /// The scoring the per-form reading replaced: every word looked up in the tables.
    private func referenceScores(_ text: String, script: String, lines: FoldedLines) -> (scores: [Double], matched: [Int], tokens: Int) {
        let profiles = Fixtures.lexicons.languageProfiles
        let lookup = profiles.lookup(script: script)
        var scores = [Double](repeating: 0, count: profiles.tags.count)
        var matched = [Int](repeating: 0, count: profiles.tags.count)
        var tokens = 0
        func score(_ token: UnsafeBufferPointer<UInt8>, in profile: LanguageProfiles.WordTable, counting: Bool) {
            if counting { tokens += 1 }
            guard let hits = profile.hits(of: token) else { return }
            for (position, weight) in hits {
                scores[position] += weight
                matched[position] += 1
            }
        }
        for (profile, strip) in [(lookup.strippedWords, true), (lookup.accentedWords, false)] where strip || !profile.isEmpty {
            func scoreWord(_ word: UnsafeBufferPointer<UInt8>, _ wordClass: WordClass) {
                guard wordClass != .number else { return }
                score(word, in: profile, counting: strip)
                guard wordClass == .ideographic || wordClass == .kana else { return }
                let folded = String(decoding: word, as: UTF8.self)
                guard folded.count > 1 else { return }
                for character in folded {
                    var single = String(character)
                    single.withUTF8 { score($0, in: profile, counting: false) }
                }
            }
            lines.forEachLine(in: text, judgingStripSafety: strip) { line, words, stripSafe in
                guard !strip || stripSafe else {
                    lines.tokenizer.forEachWordSegment(line, foldAccents: true, scoreWord)
                    return
                }
                for word in words {
                    lines.withBytes(of: strip ? lines.stripped(word.form) : word.form) { scoreWord($0, word.wordClass) }
                }
            }
        }
        return (scores, matched, tokens)
    }

    /// The one-pass scoring as it was before its hits were kept by form: each word's entry
    /// ids looked up, then the tables' hits added, accents kept then removed.
    private func referenceOnePassScores(_ text: String, script: String, lines: FoldedLines) -> (scores: [Double], matched: [Int], tokens: Int) {
        let profiles = Fixtures.lexicons.languageProfiles
        let lookup = profiles.lookup(script: script)
        var scores = [Double](repeating: 0, count: profiles.tags.count)
        var matched = [Int](repeating: 0, count: profiles.tags.count)
        var words: [Int32] = []
        lines.forEachWord(in: text) { word in
            if word.wordClass != .number { words.append(word.form) }
        }
        func add(_ entry: Int32, of profile: LanguageProfiles.WordTable) {
            guard entry > 0 else { return }
            for (position, weight) in profile.hits(ofID: Int(entry) - 1) {
                scores[position] += weight
                matched[position] += 1
            }
        }
        for form in words {
            add(lines.withBytes(of: form) { lookup.accentedWords.entry(of: $0) }, of: lookup.accentedWords)
            add(lines.withBytes(of: lines.stripped(form)) { lookup.strippedWords.entry(of: $0) }, of: lookup.strippedWords)
        }
        return (scores, matched, words.count)
    }

    func testOnePassScoringByFormMatchesLookingUpEveryWord() throws {
        let referenceLines = try FoldedLines()
        let lines = try FoldedLines()
        let identifier = try LanguageIdentifier(lexicons: Fixtures.lexicons, lines: lines)
        for (index, text) in Self.texts.enumerated() {
            if index % 2 == 0 { lines.open(); referenceLines.open() }
            for _ in 0..<2 {
                let fast = identifier.profileScores(text, script: "Latn", inOnePass: true)
                let reference = referenceOnePassScores(text, script: "Latn", lines: referenceLines)
                XCTAssertEqual(fast.scores, reference.scores, text)
                XCTAssertEqual(fast.matched, reference.matched, text)
                XCTAssertEqual(fast.tokens, reference.tokens, text)
            }
            if index % 2 == 0 { lines.close(); referenceLines.close() }
        }
    }

    func testScoringByFormMatchesScoringEveryWord() throws {
        let referenceLines = try FoldedLines()
        let lines = try FoldedLines()
        let identifier = try LanguageIdentifier(lexicons: Fixtures.lexicons, lines: lines)
        for script in ["Latn", "Cyrl", "Arab", "Hani", "Thai", "Hang"] {
            for (index, text) in Self.texts.enumerated() {
                // Inside a document and outside one, twice each: the second reading comes
                // from the forms already looked up.
                if index % 2 == 0 { lines.open(); referenceLines.open() }
                for _ in 0..<2 {
                    let fast = identifier.profileScores(text, script: script, inOnePass: false)
                    let reference = referenceScores(text, script: script, lines: referenceLines)
                    XCTAssertEqual(fast.scores, reference.scores, "\(script): \(text)")
                    XCTAssertEqual(fast.matched, reference.matched, "\(script): \(text)")
                    XCTAssertEqual(fast.tokens, reference.tokens, "\(script): \(text)")
                }
                if index % 2 == 0 { lines.close(); referenceLines.close() }
            }
        }
    }
}

import PolicyText

/// Reads facts out of text with one language's lexicon: e-mails, URLs and phone numbers by
/// their shape; numbers in any script's digits; durations from a number and the
/// lexicon's unit words; percentages; legal references from the lexicon and their
/// acronyms. Holds an ICU iterator: one extractor per thread.
public final class FactExtractor {
    private let lexicon: CompiledLexicon
    private let tokenizer: Tokenizer

    /// Well-known acronyms of privacy laws, recognised in every language.
    static let lawAcronyms: [String: String] = [
        "gdpr": "gdpr", "rgpd": "gdpr", "dsgvo": "gdpr", "avg": "gdpr", "rodo": "gdpr",
        "ccpa": "ccpa", "cpra": "cpra", "coppa": "coppa", "caloppa": "caloppa", "pdpa": "pdpa",
        "lgpd": "lgpd", "pipeda": "pipeda", "appi": "appi", "pipl": "pipl", "hipaa": "hipaa",
        "ferpa": "ferpa", "glba": "glba", "pecr": "pecr", "vcdpa": "vcdpa", "cpa": "cpa",
    ]

    public init(lexicon: CompiledLexicon) throws {
        self.lexicon = lexicon
        tokenizer = try Tokenizer(locale: lexicon.tag)
    }

    public func facts(in text: String, line: Int) -> [Fact] {
        var facts: [Fact] = []
        let masked = extractShapes(text, line: line, into: &facts)
        extractTokens(masked, line: line, into: &facts)
        return facts
    }

    // MARK: E-mails, URLs, phone numbers

    /// Finds e-mails, URLs and phone numbers, and returns the text with them blanked out so
    /// their digits are not read again as numbers.
    private func extractShapes(_ text: String, line: Int, into facts: inout [Fact]) -> String {
        var ranges: [Range<String.Index>] = []
        for chunk in Self.addressCandidates(in: text) {
            if let fact = Self.shape(of: chunk, line: line) {
                if fact.kind != .placeholder { facts.append(fact) }
                ranges.append(chunk.startIndex..<chunk.endIndex)
            }
        }
        for phone in Self.phoneNumbers(in: text) where !ranges.contains(where: { $0.overlaps(phone) }) {
            let digits = String(text[phone].utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.map { Character(Unicode.Scalar($0)) })
            facts.append(Fact(kind: .phone, value: digits, text: String(text[phone]), line: line))
            ranges.append(phone)
        }
        return Self.blank(text, ranges)
    }

    /// The text with e-mails and URLs blanked out, for checks that read words.
    public static func maskingAddresses(_ text: String) -> String {
        let ranges = addressCandidates(in: text).filter { shape(of: $0, line: 0) != nil }.map { $0.startIndex..<$0.endIndex }
        return blank(text, ranges)
    }

    /// Runs of ASCII non-space characters with a dot or an at sign, trimmed of surrounding
    /// punctuation: every e-mail, URL and domain is one, even when Chinese or Thai text
    /// touches it without a space ("：support@x.com"). Scans bytes, not characters.
    static func addressCandidates(in text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x40 || $0 == 0x2E }) else { return [] }
        var result: [Substring] = []
        var index = utf8.startIndex
        func isRunByte(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F && byte != 0x3C && byte != 0x3E && byte != 0x22 }
        while index < utf8.endIndex {
            guard isRunByte(utf8[index]) else { index = utf8.index(after: index); continue }
            var end = index
            var marked = false
            while end < utf8.endIndex, isRunByte(utf8[end]) {
                if utf8[end] == 0x40 || utf8[end] == 0x2E { marked = true }
                end = utf8.index(after: end)
            }
            if marked {
                var chunk = text[index..<end]
                while let last = chunk.utf8.last, Self.trailingBytes.contains(last) { chunk = chunk.dropLast() }
                while let first = chunk.utf8.first, Self.leadingBytes.contains(first) { chunk = chunk.dropFirst() }
                if chunk.utf8.count >= 4 { result.append(chunk) }
            }
            index = end
        }
        return result
    }

    private static let trailingBytes: Set<UInt8> = Set(".,;:()[]{}\"'!?".utf8)
    private static let leadingBytes: Set<UInt8> = Set("([{\"'<".utf8)

    /// Replaces ranges with spaces, one per character, so the rest keeps its words.
    static func blank(_ text: String, _ ranges: [Range<String.Index>]) -> String {
        guard !ranges.isEmpty else { return text }
        var masked = text
        for range in ranges.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            masked.replaceSubrange(range, with: String(repeating: " ", count: text[range].count))
        }
        return masked
    }

    private static let topLevelDomains: Set<String> = ["com", "org", "net", "io", "co", "gov", "edu", "info", "biz", "app",
        "my", "id", "th", "sg", "uk", "de", "fr", "es", "it", "nl", "ru", "cn", "jp", "kr", "vn", "br", "pt", "eu", "us", "ca", "au", "in"]

    static func shape(of chunk: Substring, line: Int) -> Fact? {
        guard chunk.count >= 4 else { return nil }
        let lower = chunk.lowercased()
        if let at = chunk.firstIndex(of: "@"), at > chunk.startIndex {
            let domain = chunk[chunk.index(after: at)...]
            if domain.contains("."), domain.last?.isLetter == true,
               chunk.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._%+-@".contains($0)) }) {
                if LinkTargets.isPlaceholder(host: String(domain).lowercased()) { return placeholder(chunk, line: line) }
                return Fact(kind: .email, value: lower, text: String(chunk), line: line)
            }
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
            guard let value = LinkTargets.comparable(String(chunk)) else { return placeholder(chunk, line: line) }
            return Fact(kind: .url, value: value, text: String(chunk), line: line)
        }
        // A bare domain, with or without a path ("dynatronsoftware.com",
        // "google.com/policies/privacy"): ASCII labels ending in a known TLD.
        let host = lower.prefix { $0 != "/" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count >= 2, let tld = labels.last, topLevelDomains.contains(String(tld)),
           labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "/") } }),
           labels.dropLast().contains(where: { $0.count >= 3 && $0.contains(where: \.isLetter) }) {
            guard let value = LinkTargets.comparable(String(chunk)) else { return placeholder(chunk, line: line) }
            return Fact(kind: .url, value: value, text: String(chunk), line: line)
        }
        return nil
    }

    /// A documentation address (example.com): recognised, so it is masked like any address,
    /// but no fact to compare.
    private static func placeholder(_ chunk: Substring, line: Int) -> Fact {
        Fact(kind: .placeholder, value: String(chunk).lowercased(), text: String(chunk), line: line)
    }

    /// Phone numbers: runs of ASCII digits, spaces, dashes, dots and brackets with 7 to 15
    /// digits in two groups or more, e.g. "(866) 888-3962", "+60 3-1234 5678".
    static func phoneNumbers(in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x28 || byte == 0x29 || byte == 0x2B }
        guard utf8.contains(where: isDigit) else { return [] }
        var result: [Range<String.Index>] = []
        var index = utf8.startIndex
        var previous: UInt8 = 0x20
        while index < utf8.endIndex {
            let byte = utf8[index]
            let startsHere = (isDigit(byte) || byte == 0x2B || byte == 0x28) && !(isDigit(previous) || (previous >= 0x41 && previous <= 0x7A))
            guard startsHere else { previous = byte; index = utf8.index(after: index); continue }
            var end = index, lastDigit = index
            var digits = 0, groups = 0, dots = 0, spacesOrDashes = 0
            var inDigits = false
            while end < utf8.endIndex {
                let c = utf8[end]
                if isDigit(c) { digits += 1; if !inDigits { groups += 1 }; inDigits = true; lastDigit = end }
                else if isSeparator(c) { inDigits = false; if c == 0x2E { dots += 1 } else { spacesOrDashes += 1 } }
                else { break }
                end = utf8.index(after: end)
            }
            let trimmedEnd = digits > 0 ? utf8.index(after: lastDigit) : index
            if (7...15).contains(digits), groups >= 2, spacesOrDashes > 0, dots == 0 || groups >= 3 {
                result.append(index..<trimmedEnd)
                index = end
                previous = 0x20
            } else {
                previous = byte
                index = utf8.index(after: index)
            }
        }
        return result
    }

    // MARK: Numbers, durations, percentages, references

    private func extractTokens(_ text: String, line: Int, into facts: inout [Fact]) {
        let segments = tokenizer.segments(text)
        let foldedWords = segments.map { TextFolding.fold(String($0.word), stripAccents: lexicon.foldAccents) }
        var consumed = Set<Int>()

        // Legal references: the lexicon's phrases, then well-known acronyms.
        for (index, word) in foldedWords.enumerated() where !consumed.contains(index) {
            for length in stride(from: min(8, foldedWords.count - index), through: 1, by: -1) {
                let phrase = Array(foldedWords[index..<(index + length)])
                if let id = lexicon.referencePhrases[phrase] ?? (length == 1 ? Self.lawAcronyms[word] : nil) {
                    let start = segments[index].word.startIndex, end = segments[index + length - 1].word.endIndex
                    facts.append(Fact(kind: .reference, value: id, text: String(text[start..<end]), line: line))
                    for offset in index..<(index + length) { consumed.insert(offset) }
                    break
                }
            }
        }

        var index = 0
        while index < segments.count {
            defer { index += 1 }
            guard !consumed.contains(index) else { continue }
            let (word, wordClass) = segments[index]
            var value: String?
            if wordClass == .number { value = Self.normalizedNumber(word) }
            else if let number = lexicon.numberWords[foldedWords[index]] { value = String(number) }
            guard let value else { continue }
            let isWord = wordClass != .number

            // "2016/679", "95/46/EC": EU act numbers (a date "10/09/2017" has a third part).
            if word.count == 4 || word.count == 2, word.unicodeScalars.allSatisfy({ Scripts.digitValue(of: $0) != nil }),
               text[word.endIndex...].hasPrefix("/"), index + 1 < segments.count, segments[index + 1].wordClass == .number,
               segments[index + 1].word.count >= 2, !text[..<word.startIndex].hasSuffix("/"),
               text.index(after: word.endIndex) == segments[index + 1].word.startIndex,
               !(index + 2 < segments.count && segments[index + 2].wordClass == .number
                 && text[segments[index + 1].word.endIndex..<segments[index + 2].word.startIndex] == "/") {
                let next = segments[index + 1].word
                facts.append(Fact(kind: .reference, value: "\(value)/\(Self.normalizedNumber(next) ?? "")",
                                  text: String(text[word.startIndex..<next.endIndex]), line: line))
                index += 1
                continue
            }
            // CJK dates "2017年10月9日": year and day as the Latin "9 October 2017" gives them;
            // the month is part of the date, and 日 there is no duration.
            if let date = cjkDate(at: index, segments: segments) {
                facts.append(Fact(kind: .date, value: value, text: String(word), line: line))
                if let day = date.day, let dayValue = Self.normalizedNumber(segments[day].word) {
                    facts.append(Fact(kind: .number, value: dayValue, text: String(segments[day].word), line: line))
                }
                index = date.end
                continue
            }
            let dateUnit = isWord ? nil : unitBefore(index, segments: segments, foldedWords: foldedWords, text: text)
            if dateUnit == "month" { continue }  // the month of a date ("tháng 10")
            if dateUnit == nil, let unit = unit(after: index, segments: segments, foldedWords: foldedWords, text: text) {
                let end = segments[unit.end].word.endIndex
                // "thirteen (13) years": the digits say the number.
                var number = value
                if isWord, index + 1 < unit.end, segments[index + 1].wordClass == .number,
                   let digits = Self.normalizedNumber(segments[index + 1].word) {
                    number = digits
                }
                facts.append(Fact(kind: .duration, value: "\(number) \(unit.name)", text: String(text[word.startIndex..<end]), line: line))
                // "seven (7) years": the number word and its digits are one duration.
                index = unit.end
                continue
            }
            if isWord { continue }  // number words count only with a unit
            // Digits inside a word are part of it: Korean 제3자 ("third party"), "B2B".
            if isGlued(word, in: text) { continue }
            if nextIsPercent(after: word, in: text) {
                facts.append(Fact(kind: .percent, value: value, text: String(word) + "%", line: line))
                continue
            }
            let isYear = word.count == 4 && (Int(value).map { (1900...2100).contains($0) } ?? false)
            facts.append(Fact(kind: isYear ? .date : .number, value: value, text: String(word), line: line))
        }
    }

    /// A number written inside a word: a letter of a spaced script right before it (제3자,
    /// "B2B"), or a Latin letter right after it ("3p", "2nd"). Korean particles and CJK
    /// units after a number ("4에", "7年") leave it a number.
    private func isGlued(_ word: Substring, in text: String) -> Bool {
        let before = word.startIndex > text.startIndex ? text[text.index(before: word.startIndex)] : " "
        let after = word.endIndex < text.endIndex ? text[word.endIndex] : " "
        let beforeIsLetter = before.isLetter
            && !(before.unicodeScalars.first.map { Scripts.unspaced.contains(Scripts.code(of: $0)) } ?? false)
        let afterIsLatin = after.isLetter && after.isASCII
        // 제3자 ("third party") is a word; 제1798.83조 ("section 1798.83") is a number.
        let digits = word.unicodeScalars.filter { Scripts.digitValue(of: $0) != nil }.count
        return (beforeIsLetter && digits <= 2) || afterIsLatin
    }

    /// The canonical unit named right before a number ("tháng 10", "năm 2017"): such a
    /// number is part of a date, not a count of the unit that follows it.
    private func unitBefore(_ index: Int, segments: [(word: Substring, wordClass: WordClass)], foldedWords: [String],
                            text: String) -> String? {
        guard index > 0 else { return nil }
        let gap = text[segments[index - 1].word.endIndex..<segments[index].word.startIndex]
        guard gap.allSatisfy({ $0.isWhitespace }), !gap.isEmpty || Self.isUnspaced(segments[index - 1].word) else { return nil }
        for form in lexicon.forms(of: foldedWords[index - 1]) {
            if let unit = lexicon.unitWords[form] { return unit }
        }
        return nil
    }

    /// A word of a script written without spaces (Thai, Han, kana): units touch its numbers.
    static func isUnspaced(_ word: Substring) -> Bool {
        word.unicodeScalars.first.map { Scripts.unspaced.contains(Scripts.code(of: $0)) } ?? false
    }

    /// ASCII digits of a number in any script, without grouping separators: "1,000" -> "1000".
    static func normalizedNumber(_ word: Substring) -> String? {
        var digits = ""
        var decimal = ""
        var seenSeparator = false
        for scalar in word.unicodeScalars {
            if let value = Scripts.digitValue(of: scalar) {
                if seenSeparator { decimal.append(String(value)) } else { digits.append(String(value)) }
            } else if scalar == "." || scalar == "," || scalar == "٫" || scalar == "٬" {
                // Grouping if three digits follow; otherwise a decimal point.
                if seenSeparator { digits += decimal; decimal = "" }
                seenSeparator = true
            }
        }
        if seenSeparator {
            if decimal.count == 3 { digits += decimal; decimal = "" }
        }
        guard !digits.isEmpty else { return nil }
        let trimmed = String(digits.drop { $0 == "0" })
        let integer = trimmed.isEmpty ? "0" : trimmed
        let fraction = decimal.reversed().drop { $0 == "0" }.reversed()
        return fraction.isEmpty ? integer : integer + "." + String(fraction)
    }

    private func nextIsPercent(after word: Substring, in text: String) -> Bool {
        let rest = text[word.endIndex...].drop { $0 == " " || $0 == "\u{00A0}" }
        return rest.first.map { "%％٪".contains($0) } ?? false
    }

    private func cjkDate(at index: Int, segments: [(word: Substring, wordClass: WordClass)]) -> (day: Int?, end: Int)? {
        guard index + 3 < segments.count, segments[index + 1].word == "年" || segments[index + 1].word == "년",
              segments[index + 2].wordClass == .number, segments[index + 3].word == "月" || segments[index + 3].word == "월"
        else { return nil }
        if index + 5 < segments.count, segments[index + 4].wordClass == .number,
           segments[index + 5].word == "日" || segments[index + 5].word == "일" {
            return (index + 4, index + 5)
        }
        return (nil, index + 3)
    }

    /// The duration unit right after a number, skipping a bracketed repeat of the number:
    /// "7 tahun", "7年間", "12个月", "seven (7) years".
    private func unit(after index: Int, segments: [(word: Substring, wordClass: WordClass)], foldedWords: [String],
                      text: String) -> (name: String, end: Int)? {
        var next = index + 1
        if next < segments.count, segments[next].wordClass == .number,
           text[segments[index].word.endIndex..<segments[next].word.startIndex].contains("(") {
            next += 1
        }
        guard next < segments.count else { return nil }
        // Only spaces or brackets between the number and its unit.
        let gap = text[segments[next - 1].word.endIndex..<segments[next].word.startIndex]
        guard gap.allSatisfy({ $0.isWhitespace || "()（）-".contains($0) }), gap.count <= 3 else { return nil }
        let word = foldedWords[next]
        for form in lexicon.forms(of: word) {
            if let unit = lexicon.unitWords[form] { return (unit, next) }
        }
        // Unspaced scripts: the unit may be the start of a longer word ("年間") or span
        // two words ("个" + "月").
        if Self.isUnspaced(Substring(word)) {
            var joined = word
            var end = next
            for _ in 0..<2 {
                for (unitWord, unit) in lexicon.unitWords where !unitWord.isEmpty && joined.hasPrefix(unitWord) {
                    if unitWord.count >= joined.count - 2 || joined.count <= 3 { return (unit, end) }
                }
                guard end + 1 < segments.count, segments[end + 1].word.startIndex == segments[end].word.endIndex else { break }
                end += 1
                joined += foldedWords[end]
            }
        }
        return nil
    }
}

import Foundation
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

    /// Month names of the language (and English, which translations keep), folded.
    private let months: [String: Int]

    /// `locale` names the text's language when it has no lexicon of its own (Georgian read
    /// with the English lexicon still has Georgian month names).
    public init(lexicon: CompiledLexicon, locale: String? = nil) throws {
        self.lexicon = lexicon
        tokenizer = try Tokenizer(locale: locale ?? lexicon.tag)
        months = MonthNames.table(for: locale ?? lexicon.tag, foldAccents: lexicon.foldAccents)
        numberWords = Self.numberWords(lexicon: lexicon, locale: locale ?? lexicon.tag, tokenizer: tokenizer)
    }

    /// Folded number words (one word, or two as "tiga belas") -> value: ICU's spellings of
    /// 1 to 100 in the locale, then the lexicon's own (inflected forms such as "einen", which
    /// win where both give a word).
    private let numberWords: [String: Int]

    static let spelledNumbers = 1...100

    private static func numberWords(lexicon: CompiledLexicon, locale: String, tokenizer: Tokenizer) -> [String: Int] {
        var words: [String: Int] = [:]
        let spelled = LocaleNumbers.spelled(locale: locale.replacingOccurrences(of: "-", with: "_"), spelledNumbers)
        for (value, spelling) in zip(spelledNumbers, spelled) {
            let folded = tokenizer.words(spelling, foldAccents: lexicon.foldAccents)
            guard (1...2).contains(folded.count), words[folded.joined(separator: " ")] == nil else { continue }
            words[folded.joined(separator: " ")] = value
        }
        return words.merging(lexicon.numberWords) { _, own in own }
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
        // Dates before phones: "2023-01-15" has the shape of a phone number.
        for (range, value) in Self.numericDates(in: text) + Self.cjkDates(in: text) where !ranges.contains(where: { $0.overlaps(range) }) {
            facts.append(Fact(kind: .date, value: value, text: String(text[range]), line: line))
            ranges.append(range)
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

    /// Dates written with digits: "2023-01-15", "2023/1/15", "15.01.2023", "01/15/2023", in
    /// any script's digits. Day and month are told apart where one is above 12; else the
    /// value says the order is open (see `DateValue`).
    static func numericDates(in text: String) -> [(Range<String.Index>, String)] {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0 == "-" || $0 == "/" || $0 == "." }) else { return [] }
        var result: [(Range<String.Index>, String)] = []
        var index = scalars.startIndex
        func digitRun(from start: String.UnicodeScalarView.Index) -> (value: Int, count: Int, end: String.UnicodeScalarView.Index)? {
            var value = 0, count = 0, position = start
            while position < scalars.endIndex, let digit = Scripts.digitValue(of: scalars[position]), count < 5 {
                value = value * 10 + digit
                count += 1
                position = scalars.index(after: position)
            }
            return count > 0 ? (value, count, position) : nil
        }
        while index < scalars.endIndex {
            let previous = index > scalars.startIndex ? scalars[scalars.index(before: index)] : " "
            guard Scripts.digitValue(of: scalars[index]) != nil, Scripts.digitValue(of: previous) == nil,
                  !(previous.properties.isAlphabetic), previous != "/", previous != "." || index == scalars.startIndex,
                  let first = digitRun(from: index), first.end < scalars.endIndex else {
                index = scalars.index(after: index)
                continue
            }
            let separator = scalars[first.end]
            guard "-/.".unicodeScalars.contains(separator), let second = digitRun(from: scalars.index(after: first.end)),
                  second.end < scalars.endIndex, scalars[second.end] == separator,
                  let third = digitRun(from: scalars.index(after: second.end)) else {
                index = first.end
                continue
            }
            // Not part of a longer run ("1.2.3.4", "2023-01-15-7").
            if third.end < scalars.endIndex, "-/.".unicodeScalars.contains(scalars[third.end]),
               scalars.index(after: third.end) < scalars.endIndex, Scripts.digitValue(of: scalars[scalars.index(after: third.end)]) != nil {
                index = third.end
                continue
            }
            var value: String?
            if first.count == 4, second.count <= 2, third.count <= 2 {
                value = DateValue.numeric(year: first.value, a: second.value, b: third.value, monthFirst: true)
            } else if first.count <= 2, second.count <= 2, third.count == 4 {
                value = DateValue.numeric(year: third.value, a: first.value, b: second.value, monthFirst: nil)
            }
            if let value { result.append((index..<third.end, value)) }
            index = third.end
        }
        return result
    }

    /// Dates written with CJK markers, digits glued or spaced: "2023年1月15日",
    /// "2018년 3월 7일", "2020年12月".
    static func cjkDates(in text: String) -> [(Range<String.Index>, String)] {
        guard text.unicodeScalars.contains(where: { $0 == "年" || $0 == "년" }) else { return [] }
        let scalars = text.unicodeScalars
        var result: [(Range<String.Index>, String)] = []
        func skipSpaces(_ index: String.Index) -> String.Index {
            var index = index
            while index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) }
            return index
        }
        func number(at start: String.Index) -> (Int, String.Index)? {
            var value = 0, count = 0, index = start
            while index < scalars.endIndex, let digit = Scripts.digitValue(of: scalars[index]), count < 4 {
                value = value * 10 + digit
                count += 1
                index = scalars.index(after: index)
            }
            return count > 0 ? (value, index) : nil
        }
        func marker(_ index: String.Index, _ options: Set<Unicode.Scalar>) -> String.Index? {
            let at = skipSpaces(index)
            guard at < scalars.endIndex, options.contains(scalars[at]) else { return nil }
            return scalars.index(after: at)
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard Scripts.digitValue(of: scalars[index]) != nil,
                  index == scalars.startIndex || Scripts.digitValue(of: scalars[scalars.index(before: index)]) == nil,
                  let (year, afterYear) = number(at: index), (1900...2100).contains(year),
                  let yearEnd = marker(afterYear, ["年", "년"]) else {
                index = scalars.index(after: index)
                continue
            }
            var end = yearEnd
            var value = String(year)
            if let (month, afterMonth) = number(at: skipSpaces(yearEnd)), (1...12).contains(month),
               let monthEnd = marker(afterMonth, ["月", "월"]) {
                end = monthEnd
                var day: Int?
                if let (d, afterDay) = number(at: skipSpaces(monthEnd)), (1...31).contains(d), let dayEnd = marker(afterDay, ["日", "일"]) {
                    day = d
                    end = dayEnd
                }
                value = DateValue.format(year: year, month: month, day: day)
            }
            result.append((index..<end, value))
            index = end
        }
        return result
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

        // Written dates: "15 January 2023", "January 15, 2023", "15. Januar 2023",
        // "15 de enero de 2023", "January 2023", with the language's month names.
        if !months.isEmpty {
            for date in writtenDates(segments: segments, foldedWords: foldedWords, text: text)
            where !date.tokens.contains(where: consumed.contains) {
                let start = segments[date.tokens.lowerBound].word.startIndex, end = segments[date.tokens.upperBound].word.endIndex
                facts.append(Fact(kind: .date, value: date.value, text: String(text[start..<end]), line: line))
                for offset in date.tokens { consumed.insert(offset) }
            }
        }

        var index = 0
        while index < segments.count {
            defer { index += 1 }
            guard !consumed.contains(index) else { continue }
            let (word, wordClass) = segments[index]
            // "100MB" is one word to ICU: digits and a size unit.
            if wordClass != .number, let digitsEnd = word.firstIndex(where: { Scripts.digitValue(of: $0.unicodeScalars.first!) == nil }),
               digitsEnd > word.startIndex, Self.gluedUnits.contains(word[digitsEnd...].lowercased()),
               let number = Self.normalizedNumber(word[..<digitsEnd]) {
                let unit = word[digitsEnd...].lowercased()
                facts.append(Fact(kind: .number, value: number + " " + unit, text: String(word), line: line))
                continue
            }
            if wordClass != .number, let counted = lexicon.countedUnitWords[foldedWords[index]] {
                facts.append(Fact(kind: .duration, value: counted, text: String(word), line: line))
                continue
            }
            var value: String?
            // Where the number ends: number words may take two tokens ("tiga belas", "dua puluh").
            var last = index
            if wordClass == .number { value = Self.normalizedNumber(word) }
            else if index + 1 < segments.count, segments[index + 1].wordClass != .number,
                    let number = numberWords[foldedWords[index] + " " + foldedWords[index + 1]] {
                value = String(number)
                last = index + 1
            } else if let number = numberWords[foldedWords[index]] { value = String(number) }
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
                let month = Self.normalizedNumber(segments[index + 2].word).flatMap(Int.init) ?? 0
                let day = date.day.flatMap { Self.normalizedNumber(segments[$0].word) }.flatMap(Int.init)
                let end = segments[date.end].word.endIndex
                facts.append(Fact(kind: .date, value: DateValue.format(year: Int(value) ?? 0, month: month, day: day),
                                  text: String(text[word.startIndex..<end]), line: line))
                index = date.end
                continue
            }
            let dateUnit = isWord ? nil : unitBefore(index, segments: segments, foldedWords: foldedWords, text: text)
            if dateUnit == "month" { continue }  // the month of a date ("tháng 10")
            if dateUnit == nil, let unit = unit(after: last, segments: segments, foldedWords: foldedWords, text: text) {
                let end = segments[unit.end].word.endIndex
                // "thirteen (13) years": the digits say the number.
                var number = value
                if isWord, last + 1 < unit.end, segments[last + 1].wordClass == .number,
                   let digits = Self.normalizedNumber(segments[last + 1].word) {
                    number = digits
                }
                facts.append(Fact(kind: .duration, value: "\(number) \(unit.name)", text: String(text[word.startIndex..<end]), line: line))
                // "seven (7) years": the number word and its digits are one duration.
                index = unit.end
                continue
            }
            if isWord {
                // Number words count only with a unit; alone they may still match a digit.
                var latent = Fact(kind: .number, value: value, text: String(text[word.startIndex..<segments[last].word.endIndex]), line: line)
                latent.isLatent = true
                facts.append(latent)
                index = last
                continue
            }
            // Digits inside a word are part of it: Korean 제3자 ("third party"), "B2B".
            // A quantity with its unit glued on ("100MB", "5GB") states a number.
            if let unit = glUnit(after: word, in: text) {
                facts.append(Fact(kind: .number, value: value + " " + unit, text: String(word) + unit, line: line))
                continue
            }
            if isGlued(word, in: text) { continue }
            if nextIsPercent(after: word, in: text) {
                facts.append(Fact(kind: .percent, value: value, text: String(word) + "%", line: line))
                continue
            }
            let isYear = word.count == 4 && (Int(value).map { (1900...2100).contains($0) } ?? false)
            facts.append(Fact(kind: isYear ? .date : .number, value: value, text: String(word), line: line))
        }
    }

    /// Units of size written against their number ("100MB").
    static let gluedUnits: Set<String> = ["b", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "ms", "km", "kg", "mbps", "gbps"]

    private func glUnit(after word: Substring, in text: String) -> String? {
        let before = word.startIndex > text.startIndex ? text[text.index(before: word.startIndex)] : " "
        guard !before.isLetter else { return nil }
        let letters = text[word.endIndex...].prefix { $0.isASCII && $0.isLetter }
        let after = text[letters.endIndex...].first ?? " "
        guard !letters.isEmpty, !after.isLetter, !after.isNumber, Self.gluedUnits.contains(letters.lowercased()) else { return nil }
        return letters.lowercased()
    }

    /// A number written inside a word: a letter of a spaced script right before it (제3자,
    /// "B2B"), or a Latin letter right after it ("3p", "2nd"). Korean particles and CJK
    /// units after a number ("4에", "7年") leave it a number.
    private func isGlued(_ word: Substring, in text: String) -> Bool {
        let before = word.startIndex > text.startIndex ? text[text.index(before: word.startIndex)] : " "
        let after = word.endIndex < text.endIndex ? text[word.endIndex] : " "
        // Arabic writes the article on numbers with a tatweel ("الـ16"): still a number.
        let beforeIsLetter = before.isLetter && before != "\u{0640}"
            && !(before.unicodeScalars.first.map { Scripts.unspaced.contains(Scripts.code(of: $0)) } ?? false)
        let afterIsLatin = after.isLetter && after.isASCII
        // 제3자 ("third party") is a word; 제1798.83조 ("section 1798.83") is a number.
        let digits = word.unicodeScalars.filter { Scripts.digitValue(of: $0) != nil }.count
        // 제15조 제1항 제1호 ("Art. 15(1)(1)"): an article, paragraph or item number.
        if before == "제", Numbering.koreanUnits.contains(after) { return false }
        // 제 3 자 ("third party"), written with spaces, is still the word 제3자.
        if text[..<word.startIndex].reversed().first(where: { $0 != " " }) == "제",
           text[word.endIndex...].first(where: { $0 != " " }) == "자", word.count == 1 { return true }
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

    /// Written dates among the tokens: a month name with a year and maybe a day.
    private func writtenDates(segments: [(word: Substring, wordClass: WordClass)], foldedWords: [String], text: String)
        -> [(tokens: ClosedRange<Int>, value: String)] {
        var result: [(ClosedRange<Int>, String)] = []
        func number(_ index: Int) -> Int? {
            guard index >= 0, index < segments.count, segments[index].wordClass == .number else { return nil }
            return Self.normalizedNumber(segments[index].word).flatMap { Int($0) }
        }
        func year(_ index: Int) -> Int? {
            guard let value = number(index), segments[index].word.count == 4 else { return nil }
            // Thai writes the Buddhist era (2566 = 2023).
            let year = value > 2400 ? value - 543 : value
            return (1900...2100).contains(year) ? year : nil
        }
        func isDay(_ index: Int) -> Int? {
            guard let value = number(index), segments[index].word.count <= 2, (1...31).contains(value) else { return nil }
            return value
        }
        /// A year right before `index`, or one word before it ("2018 წლის").
        func yearBefore(_ index: Int) -> (Int, Int)? {
            if let y = year(index - 1) { return (y, index - 1) }
            if index >= 2, segments[index - 1].wordClass != .number, foldedWords[index - 1].count <= 6, let y = year(index - 2) {
                return (y, index - 2)
            }
            return nil
        }
        /// A short connecting word ("de", "of", "del") between the parts, skipped.
        func skipConnector(_ index: Int) -> Int {
            guard index < segments.count, segments[index].wordClass != .number, foldedWords[index].count <= 3,
                  months[foldedWords[index]] == nil else { return index }
            return ["de", "del", "of", "di", "du", "van", "the", "năm", "nam"].contains(foldedWords[index]) ? index + 1 : index
        }
        var index = 0
        while index < segments.count {
            // Month names of two words ("tháng 10") first.
            var monthEnd = index
            // A declined month name ("აგვისტოს", "januara") is the name with an ending.
            var found = months[foldedWords[index]] ?? Self.declined(foldedWords[index], in: months)
            if index + 1 < segments.count, let two = months[foldedWords[index] + " " + foldedWords[index + 1]] {
                found = two
                monthEnd = index + 1
            }
            guard let month = found else { index += 1; continue }
            // Day before the month: "15 January 2023", "15. Januar 2023", "15 de enero de 2023".
            var start = index, day: Int?
            if let d = isDay(index - 1) { day = d; start = index - 1 }
            else if index >= 2, ["de", "of"].contains(foldedWords[index - 1]), let d = isDay(index - 2) { day = d; start = index - 2 }
            var next = skipConnector(monthEnd + 1)
            // Day after the month: "January 15, 2023".
            if day == nil, let d = isDay(next), year(next) == nil { day = d; next = skipConnector(next + 1) }
            if let y = year(next) {
                result.append((start...next, DateValue.format(year: y, month: month, day: day)))
                index = next + 1
            } else if day != nil, let (y, first) = yearBefore(start) {
                // Year first: "2018 წლის 17 აგვისტოს", "2018. augusztus 17."
                result.append((first...monthEnd, DateValue.format(year: y, month: month, day: day)))
                index = monthEnd + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// The month a word names with a case ending of one or two letters, if any.
    static func declined(_ word: String, in months: [String: Int]) -> Int? {
        guard word.count >= 5, word.allSatisfy(\.isLetter) else { return nil }
        for cut in 1...2 {
            let stem = String(word.dropLast(cut))
            if stem.count >= 4, let month = months[stem] { return month }
        }
        return nil
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

/// Date facts' values: "2023-01-15", "2023-01" or "2023"; with the day and month order open
/// ("05/06/2024": May 6 or 5 June), "2024-05~06". Two values are the same date when they
/// agree on every part both give.
enum DateValue {
    static func format(year: Int, month: Int, day: Int?) -> String {
        let y = String(year), m = month < 10 ? "0\(month)" : String(month)
        guard let day else { return "\(y)-\(m)" }
        return "\(y)-\(m)-\(day < 10 ? "0\(day)" : String(day))"
    }

    /// `monthFirst`: true for year-month-day, nil when the order must be told from values.
    static func numeric(year: Int, a: Int, b: Int, monthFirst: Bool?) -> String? {
        guard (1900...2100).contains(year) || (2443...2643).contains(year), a >= 1, b >= 1, a <= 31, b <= 31 else { return nil }
        let year = year > 2400 ? year - 543 : year
        if monthFirst == true { return a <= 12 ? format(year: year, month: a, day: b) : nil }
        if a > 12 && b <= 12 { return format(year: year, month: b, day: a) }
        if b > 12 && a <= 12 { return format(year: year, month: a, day: b) }
        guard a <= 12 && b <= 12 else { return nil }
        if a == b { return format(year: year, month: a, day: b) }
        let (low, high) = (min(a, b), max(a, b))
        return "\(year)-\(low < 10 ? "0\(low)" : String(low))~\(high < 10 ? "0\(high)" : String(high))"
    }

    /// The parts of a value: year, and month/day (both orders when open).
    private static func parts(_ value: String) -> (year: String, monthDay: [[String]])? {
        let pieces = value.split(separator: "-", maxSplits: 1).map(String.init)
        guard let year = pieces.first, year.count == 4, year.allSatisfy(\.isNumber) else { return nil }
        guard pieces.count == 2 else { return (year, []) }
        let rest = pieces[1]
        if rest.contains("~") {
            let pair = rest.split(separator: "~").map(String.init)
            return (year, [[pair[0], pair[1]], [pair[1], pair[0]]])
        }
        return (year, [rest.split(separator: "-").map(String.init)])
    }

    /// Whether two date values can name the same date.
    static func compatible(_ a: String, _ b: String) -> Bool {
        guard let x = parts(a), let y = parts(b), x.year == y.year else { return false }
        if x.monthDay.isEmpty || y.monthDay.isEmpty { return true }
        return x.monthDay.contains { p in
            y.monthDay.contains { q in zip(p, q).allSatisfy { $0 == $1 } }
        }
    }
}

/// Month names from ICU's calendar data (through Foundation), folded like document words,
/// per language tag, with English beside them. Built once per tag.
enum MonthNames {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: [String: Int]] = [:]

    static func table(for tag: String, foldAccents: Bool) -> [String: Int] {
        let key = tag + (foldAccents ? "+" : "-")
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[key] { return known }
        var table: [String: Int] = [:]
        for locale in [tag, "en"] {
            for symbols in LocaleMonths.names(locale: locale.replacingOccurrences(of: "-", with: "_")) {
                for (offset, symbol) in symbols.enumerated() {
                    var name = symbol
                    while name.hasSuffix(".") { name.removeLast() }
                    let folded = TextFolding.fold(name, stripAccents: foldAccents)
                    // Names of two words ("tháng 1") are matched as two tokens; digits alone
                    // ("1月") are read as CJK dates; one or two letters are too ambiguous.
                    let words = folded.split(separator: " ")
                    guard folded.count >= 3, words.count <= 2, words.count == 2 || !folded.contains(where: \.isNumber) else { continue }
                    if table[folded] == nil { table[folded] = offset + 1 }
                }
            }
        }
        // English "may" and "march" are words, too: they count only beside a year (see writtenDates).
        cache[key] = table
        return table
    }
}

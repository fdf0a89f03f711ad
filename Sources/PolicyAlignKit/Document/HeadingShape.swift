import PolicyText

/// How a heading is written, which decides its place in the hierarchy.
enum HeadingStyle: Hashable {
    enum Numbering: Hashable { case decimal, romanUpper, romanLower, alphaUpper, alphaLower, cjk }

    case explicit(level: Int)
    case numbered(Numbering, depth: Int)
    case caps
    case plain
    case colon
    case runIn

    /// Lower ranks sit higher in the hierarchy when two styles first meet.
    var rank: Int {
        switch self {
        case .explicit(let level): return level
        case .caps: return 0
        case .numbered(let kind, let depth):
            switch kind {
            case .decimal, .cjk: return min(depth, 4)
            case .romanUpper: return 1
            case .alphaUpper: return 2
            case .romanLower, .alphaLower: return 4
            }
        case .plain: return 3
        case .colon: return 4
        case .runIn: return 5
        }
    }

    var isNumbered: Bool { if case .numbered = self { return true } else { return false } }
}

/// The numbering that opens a line: "1.", "1.2.1", "iv.", "B)", "(a)", "第三条", "二、".
struct Numbering {
    let kind: HeadingStyle.Numbering
    let depth: Int
    /// The label as written, without trailing space ("1.2.1", "iv.").
    let label: Substring
    /// The text after the numbering.
    let rest: Substring

    static func parse(_ line: Substring) -> Numbering? {
        // Every numbering opens with a bracket, an ASCII letter, a digit of some script,
        // 第 or a Han numeral: most lines are told apart by their first scalar.
        guard let first = line.unicodeScalars.first else { return nil }
        switch first.value {
        case 0x28, 0xFF08, 0x41...0x5A, 0x61...0x7A, 0x30...0x39: break
        case ..<0x80: return nil
        default:
            guard first == "第" || first == "제" || isHanNumeral(first) || Scripts.digitValue(of: first) != nil else { return nil }
        }
        if (0x41...0x5A).contains(first.value) || (0x61...0x7A).contains(first.value), opensWithPlainWord(line.utf8) { return nil }
        return parseLabel(line)
    }

    /// `parse` past its quick tests of the first scalar and word.
    static func parseLabel(_ line: Substring) -> Numbering? {
        if let cjk = parseCJK(line) { return cjk }
        var text = line
        var parenthesized = false
        if text.first == "(" || text.first == "（" { parenthesized = true; text = text.dropFirst() }
        // Read no further than a token can reach: a line without spaces is not walked whole.
        let token = text.prefix(13).prefix { !$0.isWhitespace && $0 != ")" && $0 != "）" }
        guard !token.isEmpty, token.count <= 12 else { return nil }
        var afterToken = text.dropFirst(token.count)
        var closed = false
        if afterToken.first == ")" || afterToken.first == "）" { afterToken = afterToken.dropFirst(); closed = true }
        if parenthesized && !closed { return nil }
        guard let space = afterToken.first, space.isWhitespace else { return nil }
        let rest = SourceLines.trim(afterToken)
        guard !rest.isEmpty else { return nil }
        let label = line[line.startIndex..<afterToken.startIndex]

        var core = token
        let dotted = core.last == "." || core.last == "．"
        if dotted { core = core.dropLast() }
        guard dotted || closed, !core.isEmpty else {
            // "1.2.1 Title" has no final dot but is numbered all the same.
            if let depth = decimalDepth(token), depth >= 2 { return Numbering(kind: .decimal, depth: depth, label: label, rest: rest) }
            return nil
        }
        if let depth = decimalDepth(core) { return Numbering(kind: .decimal, depth: depth, label: label, rest: rest) }
        if core.allSatisfy({ "ivxlcdm".contains($0) }), core.count <= 5, core.count > 1 || core == "i" {
            return Numbering(kind: .romanLower, depth: 1, label: label, rest: rest)
        }
        if core.allSatisfy({ "IVXLCDM".contains($0) }), core.count <= 5, core.count > 1 || core == "I" {
            return Numbering(kind: .romanUpper, depth: 1, label: label, rest: rest)
        }
        if core.count == 1, let letter = core.first, letter.isLetter, letter.isASCII {
            return Numbering(kind: letter.isUppercase ? .alphaUpper : .alphaLower, depth: 1, label: label, rest: rest)
        }
        return nil
    }

    /// Whether a line opening with an ASCII letter opens with a word no label can be: six
    /// letters or more ("Privacy"), or fewer that no "." or ")" closes ("We collect"). A
    /// label there is a roman number or one letter, closed ("iv.", "B)"). A non-ASCII byte
    /// (a combining mark, a full-width bracket) leaves the decision to the full parse.
    static func opensWithPlainWord(_ utf8: Substring.UTF8View) -> Bool {
        var letters = 0
        for byte in utf8 {
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                letters += 1
                if letters == 6 { return true }
                continue
            }
            return byte < 0x80 && byte != UInt8(ascii: ".") && byte != UInt8(ascii: ")")
        }
        return true
    }

    /// Depth of "1", "1.2", "１.２" (digits of any script), or nil.
    private static func decimalDepth(_ token: Substring) -> Int? {
        let groups = token.split(separator: ".", omittingEmptySubsequences: false)
        guard !groups.isEmpty, groups.count <= 6 else { return nil }
        for group in groups {
            guard !group.isEmpty, group.count <= 3,
                  group.unicodeScalars.allSatisfy({ Scripts.digitValue(of: $0) != nil }) else { return nil }
        }
        return groups.count
    }

    private static let hanNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]

    /// `hanNumerals` for one scalar, without hashing a Character.
    private static func isHanNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇": return true
        default: return false
        }
    }

    /// Units of Korean legal numbering: 조 article, 항 paragraph, 호 item, 장 chapter,
    /// 절 section, 편 part, 목 sub-item ("제15조 제1항").
    static let koreanUnits: Set<Character> = ["조", "항", "호", "장", "절", "편", "목"]

    /// "一、", "第三条", "第2章" in Chinese and Japanese policies; "제1조" in Korean ones.
    private static func parseCJK(_ line: Substring) -> Numbering? {
        var text = line
        let korean = text.first == "제"
        let ordinal = text.first == "第" || korean
        if ordinal { text = text.dropFirst() }
        let digits = text.prefix { (!korean && hanNumerals.contains($0)) || ($0.unicodeScalars.first.map { Scripts.digitValue(of: $0) != nil } ?? false) }
        guard !digits.isEmpty else { return nil }
        var after = text.dropFirst(digits.count)
        if ordinal {
            guard let unit = after.first, korean ? koreanUnits.contains(unit) : "条條章節节款部".contains(unit) else { return nil }
            after = after.dropFirst()
            // "제6조의 권리" cites an article (a particle follows); "제6조(목적)" numbers one.
            if korean, let next = after.unicodeScalars.first, (0xAC00...0xD7A3).contains(next.value) { return nil }
        } else {
            guard after.first == "、" else { return nil }
            after = after.dropFirst()
        }
        let rest = SourceLines.trim(after)
        guard !rest.isEmpty else { return nil }
        return Numbering(kind: .cjk, depth: 1, label: line[line.startIndex..<after.startIndex], rest: rest)
    }
}

/// Properties of a line's text that heading rules look at.
struct LineShape {
    static let sentenceEnds: Set<Character> = [".", ";", ",", "。", "；", "，", "!", "！", "؛", "۔", "।", "…", "、"]
    static let colons: Set<Character> = [":", "：", "﹕"]
    static let questionMarks: Set<Character> = ["?", "？", "؟"]
    static let abbreviations: Set<String> = ["inc", "ltd", "llc", "co", "corp", "dr", "mr", "mrs", "ms", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "jr", "sr", "bhd", "sdn", "pte", "gmbh"]

    // Each test below reads ASCII text by its bytes (most lines of most policies): there a
    // Character is one byte, but for CR LF, which no test here tells apart from CR or LF.
    // Other text is read by `CharacterScan`, which finds the same Characters from the
    // scalars of common scripts, and by Swift's Characters where it cannot.

    static func isASCII(_ text: Substring) -> Bool { ByteScan.isASCII(text) }

    /// The Character a scan found in `text`, for the properties that depend on more than
    /// its first scalar (letter case).
    static func character(_ scanned: ScannedCharacter, in text: Substring) -> Character {
        if scanned.isSingleScalar { return Character(scanned.first) }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: scanned.start)
        return Character(String(text[start..<utf8.index(start, offsetBy: scanned.end - scanned.start)]))
    }

    /// The first Character of `text` whose first scalar `test` accepts (`.some(nil)` when
    /// none does), or nil when `CharacterScan` cannot read the text.
    private static func firstCharacter(_ text: Substring, where test: (Unicode.Scalar) -> Bool) -> Character?? {
        var found: ScannedCharacter?
        guard CharacterScan.forEach(in: text, { scanned in
            if test(scanned.first) { found = scanned }
            return found == nil
        }) != nil else { return nil }
        return .some(found.map { character($0, in: text) })
    }

    /// Whether the text holds a letter (Character.isLetter).
    static func hasLetter(_ text: Substring) -> Bool {
        if isASCII(text) { return text.utf8.contains(where: isASCIILetter) }
        var found = false
        if CharacterScan.forEach(in: text, { scanned in
            found = CharacterScan.isLetter(scanned.first)
            return !found
        }) != nil { return found }
        return text.contains { $0.isLetter }
    }

    /// The number of Characters: the number of bytes in ASCII without CR (CR LF is one).
    static func characterCount(_ text: Substring) -> Int {
        if isASCII(text), !text.utf8.contains(0x0D) { return text.utf8.count }
        return CharacterScan.count(text) ?? text.count
    }

    /// Whether the text has at least `minimum` Characters, counting no further.
    static func hasCharacters(_ text: Substring, atLeast minimum: Int) -> Bool {
        (CharacterScan.count(text, upTo: minimum) ?? text.prefix(minimum).count) >= minimum
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// Closing quotes and brackets, which `lastMeaningful` looks past.
    private static let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "）", "」", "』"]

    /// `closing` in ASCII.
    private static func isClosingASCII(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
    }

    /// Character.isUppercase of a scanned Character; ASCII without building one.
    private static func isUppercase(_ scanned: ScannedCharacter, in text: Substring) -> Bool {
        if scanned.isSingleScalar, scanned.first.isASCII { return ("A"..."Z").contains(scanned.first) }
        return character(scanned, in: text).isUppercase
    }

    /// Last character that is not a closing quote or bracket.
    static func lastMeaningful(_ text: Substring) -> Character? {
        if let last = text.utf8.last, last != 0x0A, last != 0x0D, isASCII(text) {
            return text.utf8.last { !isClosingASCII($0) }.map { Character(Unicode.Scalar($0)) }
        }
        // A line mostly ends in a scalar that is its last Character alone (no mark follows,
        // no Prepend or CR comes before it): one scalar read from the end decides.
        let scalars = text.unicodeScalars
        if let lastIndex = scalars.indices.last {
            let last = scalars[lastIndex]
            let before = lastIndex > scalars.startIndex ? scalars[scalars.index(before: lastIndex)] : nil
            if CharacterScan.kind(of: last) == .base, before.map({ CharacterScan.kind(of: $0) != .unknown }) ?? true {
                let character = Character(last)
                if !closing.contains(character) { return character }
            }
        }
        return text.last { !closing.contains($0) }
    }

    /// Whether the text's letters are in a script with case.
    static func isCased(_ text: Substring) -> Bool {
        if isASCII(text) { return text.utf8.contains(where: isASCIILetter) }
        if let letter = firstCharacter(text, where: { CharacterScan.isLetter($0) }) { return letter?.isCased ?? false }
        guard let letter = text.first(where: { $0.isLetter }) else { return false }
        return letter.isCased
    }

    static func startsUppercase(_ text: Substring) -> Bool {
        if isASCII(text) {
            guard let first = text.utf8.first(where: { isASCIILetter($0) || (0x30...0x39).contains($0) }) else { return false }
            return !(0x61...0x7A).contains(first)
        }
        let scanned = firstCharacter(text) { CharacterScan.isLetter($0) || $0.properties.numericType != nil }
        guard let first = scanned ?? text.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        if first.isNumber { return true }
        return !first.isCased || first.isUppercase
    }

    /// Words split at white space, counted up to `limit + 1`: whether there are at most `limit`.
    static func hasAtMostWords(_ text: Substring, _ limit: Int) -> Bool {
        var words = 0
        var inWord = false
        func step(_ isSpace: Bool) -> Bool {
            if isSpace { inWord = false; return true }
            if !inWord {
                inWord = true
                words += 1
                if words > limit { return false }
            }
            return true
        }
        if isASCII(text) {
            for byte in text.utf8 where !step(isASCIIWhitespace(byte)) { return false }
            return true
        }
        if CharacterScan.forEach(in: text, { step(CharacterScan.isWhitespace($0.first)) }) != nil { return words <= limit }
        words = 0
        inWord = false
        for character in text where !step(character.isWhitespace) { return false }
        return true
    }

    /// The words of `text` split at white space: how many, and the last one.
    static func splitWords(_ text: Substring) -> (count: Int, last: Substring?) {
        var count = 0
        var lastStart = 0, lastEnd = 0
        var inWord = false
        func step(_ isSpace: Bool, start: Int, end: Int) {
            if isSpace { inWord = false; return }
            if !inWord { inWord = true; count += 1; lastStart = start }
            lastEnd = end
        }
        let utf8 = text.utf8
        func word() -> Substring? {
            guard count > 0 else { return nil }
            let start = utf8.index(utf8.startIndex, offsetBy: lastStart)
            return text[start..<utf8.index(start, offsetBy: lastEnd - lastStart)]
        }
        if isASCII(text) {
            for (offset, byte) in utf8.enumerated() { step(isASCIIWhitespace(byte), start: offset, end: offset + 1) }
            return (count, word())
        }
        if CharacterScan.forEach(in: text, { scanned in
            step(CharacterScan.isWhitespace(scanned.first), start: scanned.start, end: scanned.end)
            return true
        }) != nil { return (count, word()) }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return (words.count, words.last)
    }

    /// All cased letters upper case, and at least three of them.
    static func isAllCaps(_ text: Substring) -> Bool {
        var upper = 0
        if isASCII(text) {
            for byte in text.utf8 {
                if (0x61...0x7A).contains(byte) { return false }
                if (0x41...0x5A).contains(byte) { upper += 1 }
            }
            return upper >= 3
        }
        var lower = false
        if CharacterScan.forEach(in: text, { scanned in
            if scanned.isSingleScalar, scanned.first.isASCII {
                if ("a"..."z").contains(scanned.first) { lower = true; return false }
                if ("A"..."Z").contains(scanned.first) { upper += 1 }
                return true
            }
            let character = character(scanned, in: text)
            if character.isCased {
                if character.isLowercase { lower = true; return false }
                upper += 1
            }
            return true
        }) != nil { return !lower && upper >= 3 }
        upper = 0
        for character in text where character.isCased {
            if character.isLowercase { return false }
            upper += 1
        }
        return upper >= 3
    }

    /// Share of the longer words (4 letters or more) that start with a capital; short
    /// words are mostly function words, lower case in title case in most languages.
    static func titleCaseRatio(_ text: Substring) -> Double {
        var long = 0, capitalized = 0
        var letters = 0, firstIsUpper = false
        func endWord() {
            if letters >= 4 { long += 1; if firstIsUpper { capitalized += 1 } }
            letters = 0
        }
        func ratio() -> Double {
            endWord()
            guard long > 0 else { return startsUppercase(text) ? 1 : 0 }
            return Double(capitalized) / Double(long)
        }
        if isASCII(text) {
            for byte in text.utf8 {
                if isASCIIWhitespace(byte) || byte == UInt8(ascii: "/") {
                    endWord()
                } else if isASCIILetter(byte) {
                    if letters == 0 { firstIsUpper = byte <= 0x5A }
                    letters += 1
                }
            }
            return ratio()
        }
        // Words split at white space or "/"; a word's letters counted from its first.
        if CharacterScan.forEach(in: text, { scanned in
            if CharacterScan.isWhitespace(scanned.first) || (scanned.isSingleScalar && scanned.first == "/") {
                endWord()
            } else if CharacterScan.isLetter(scanned.first) {
                if letters == 0 { firstIsUpper = isUppercase(scanned, in: text) }
                letters += 1
            }
            return true
        }) != nil { return ratio() }
        long = 0
        capitalized = 0
        letters = 0
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "/" }) {
            let letters = word.drop { !$0.isLetter }
            guard letters.filter(\.isLetter).count >= 4, let first = letters.first else { continue }
            long += 1
            if first.isUppercase { capitalized += 1 }
        }
        guard long > 0 else { return startsUppercase(text) ? 1 : 0 }
        return Double(capitalized) / Double(long)
    }

    /// `text.contains(" ")`. Text without the byte of a space holds none (no other scalar
    /// is canonically a space), and a space between ASCII bytes is a Character of its own;
    /// only a space beside other scalars is left to the string search.
    static func containsSpace(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        var sawSpace = false
        var previous: UInt8 = 0x20
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            if byte == 0x20 {
                sawSpace = true
                if previous < 0x80 && (index == utf8.endIndex || utf8[index] < 0x80) { return true }
            }
            previous = byte
        }
        return sawSpace && text.contains(" ")
    }

    /// Whether a scalar of the text is of a script written without spaces between words
    /// (`Scripts.unspaced`). All of them lie past U+0E00, and Hangul syllables are not.
    static func holdsUnspacedScript(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.value >= 0xE00 && !(0xAC00...0xD7A3).contains(scalar.value) && Scripts.unspaced.contains(Scripts.code(of: scalar))
        }
    }

    /// The CJK pauses and stops that make a numbered line a sentence: "，", "。", "：", "；".
    static let cjkPunctuation: Set<Character> = ["，", "。", "：", "；"]

    /// Whether the text holds one of `cjkPunctuation`: a single-scalar Character of one of
    /// their scalars (no other scalar is canonically one of them).
    static func holdsCJKPunctuation(_ text: Substring) -> Bool {
        var found = false
        if CharacterScan.forEach(in: text, { scanned in
            if scanned.isSingleScalar {
                switch scanned.first {
                case "，", "。", "：", "；": found = true
                default: break
                }
            }
            return !found
        }) != nil { return found }
        return text.contains { cjkPunctuation.contains($0) }
    }

    /// Counts words the way ICU segments them, so Thai and CJK lines count words too.
    static func wordCount(_ text: Substring, breaker: TextBreaker) -> Int {
        var count = 0
        breaker.forEachSegment(in: String(text)) { _, wordClass in
            if wordClass.isWord { count += 1 }
        }
        return count
    }
}

/// Bold text that publishers use as a subheading, in Markdown (`**...**`) and HTML
/// (`<strong>`, `<b>`) alike: a short bold line or paragraph standing alone, or a bold label
/// opening a paragraph (a run-in). Either sits one level below the last marked heading.
enum BoldSubheading {
    /// The level of a bold subheading under a heading of `level`.
    static func level(under level: Int) -> Int { min(6, level + 1) }

    /// The run-in heading and its text, from a paragraph's opening bold text and what
    /// follows it (Markdown or HTML): the bold text must close with a colon or full stop,
    /// inside or right after it, be followed by a dash set apart by spaces
    /// ("**Service providers** – Provide ..."), or end its line (HTML's `<br>`).
    static func runIn(bold: Substring, after: Substring, endsLine: Bool = false) -> (lead: Substring, rest: Substring)? {
        var lead = bold
        var rest = SourceLines.trim(after)
        if let first = rest.first, closers.contains(first) {
            rest = SourceLines.trim(rest.dropFirst())
        } else if let first = rest.first, dashes.contains(first), after.first?.isWhitespace == true,
                  rest.dropFirst().first?.isWhitespace == true {
            rest = SourceLines.trim(rest.dropFirst())
        } else if let last = lead.last, closers.contains(last) {
            lead = lead.dropLast()
        } else {
            // A label on a line of its own (`<strong>Data Storage</strong><br>`), as long as
            // it reads as a heading, not as a bold sentence.
            guard endsLine, LineShape.hasAtMostWords(lead, 6), isSubheading(SourceLines.trim(lead)) else { return nil }
        }
        lead = SourceLines.trim(lead)
        guard !rest.isEmpty, !lead.isEmpty, LineShape.hasLetter(lead), LineShape.hasAtMostWords(lead, 8) else { return nil }
        // A label with a short value holding a digit is a date, version or phone line
        // ("**Last updated:** 27 January 2026"), not a section. Digits, not numerals: 三 in
        // "第三方" is a word; and short by characters too, for scripts without spaces.
        let hasDigit = rest.unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber }
        if hasDigit, LineShape.hasAtMostWords(rest, 4), rest.count <= 40 { return nil }
        return (lead, rest)
    }

    /// Full stops in the forms scripts write them: the ideographic and full-width stops,
    /// the Devanagari danda, the Urdu full stop.
    static let fullStops: Set<Character> = [".", "。", "．", "।", "۔"]

    /// What closes a run-in label: a colon or a full stop.
    static let closers: Set<Character> = fullStops.union([":", "："])

    /// Dashes that set a run-in label apart from its text: en dash, em dash, hyphen.
    static let dashes: Set<Character> = ["–", "—", "-"]

    /// Whether bold text standing alone is short enough to be a subheading and is not a
    /// sentence (a question is a heading: "**How do we use your data?**"), nor an address
    /// set in bold (an e-mail, a web address, a phone number).
    static func isSubheading(_ text: Substring) -> Bool {
        guard let last = text.last, !last.isWhitespace, LineShape.hasLetter(text) else { return false }
        if text.utf8.contains(UInt8(ascii: "@")) || ByteSearch.contains(text, "://") || text.lowercased().hasPrefix("www.") { return false }
        guard text.count <= 100, LineShape.hasAtMostWords(text, 12) else { return false }
        // A sentence ends in a stop, but a label of a word or two may too ("**Data.**",
        // "**権限。**") above the list it heads.
        if "!;！".contains(last) { return false }
        return !fullStops.contains(last) || (LineShape.hasAtMostWords(text, 2) && text.count <= 24)
    }
}

import PolicyText

/// Splits a document into sections: finds headings (explicit in Markdown and HTML, inferred
/// from the shape of lines in plain text), assigns levels, and cuts line ranges that cover
/// the document without gaps.
public final class SectionDetector {
    private let breaker: TextBreaker
    private let dates: DateLine

    /// `locale` steers ICU's word segmentation, used to measure lines in words, and names
    /// the months that make a line a date line.
    public init(locale: String = "und") throws {
        breaker = try TextBreaker(.word, locale: locale)
        dates = DateLine(locale: locale)
    }

    struct Heading {
        var blockIndex: Int
        var style: HeadingStyle
        var text: String
        /// For a run-in heading, the rest of its line, which is body text.
        var remainder: String?
        var isTitle = false
        var level = 1
        /// Only a heading if headings of the same numbered style stand elsewhere.
        var isWeak = false
    }

    public func sections(of document: PolicyDocument) -> [Section] {
        let facts = BlockFacts(document.blocks)
        let headings = assignLevels(findHeadings(document.blocks, format: document.format, facts: facts))
        return cut(document, headings: headings, facts: facts)
    }

    /// What the rules ask of a document's blocks, each found once: the numbering that opens
    /// a block (the heading rules, the clause count and the keys all read it) and its
    /// heading key (both table-of-contents checks read the same short lines).
    final class BlockFacts {
        private let blocks: [Block]
        private var numberings: [Numbering??]
        private var keys: [String?]

        init(_ blocks: [Block]) {
            self.blocks = blocks
            numberings = Array(repeating: nil, count: blocks.count)
            keys = Array(repeating: nil, count: blocks.count)
        }

        /// `Numbering.parse` of the text of the block at `index`.
        func numbering(ofBlock index: Int) -> Numbering? {
            if let numbering = numberings[index] { return numbering }
            let numbering = Numbering.parse(Substring(blocks[index].text))
            numberings[index] = .some(numbering)
            return numbering
        }

        /// The heading key of the text of the block at `index`.
        func key(ofBlock index: Int) -> String {
            if let key = keys[index] { return key }
            let text = blocks[index].text
            let key = SectionDetector.headingKey(text, body: numbering(ofBlock: index)?.rest ?? Substring(text))
            keys[index] = key
            return key
        }
    }

    // MARK: Finding headings

    func findHeadings(_ marked: [Block], format: DocumentFormat = .html, facts: BlockFacts? = nil) -> [Heading] {
        // The blocks below differ from `marked` in their kinds alone: facts of their text hold.
        let facts = facts ?? BlockFacts(marked)
        // A date marked as a heading ("### Last updated: May 2021") is still a date line.
        let blocks = marked.map { block -> Block in
            guard block.isHeading, dates.isDateLine(block.text) else { return block }
            var line = block
            line.kind = .line
            line.anchor = nil
            return line
        }
        let explicit = blocks.filter(\.isHeading).count
        // Pages that mark their sections with h2/h3 are read by their markup; a page with a
        // title alone in <h1> and its sections in bold paragraphs is read by shape. Markdown
        // headings and Word heading styles are set on purpose: two are enough to trust them.
        if explicit >= 3 || (explicit > 0 && blocks.count <= 3 * explicit + 6)
            || ((format == .markdown || format == .docx) && explicit >= 2)
            // An XLIFF file's headings are its original's sections, set on both sides at once.
            || (format == .xliff && explicit >= 1) {
            return explicitHeadings(blocks) + numberedHeadingsAfterTitle(blocks)
        }
        let shaped = blocks.map { block -> Block in
            guard block.isHeading else { return block }
            var line = Block(kind: .line, text: block.text, line: block.line, endLine: block.endLine)
            line.lineStarts = block.lineStarts
            return line
        }
        var candidates: [Heading] = []
        for (index, block) in shaped.enumerated() {
            let next = index + 1 < shaped.count ? shaped[index + 1] : nil
            if let heading = candidate(block, index: index, next: next, facts: facts) { candidates.append(heading) }
        }
        candidates = promoteNumberedSiblings(candidates)
        candidates = demoteClauseNumbering(candidates, blocks: shaped, facts: facts)
        candidates = removeTableOfContents(candidates, facts: facts)
        return markTitle(candidates, blocks: shaped)
    }

    /// Numbered lines that head the body of a page whose marked headings are only its title
    /// area (`<h4>{{ page.title }}</h4>`, `<h5>...</h5>` above "1.    TANIMLAR", "2. ...").
    /// They take the level of the deepest marked heading, as the title's siblings.
    private func numberedHeadingsAfterTitle(_ blocks: [Block]) -> [Heading] {
        guard let last = blocks.lastIndex(where: \.isHeading), blocks.count >= 20, last < blocks.count / 4 else { return [] }
        let deepest = blocks.compactMap { block -> Int? in if case .heading(let level) = block.kind { level } else { nil } }.max() ?? 6
        var numbered: [Heading] = []
        for index in (last + 1)..<blocks.count where blocks[index].kind == .line {
            let text = Substring(blocks[index].text)
            guard let numbering = Numbering.parse(text), numbering.depth == 1,
                  var heading = numberedCandidate(blocks[index], index: index, numbering: numbering, cased: LineShape.isCased(text)),
                  !heading.isWeak, heading.style != .runIn else { continue }
            heading.style = .explicit(level: deepest)
            numbered.append(heading)
        }
        // One numbered line is an item; a run of them is the body's outline.
        return numbered.count >= 3 ? numbered : []
    }

    private func explicitHeadings(_ blocks: [Block]) -> [Heading] {
        var headings: [Heading] = []
        for (index, block) in blocks.enumerated() {
            if case .heading(let level) = block.kind {
                headings.append(Heading(blockIndex: index, style: .explicit(level: level), text: block.text))
            }
        }
        return headings
    }

    /// The heading a block is, if its shape says so.
    func candidate(_ block: Block, index: Int, next: Block?, facts: BlockFacts? = nil) -> Heading? {
        guard block.kind == .line else { return nil }
        // Every heading shape starts with a capital, a digit or a letter without case:
        // a line starting in lower case is text (the common case, decided at once).
        guard let first = block.text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return nil }
        if first.properties.isLowercase {
            // ...unless it is a lower-case numbering ("iv. Your Rights", "b) Cookies").
            let token = block.text.utf8.prefix { $0 != 0x20 }
            guard token.count <= 6, let last = token.last, last == 0x2E || last == 0x29 else { return nil }
        }
        let text = Substring(block.text)
        guard LineShape.hasLetter(text) else { return nil }
        if dates.isDateLine(block.text) { return nil }
        let cased = LineShape.isCased(text)

        if let numbering = facts.map({ $0.numbering(ofBlock: index) }) ?? Numbering.parse(text) {
            return numberedCandidate(block, index: index, numbering: numbering, cased: cased)
        }
        // Lines too long to be a heading can still open with a run-in heading.
        if text.utf8.count > 400 { return runInCandidate(text, index: index, cased: cased) }
        let last = LineShape.lastMeaningful(text)
        let startsUpper = LineShape.startsUppercase(text)
        // Words (ICU) and title case are measured when a rule asks: most lines end in a
        // full stop and are decided without them.
        var words = WordCount(text, breaker: breaker)
        var measuredRatio: Double?
        func titleCaseRatio() -> Double {
            if let measuredRatio { return measuredRatio }
            let ratio = LineShape.titleCaseRatio(text)
            measuredRatio = ratio
            return ratio
        }

        if let last, LineShape.questionMarks.contains(last), startsUpper, words.isAtMost(15) {
            return Heading(blockIndex: index, style: .plain, text: block.text)
        }
        if let last, LineShape.colons.contains(last) {
            guard startsUpper, words.isAtMost(cased ? 8 : 6) else { return nil }
            let titled = words.isAtMost(3) || (cased ? titleCaseRatio() >= 0.75 : words.isAtMost(6))
            // Without letter case, a short line ending in a colon may as well introduce a
            // list ("本政策说明以下内容："): a list right after it says so.
            let leadsList = next?.kind == .listItem && (!cased || titleCaseRatio() < 1)
            return titled && !leadsList ? Heading(blockIndex: index, style: .colon, text: block.text) : nil
        }
        if let last, LineShape.sentenceEnds.contains(last) {
            return runInCandidate(text, index: index, cased: cased)
        }
        if cased, LineShape.isAllCaps(text), words.isAtMost(14) {
            return Heading(blockIndex: index, style: .caps, text: block.text)
        }
        // A short line without final punctuation, followed by something longer.
        // Prose ends with punctuation; a line without it that a longer one follows is a
        // heading, in title case ("Purposes for the Collection ...") or sentence case
        // ("Finalités de la collecte, du traitement ..."): up to 20 words in title case,
        // 16 in sentence case, 24 without letter case.
        // Vietnamese writes a syllable a word: count characters too.
        let length = LineShape.characterCount(text)
        if startsUpper, let next,
           next.kind == .listItem || next.kind == .cell || LineShape.characterCount(Substring(next.text)) > length + 10 {
            // (Title case is read only where it decides: between 17 and 20 words.)
            let limit = cased ? (words.isAtMost(16) || titleCaseRatio() < 0.75 ? 16 : 20) : 24
            if words.isAtMost(limit) || (length <= 100 && words.isAtMost(24)) {
                return Heading(blockIndex: index, style: .plain, text: block.text)
            }
        }
        return runInCandidate(text, index: index, cased: cased)
    }

    private func numberedCandidate(_ block: Block, index: Int, numbering: Numbering, cased: Bool) -> Heading? {
        let rest = numbering.rest
        guard LineShape.startsUppercase(rest) else { return nil }
        if let runIn = runInPhrase(rest, maxWords: 6, needsTitleCase: false, cased: cased) {
            let heading = String(numbering.label) + " " + String(runIn.phrase)
            return Heading(blockIndex: index, style: .runIn, text: heading, remainder: String(runIn.rest))
        }
        guard rest.utf8.count <= 300, let last = LineShape.lastMeaningful(rest),
              !LineShape.sentenceEnds.contains(last) else { return nil }
        let colon = LineShape.colons.contains(last)
        if !cased && !colon && LineShape.holdsCJKPunctuation(rest) { return nil }
        // Words last: counting them takes ICU.
        var words = WordCount(rest, breaker: breaker)
        // ICU cuts Thai and CJK into short words: allow them more.
        let limit = cased || LineShape.containsSpace(rest) && !LineShape.holdsUnspacedScript(rest) ? 16 : 28
        guard words.isAtMost(limit) || (colon && words.isAtMost(limit + 8)) else { return nil }
        let style = HeadingStyle.numbered(numbering.kind, depth: numbering.depth)
        if colon {
            let titled = words.isAtMost(3) || (cased ? LineShape.titleCaseRatio(rest) >= 0.75 : words.isAtMost(8))
            // Otherwise it may be a lead-in ("1.2 We may process:"), or a heading whose
            // siblings ("A.", "D.") show it is one: decided once all lines are seen.
            guard titled, words.isAtMost(10) else {
                return Heading(blockIndex: index, style: style, text: block.text, isWeak: true)
            }
        }
        return Heading(blockIndex: index, style: style, text: block.text)
    }

    private func runInCandidate(_ text: Substring, index: Int, cased: Bool) -> Heading? {
        guard cased, LineShape.startsUppercase(text),
              let runIn = runInPhrase(text, maxWords: 8, needsTitleCase: true, cased: cased) else { return nil }
        return Heading(blockIndex: index, style: .runIn, text: String(runIn.phrase), remainder: String(runIn.rest))
    }

    /// ICU's word count of a line, made when a rule first needs it. Each word is a scalar
    /// or more, so a line of at most `limit` scalars has at most `limit` words: most
    /// headings are settled without ICU.
    struct WordCount {
        private let text: Substring
        private let breaker: TextBreaker
        private var scalars: Int?
        private var words: Int?

        init(_ text: Substring, breaker: TextBreaker) {
            self.text = text
            self.breaker = breaker
        }

        /// Whether ICU finds at most `limit` words.
        mutating func isAtMost(_ limit: Int) -> Bool {
            if text.utf8.count <= limit { return true }
            if scalars == nil { scalars = text.unicodeScalars.count }
            if scalars! <= limit { return true }
            if words == nil { words = LineShape.wordCount(text, breaker: breaker) }
            return words! <= limit
        }
    }

    /// Title case is how English marks a run-in heading; languages that write headings in
    /// sentence case ("Para residentes en California.") show it by brevity and a capitalized name.
    static func looksLikeRunInTitle(_ phrase: Substring, words: Int) -> Bool {
        let ratio = LineShape.titleCaseRatio(phrase)
        return ratio >= 0.75 || (words <= 5 && ratio >= 0.5)
    }

    /// "By Browsing. As you browse..." -> ("By Browsing.", "As you browse..."): a short
    /// first sentence that opens a longer paragraph.
    private func runInPhrase(_ text: Substring, maxWords: Int, needsTitleCase: Bool, cased: Bool)
        -> (phrase: Substring, rest: Substring)? {
        guard let stop = Self.runInStop(text) else { return nil }
        return acceptRunIn(phrase: text[text.startIndex..<stop.lowerBound], dot: text[stop],
                           rest: SourceLines.trim(text[stop.upperBound...]),
                           maxWords: maxWords, needsTitleCase: needsTitleCase, cased: cased)
    }

    /// The full stop that may end a run-in phrase: the first within 120 characters that a
    /// new sentence follows ("." before white space or a capital; "。" and "．" before
    /// anything), unless a colon, comma or bracket comes first.
    static func runInStop(_ text: Substring) -> Range<String.Index>? {
        // ASCII without CR (where a Character is a byte) is read by its bytes.
        if LineShape.isASCII(text), !text.utf8.contains(0x0D) {
            let utf8 = text.utf8
            var index = utf8.startIndex
            var read = 0
            while index < utf8.endIndex, read < 120 {
                let byte = utf8[index]
                if byte == UInt8(ascii: ".") {
                    let after = utf8.index(after: index)
                    guard after < utf8.endIndex else { return nil }
                    let next = utf8[after]
                    if next == 0x20 || (0x09...0x0D).contains(next) || (0x41...0x5A).contains(next) { return index..<after }
                }
                if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") { return nil }
                index = utf8.index(after: index)
                read += 1
            }
            return nil
        }
        if let stop = scannedRunInStop(text) { return stop }
        return characterRunInStop(text)
    }

    /// `runInStop` over the Characters `CharacterScan` finds; nil when it cannot scan the
    /// text. The stops and the stoppers are single scalars that no other scalar is
    /// canonically equivalent to, so comparing first scalars of single-scalar Characters
    /// is comparing Characters.
    static func scannedRunInStop(_ text: Substring) -> Range<String.Index>?? {
        var read = 0
        var pending: ScannedCharacter?
        var found: ScannedCharacter?
        let scanned = CharacterScan.forEach(in: text) { character in
            if let stop = pending {
                if stop.first != "." || CharacterScan.isWhitespace(character.first)
                    || (CharacterScan.isLetter(character.first) && LineShape.character(character, in: text).isUppercase) {
                    found = stop
                    return false
                }
                pending = nil
            }
            guard read < 120 else { return false }
            read += 1
            guard character.isSingleScalar else { return true }
            switch character.first {
            case ".", "。", "．": pending = character
            case ":", ",", "(": return false
            default: break
            }
            return true
        }
        guard scanned != nil else { return nil }
        guard let found else { return .some(nil) }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: found.start)
        return start..<utf8.index(start, offsetBy: found.end - found.start)
    }

    /// `runInStop` over Swift's Characters.
    static func characterRunInStop(_ text: Substring) -> Range<String.Index>? {
        let window = text.prefix(120)
        var index = window.startIndex
        while index < window.endIndex {
            let character = window[index]
            if character == "." || character == "。" || character == "．" {
                let after = text.index(after: index)
                guard after < text.endIndex else { return nil }
                let next = text[after]
                if character != "." || next.isWhitespace || (next.isLetter && next.isUppercase) { return index..<after }
            }
            if character == ":" || character == "," || character == "(" { return nil }
            index = window.index(after: index)
        }
        return nil
    }

    private func acceptRunIn(phrase: Substring, dot: Substring, rest: Substring, maxWords: Int,
                             needsTitleCase: Bool, cased: Bool) -> (phrase: Substring, rest: Substring)? {
        let words = LineShape.splitWords(phrase)
        guard (1...maxWords).contains(words.count) || (!cased && LineShape.wordCount(phrase, breaker: breaker) <= maxWords),
              let lastWord = words.last else { return nil }
        if LineShape.abbreviations.contains(lastWord.lowercased()) || LineShape.characterCount(lastWord) == 1 { return nil }
        if needsTitleCase && !Self.looksLikeRunInTitle(phrase, words: words.count) { return nil }
        // At least three words follow (or ten characters without letter case).
        guard !LineShape.hasAtMostWords(rest, 2) || (!cased && LineShape.hasCharacters(rest, atLeast: 10)) else { return nil }
        guard LineShape.startsUppercase(rest) else { return nil }
        return (phrase.base[phrase.startIndex..<dot.endIndex], rest)
    }

    /// "B. The Information Collected From Children, How It is Used, and ...:" is a heading
    /// because "A." and "D." of the same list are; "1.2 We may process the following:" is
    /// not when no "1.x" line is a heading.
    private func promoteNumberedSiblings(_ candidates: [Heading]) -> [Heading] {
        var strongStyles: [HeadingStyle: Int] = [:]
        for candidate in candidates where !candidate.isWeak { strongStyles[candidate.style, default: 0] += 1 }
        return candidates.compactMap { candidate in
            guard candidate.isWeak else { return candidate }
            guard (strongStyles[candidate.style] ?? 0) >= 2 else { return nil }
            var promoted = candidate
            promoted.isWeak = false
            return promoted
        }
    }

    /// Where most lines numbered in a style are clauses ("1.1 Your privacy is important to
    /// us ..."), a longer line in that style is a clause too ("12.1 If you have questions,
    /// please contact us at legal@example.com").
    private func demoteClauseNumbering(_ candidates: [Heading], blocks: [Block], facts: BlockFacts) -> [Heading] {
        var numberedLines: [HeadingStyle: Int] = [:]
        for (index, block) in blocks.enumerated() where block.kind == .line {
            if let numbering = facts.numbering(ofBlock: index) {
                numberedLines[.numbered(numbering.kind, depth: numbering.depth), default: 0] += 1
            }
        }
        var accepted: [HeadingStyle: Int] = [:]
        for candidate in candidates where candidate.style.isNumbered { accepted[candidate.style, default: 0] += 1 }
        return candidates.filter { candidate in
            guard candidate.style.isNumbered, let total = numberedLines[candidate.style],
                  (accepted[candidate.style] ?? 0) * 2 < total else { return true }
            let rest = Numbering.parse(Substring(candidate.text))?.rest ?? Substring(candidate.text)
            return LineShape.wordCount(rest, breaker: breaker) <= 6
        }
    }

    /// What a heading says, without its numbering, case, accents or punctuation: a table of
    /// contents entry and the heading it lists have the same key.
    static func headingKey(_ text: String) -> String {
        headingKey(text, body: Numbering.parse(Substring(text))?.rest ?? Substring(text))
    }

    /// `headingKey(text)` given the text's `body` after its numbering.
    static func headingKey(_ text: String, body: Substring) -> String {
        if LineShape.isASCII(body) {
            // Folding ASCII lower-cases it; its letters and numbers are a-z and 0-9.
            var key: [UInt8] = []
            for byte in body.utf8 {
                let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) { key.append(lower) }
            }
            return String(decoding: key, as: UTF8.self)
        }
        return ScalarKeys.key(body) ?? lettersAndNumbers(TextFolding.fold(String(body), stripAccents: true))
    }

    /// The Characters of `text` that are letters or numbers: those whose first scalar is,
    /// with the marks that join it. Text of the scripts `CharacterScan` knows is read by
    /// its bytes, which is the same and much faster than breaking it into Characters.
    static func lettersAndNumbers(_ text: String) -> String {
        let substring = Substring(text)
        let utf8 = text.utf8
        var kept: [UInt8] = []
        kept.reserveCapacity(utf8.count)
        let scanned = utf8.withContiguousStorageIfAvailable { bytes in
            CharacterScan.forEach(in: substring) { character in
                let first = character.first
                // Folded Latin text is mostly ASCII, whose letters and numbers are a-z, A-Z and 0-9.
                let keep = first.isASCII
                    ? ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
                    : CharacterScan.isLetter(first) || first.properties.numericType != nil
                if keep { kept.append(contentsOf: bytes[character.start..<character.end]) }
                return true
            }
        }
        guard scanned == true else { return text.filter { $0.isLetter || $0.isNumber } }
        return String(decoding: kept, as: UTF8.self)
    }

    /// A run of headings at the top that repeats later headings is a table of contents.
    private func removeTableOfContents(_ candidates: [Heading], facts: BlockFacts) -> [Heading] {
        // A run-in heading is part of its line; any other heading is its whole block.
        let keys = candidates.map { $0.remainder == nil ? facts.key(ofBlock: $0.blockIndex) : Self.headingKey($0.text) }
        // Where each key last occurs: "repeats later" is one lookup, so the check stays
        // linear with thousands of distinct headings.
        var lastPosition: [String: Int] = [:]
        for (position, key) in keys.enumerated() { lastPosition[key] = position }
        var keep: [Heading] = []
        for (position, heading) in candidates.enumerated() {
            let repeatsLater = lastPosition[keys[position]]! > position
            let followedByHeading = position + 1 < candidates.count
                && candidates[position + 1].blockIndex == heading.blockIndex + 1
            if repeatsLater && followedByHeading && heading.style != .runIn { continue }
            keep.append(heading)
        }
        return keep
    }

    /// The document's title: the last unnumbered heading among the short lines that open
    /// it. Lines before it (a navigation crumb) are left as headless text.
    private func markTitle(_ candidates: [Heading], blocks: [Block]) -> [Heading] {
        let bodyStart = blocks.firstIndex { block in
            let text = Substring(block.text)
            // ICU finds at most a word a scalar: fewer than 12 scalars need no count.
            return block.kind != .line || !LineShape.hasAtMostWords(text, 7)
                || (text.unicodeScalars.count >= 12 && LineShape.wordCount(text, breaker: breaker) >= 12)
        } ?? blocks.count
        let leading = candidates.indices.filter { candidates[$0].blockIndex < bodyStart && candidates[$0].style != .runIn }
        guard let titleIndex = leading.last(where: { !candidates[$0].style.isNumbered }) else { return candidates }
        var result = candidates
        result[titleIndex].isTitle = true
        // Earlier leading candidates are crumbs, not sections of their own.
        let crumbs = Set(leading.filter { $0 < titleIndex })
        return result.enumerated().filter { !crumbs.contains($0.offset) }.map(\.element)
    }

    // MARK: Levels

    /// Levels from heading styles: a style seen before keeps its level; a new style nests
    /// under the open headings that rank above it. Run-in headings never hold children.
    func assignLevels(_ headings: [Heading]) -> [Heading] {
        if headings.contains(where: { if case .explicit = $0.style { return true } else { return false } }) {
            return explicitLevels(headings)
        }
        var result = headings
        var stack: [HeadingStyle] = []
        var knownLevel: [HeadingStyle: Int] = [:]
        for index in result.indices {
            let style = result[index].style
            if result[index].isTitle { result[index].level = 1; continue }
            if style == .runIn {
                result[index].level = stack.count + 1
                continue
            }
            if let level = knownLevel[style], level <= stack.count + 1 {
                stack.removeLast(stack.count - (level - 1))
            } else {
                while let top = stack.last, top.rank >= style.rank { stack.removeLast() }
            }
            stack.append(style)
            result[index].level = stack.count
            if knownLevel[style] == nil { knownLevel[style] = stack.count }
        }
        return result
    }

    private func explicitLevels(_ headings: [Heading]) -> [Heading] {
        var result = headings
        let markupLevels = headings.map { heading -> Int in
            if case .explicit(let level) = heading.style { return level } else { return 6 }
        }
        guard let top = markupLevels.min() else { return result }
        // A lone top-level heading opening the document is its title: level 1 beside its sections.
        var skipTitle = false
        if markupLevels.count > 1, markupLevels[0] == top, markupLevels.filter({ $0 == top }).count == 1 {
            result[0].isTitle = true
            result[0].level = 1
            skipTitle = true
        }
        let rest = skipTitle ? Array(markupLevels.dropFirst()) : markupLevels
        let distinct = Array(Set(rest)).sorted()
        for index in result.indices where !(skipTitle && index == 0) {
            result[index].level = (distinct.firstIndex(of: markupLevels[index]) ?? 0) + 1
        }
        return result
    }

    // MARK: Cutting sections

    /// Table-of-contents entries (list items or lines that repeat a later heading) are no
    /// content of the section that lists them: they would make an introduction look like
    /// every topic at once.
    private func tableOfContentsBlocks(_ blocks: [Block], headings: [Heading], facts: BlockFacts) -> Set<Int> {
        var headingKeys: [String: Int] = [:]
        for heading in headings { headingKeys[facts.key(ofBlock: heading.blockIndex)] = heading.blockIndex }
        var entries = Set<Int>()
        guard let lastHeading = headings.last?.blockIndex else { return entries }
        for (index, block) in blocks[..<lastHeading].enumerated()
        where (block.kind == .listItem || block.kind == .line) && block.text.utf8.count <= 200 {
            if let headingBlock = headingKeys[facts.key(ofBlock: index)], headingBlock > index { entries.insert(index) }
        }
        return entries
    }

    private func cut(_ document: PolicyDocument, headings: [Heading], facts: BlockFacts) -> [Section] {
        let tableOfContents = tableOfContentsBlocks(document.blocks, headings: headings, facts: facts)
        let blocks = document.blocks.enumerated().map { index, block in
            // Kept in place (for lines) but emptied of text.
            tableOfContents.contains(index) ? Block(kind: block.kind, text: "", line: block.line, endLine: block.endLine) : block
        }
        var sections: [Section] = []
        let firstHeadingBlock = headings.first?.blockIndex ?? blocks.count
        if firstHeadingBlock > 0 {
            sections.append(Section(index: 0, heading: nil, startLine: 1, endLine: document.lineCount, level: 1,
                                    runIn: false, isOpening: true, body: Array(blocks[0..<firstHeadingBlock])))
        }
        var open: [(level: Int, index: Int)] = []
        for (position, heading) in headings.enumerated() {
            let block = blocks[heading.blockIndex]
            let bodyEnd = position + 1 < headings.count ? headings[position + 1].blockIndex : blocks.count
            var body: [Block] = []
            if let remainder = heading.remainder, !remainder.isEmpty {
                var rest = Block(kind: .line, text: remainder, line: block.line, endLine: block.endLine)
                // A run-in heading opens a wrapped paragraph: the rest keeps its lines.
                if !block.lineStarts.isEmpty, block.text.hasSuffix(remainder) {
                    let cut = block.text.utf8.count - remainder.utf8.count
                    rest.line = block.line(atOffset: cut)
                    rest.lineStarts = block.lineStarts.filter { $0 > cut }.map { $0 - cut }
                }
                body.append(rest)
            }
            body += blocks[(heading.blockIndex + 1)..<bodyEnd]
            while let last = open.last, last.level >= heading.level { open.removeLast() }
            let index = sections.count
            let startLine = max(block.line, sections.last.map { $0.startLine } ?? 1)
            sections.append(Section(index: index, heading: heading.text, startLine: startLine,
                                    endLine: document.lineCount, level: heading.level,
                                    runIn: heading.style == .runIn, isOpening: heading.isTitle,
                                    parent: heading.isTitle ? nil : open.last?.index,
                                    body: body))
            sections[index].anchor = block.anchor
            sections[index].isLeadIn = block.isLeadIn
            if !heading.isTitle && heading.style != .runIn { open.append((heading.level, index)) }
        }
        for index in sections.indices.dropLast() {
            sections[index].endLine = max(sections[index].startLine, sections[index + 1].startLine - 1)
        }
        if let last = sections.indices.last { sections[last].endLine = max(sections[last].startLine, document.lineCount) }
        return sections
    }
}

import Foundation
import PolicyText

/// Scores text against a compiled lexicon: heading cues found in a heading weigh most,
/// body scores are normalized for length, and a short subsection leans on its parent.
///
/// Holds an ICU iterator: use one classifier per thread.
public final class SectionClassifier {
    public let lexicon: CompiledLexicon
    public let taxonomy: Taxonomy
    private let tokenizer: Tokenizer
    /// Words met so far, each with its forms and candidate entries.
    private let wordCache: LexiconWordCache

    /// Records what each concept adds to the scores (`Classification.contributions`), for
    /// learning concept weights.
    public var recordsContributions = false
    /// Reads each section's scores into its label (`LabelLayer`), when one was learned.
    public var layer: LabelLayer?
    /// From strength of evidence to confidence: the lexicons' learned map, or the built-in one.
    let calibration: ConfidenceCalibration

    /// Below this score nothing is claimed: the label is `other`.
    static let minimumScore = 1.0
    /// Secondary labels need this share of the primary's score.
    static let secondaryShare = 0.5
    static let secondaryMinimum = 2.0

    public init(lexicon: CompiledLexicon, taxonomy: Taxonomy) throws {
        self.lexicon = lexicon
        self.taxonomy = taxonomy
        tokenizer = try Tokenizer(locale: lexicon.tag)
        wordCache = LexiconWordCache(lexicon: lexicon)
        calibration = lexicon.calibration ?? .builtIn
    }

    /// Reads texts through a document's lines, each folded and broken once for every
    /// reader of the document (when this classifier's lexicon breaks words as they do).
    func share(_ lines: FoldedLines) {
        wordCache.share(lines, tokenizer: tokenizer)
    }

    var sharesLines: Bool { wordCache.lines != nil }

    /// Multipliers by where a term is found and what kind of evidence it is. A generic word
    /// ("account") gets no extra weight in a heading.
    private static func factor(role: ConceptInventory.Concept.Kind, inHeading: Bool) -> Double {
        switch (role, inHeading) {
        case (.heading, true), (.title, true): return 4
        case (.body, true), (.purpose, true): return 2
        case (.generic, true): return 1
        case (.heading, false), (.title, false): return 0.5
        case (.body, false), (.purpose, false), (.generic, false): return 1
        }
    }

    /// Weight added to `intro` for a policy's opening text, which introduces the policy in
    /// nearly every policy even when it lists what the policy covers (collection, use...).
    static let openingIntroBonus = 6.0

    /// `headingReader` reads the heading when it is in another language than the body (a
    /// heading left in English inside a translation).
    public func classify(heading: String?, body: String, parent: Classification? = nil,
                         isOpening: Bool = false, headingReader: SectionClassifier? = nil) -> Classification {
        classify(heading: heading, body: body, parent: parent, isOpening: isOpening, headingReader: headingReader, headingShare: 1)
    }

    /// A paragraph under a heading: the heading it sits under weighs less than a section's
    /// own heading, since a paragraph states one practice of the section's topic ("You may
    /// delete your account" under "California residents" is a right).
    public func classify(paragraph: String, under heading: String?) -> Classification {
        classify(heading: heading, body: paragraph, parent: nil, isOpening: false, headingReader: nil, headingShare: Self.paragraphHeadingShare)
    }

    static let paragraphHeadingShare = 0.4
    /// Share of its parent's scores a subsection adds when it leans on the parent.
    static let parentShare = 0.25
    /// Extra weight of a purpose phrase that opens a text (a list item of purposes).
    static let openingPurposeBonus = 4.0
    /// A paragraph under a region's heading ("Your California rights") states a practice; the
    /// region is its setting, so the heading's regional cue weighs less there.
    static let paragraphRegionShare = 0.25

    func classify(heading: String?, body: String, parent: Classification?, isOpening: Bool,
                  headingReader: SectionClassifier?, headingShare: Double) -> Classification {
        let count = taxonomy.entries.count
        var scores = [Double](repeating: 0, count: count)
        // Evidence is summed per name across the two lexicons when a heading is read with
        // another one: by id otherwise.
        var contributions = EvidenceTally(byName: headingReader.map { $0.lexicon !== lexicon } ?? false)
        var recorded: [Classification.Contribution] = []
        let reader = headingReader ?? self

        let regional = taxonomy.position(of: "regional")
        let contact = taxonomy.position(of: "contact")
        func add(_ hits: [CompiledLexicon.Hit], from lexicon: CompiledLexicon, inHeading: Bool, scale: Double) {
            lexicon.entries.withUnsafeBufferPointer { entries in
                for hit in hits {
                    let entry = entries[hit.entry]
                    // A purpose phrase ("to provide") opening a heading names the use as a
                    // heading cue does; a one-word purpose form ("guna") is only a body word there.
                    let phrase = entry.role == .purpose && inHeading && entry.words.count >= 2 ? 2.0 : 1.0
                    let regionOnly = inHeading && headingShare < 1 && entry.section == regional ? Self.paragraphRegionShare : 1.0
                    let value = entry.weight * Self.factor(role: entry.role, inHeading: inHeading) * phrase * scale * regionOnly
                    scores[entry.section] += value
                    contributions.add(value, evidence: lexicon.evidenceOfEntry[hit.entry], section: entry.section, of: lexicon)
                    if recordsContributions { recorded.append(.init(concept: entry.concept, section: entry.section, value: value)) }
                }
            }
        }

        let bodyWords = wordCache.ids(ofWordsIn: fieldLabelsOnly(body), tokenizer: tokenizer)
        let headingHits = heading.map { reader.hits(inHeading: $0) } ?? []
        // A heading that lists several topics ("Collection, Processing, Sharing, or Other
        // Disclosure") says less about each: the text decides.
        let headingTopics = Set(headingHits.map { reader.lexicon.entries[$0.entry].section }).count
        let headingScale = (headingTopics >= 3 ? 0.5 : 1) * headingShare
        // Too little text to tell (a navigation crumb such as "Skip link").
        if heading == nil && bodyWords.count < 6 {
            return Classification.other(sections: count)
        }
        // A legal formality ("Governing law", "Translations") is no privacy topic, whatever
        // its text mentions (the laws of a country, a newer version); nor is a subsection of
        // one that names no topic of its own ("French" under "Translations").
        let namesTopic = headingHits.contains { [.heading, .title].contains(reader.lexicon.entries[$0.entry].role) }
        if let heading, !namesTopic, parent?.isBoilerplate == true || reader.isBoilerplate(heading) {
            var other = Classification.other(sections: count)
            other.isBoilerplate = true
            other.confidence = Self.boilerplateConfidence
            other.evidence = ["boilerplate heading"]
            return other
        }
        add(headingHits, from: reader.lexicon, inHeading: true, scale: headingScale)
        // Two topics in one heading: its head decides ("How we share the information we
        // collect" is about sharing). The head's topic gets half its heading score again.
        if headingTopics == 2 {
            let sections = { (hit: CompiledLexicon.Hit) in reader.lexicon.entries[hit.entry].section }
            let head = reader.lexicon.headingHeadLast
                ? headingHits.max { ($0.position + $0.length) < ($1.position + $1.length) }
                : headingHits.min { $0.position < $1.position }
            if let head {
                let section = sections(head)
                add(headingHits.filter { sections($0) == section }, from: reader.lexicon, inHeading: true,
                    scale: Self.headingHeadShare * headingShare)
            }
        }
        // Long sections mention many topics in passing: damp the body by its length.
        let bodyScale = 1 / max(1, (Double(bodyWords.count) / 60).squareRoot())
        // In the text each mention counts once ("we collect" is not also "collect*"); a
        // heading keeps every cue it holds, which the hand-set weights count on.
        let bodyHits = lexicon.distinct(lexicon.hits(inWords: bodyWords, cache: wordCache))
        add(bodyHits, from: lexicon, inHeading: false, scale: bodyScale)
        // A text that opens with a purpose (its first word, or the one after "to", "pour",
        // "untuk": "to personalize the Site ...", a list item of purposes) states a use,
        // whatever data it names on the way.
        let opening = bodyHits.filter { $0.position <= 1 && lexicon.entries[$0.entry].role == .purpose }
        add(opening, from: lexicon, inHeading: false, scale: Self.openingPurposeBonus)

        // The opening text of a policy (its title section, or the text before the first
        // heading) introduces it, even when it lists what it covers (collection, use...):
        // intro leads, and the topic it names most stays as a secondary label.
        // So does a section whose heading names only the document or a summary of it
        // ("GitHub Privacy Statement", "Summary", "The short version"), however many topics
        // its text goes through.
        let intro = taxonomy.position(of: "intro")
        let namesOnlyTheDocument = heading.map { reader.namesOnlyTheDocument($0, hits: headingHits) } ?? false
        if isOpening || namesOnlyTheDocument, bodyWords.count >= 15, let intro {
            let lead = max(scores[intro] + Self.openingIntroBonus, (scores.max() ?? 0) * 1.1)
            contributions.add(lead - scores[intro], section: intro,
                              named: isOpening ? "intro\u{0}(opening of the policy)" : "intro\u{0}(heading names the policy)")
            scores[intro] = lead
        }
        // A subsection is read in the light of its parent's topic, when the parent's heading
        // names one: whatever its length when its own heading names none ("Google Play",
        // "Podcast hosts" under "Third-party services"), and when it is short with little
        // evidence of its own ("A. About the Collection of Parent Email Addresses:", "To
        // provide the service").
        if let parent, parent.label != Taxonomy.other, parent.headingNamesTopic,
           (heading != nil && !namesTopic) || (bodyWords.count < 80 && (scores.max() ?? 0) < 4) {
            for index in scores.indices { scores[index] += parent.scores[index] * Self.parentShare }
        }
        // A section is where to reach the company only when it says how: an address, a
        // phone number, a link. Without one, "Contact by e-mail" or "Contacting you" is what
        // happens to the data of a person who writes, or how the company writes to them.
        // A heading naming the controller or the data protection officer names whom to reach:
        // that name is the detail. A heading-only parent, whose text its subsections hold,
        // is not judged.
        let namesWhom = headingHits.contains { Self.whomConcepts.contains(reader.lexicon.entries[$0.entry].concept ?? "") }
        if headingShare == 1, let contact, scores[contact] > 0, !namesWhom, bodyWords.count >= Self.realTextWords,
           !Self.hasContactDetails(body) {
            let damped = scores[contact] * Self.contactWithoutDetailsShare
            contributions.add(damped - scores[contact], section: contact, named: "contact\u{0}(no address, phone or link)")
            scores[contact] = damped
        }
        var result = decide(scores: scores, contributions: contributions)
        result.headingTopics = Set(headingHits.lazy.map { reader.lexicon.entries[$0.entry] }.filter { $0.role != .generic }
            .map(\.section)).sorted()
        // A title ("GitHub Privacy Statement") or a generic word names no topic for
        // subsections to lean on.
        result.headingNamesTopic = result.headingTopics.contains { $0 != intro }
        result.contributions = recorded
        return result
    }

    private func decide(scores: [Double], contributions: EvidenceTally) -> Classification {
        let ranked = Self.leaders(of: scores)
        let best = ranked[0]
        let top = scores[best]
        guard top >= Self.minimumScore else {
            var result = Classification.other(sections: scores.count)
            result.scores = scores
            return result
        }
        let second = ranked.count > 1 ? scores[ranked[1]] : 0
        var labels = [taxonomy.entries[best].id]
        for index in ranked.dropFirst() where scores[index] >= top * Self.secondaryShare && scores[index] >= Self.secondaryMinimum {
            labels.append(taxonomy.entries[index].id)
            if labels.count == 3 { break }
        }
        let bestID = taxonomy.entries[best].id
        let strength = Self.strength(top: top, second: second)
        let evidence = contributions.sums(ofSection: best)
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(6)
            .map { String($0.key.dropFirst(bestID.count + 1)) }
        var result = Classification(label: bestID, labels: labels, confidence: calibration.confidence(strength),
                                    evidence: evidence, scores: scores)
        result.strength = strength
        return result
    }

    /// The positions of the three highest scores, highest first, ties to the lower position:
    /// the head of the whole ranking, which is all `decide` reads (at most three labels).
    static func leaders(of scores: [Double]) -> [Int] {
        var leaders: [Int] = []
        leaders.reserveCapacity(3)
        for index in scores.indices {
            var slot = leaders.count
            while slot > 0, scores[index] > scores[leaders[slot - 1]] { slot -= 1 }
            if slot < 3 {
                leaders.insert(index, at: slot)
                if leaders.count > 3 { leaders.removeLast() }
            }
        }
        return leaders
    }

    /// Strength of evidence (saturating in the top score) times the margin over the
    /// runner-up: the raw value the calibration maps onto the share of labels right at it
    /// (learned.txt, or the built-in map), so that a confidence of 0.8 means about four
    /// labels in five are right. See the accuracy-by-confidence test.
    static func strength(top: Double, second: Double) -> Double {
        let strength = 1 - exp(-top / 5)
        let margin = (top - second) / top
        return strength * (0.45 + 0.55 * margin)
    }

    /// Taxonomy positions a heading names, through heading cues or body terms (a translated
    /// heading often says it with a body word: "Welche Informationen sammeln wir?").
    func headingTopics(_ heading: String) -> Set<Int> {
        Set(hits(inHeading: heading).map { lexicon.entries[$0.entry].section })
    }

    /// The lexicon's hits in a heading, read with this classifier's lexicon.
    func hits(inHeading heading: String) -> [CompiledLexicon.Hit] {
        reading(ofHeading: heading).hits
    }

    /// A heading's word count and hits. A document's headings are asked about several
    /// times (the opening, parents, their own label): each is read once.
    func reading(ofHeading heading: String) -> (words: Int, hits: [CompiledLexicon.Hit]) {
        if let known = headingReadings[heading] { return known }
        if headingReadings.count >= Self.headingMemory { headingReadings.removeAll(keepingCapacity: true) }
        let ids = wordCache.ids(ofWordsIn: heading, tokenizer: tokenizer)
        let reading = (words: ids.count, hits: lexicon.hits(inWords: ids, cache: wordCache))
        headingReadings[heading] = reading
        return reading
    }

    private var headingReadings: [String: (words: Int, hits: [CompiledLexicon.Hit])] = [:]
    private static let headingMemory = 256

    /// A body with legal-basis fields ("Rechtsgrundlagen: Vertragserfüllung (Art. 6 Abs. 1
    /// lit. b DSGVO)", "...; Legal basis: consent"): such a field counts as its label alone.
    /// Its value cites the laws, which would otherwise outweigh the description of the
    /// processing it closes. (Fields of other topics keep their values: reading them as
    /// labels alone lost more sections than it won.)
    func fieldLabelsOnly(_ body: String) -> String {
        guard let legalBasis = taxonomy.position(of: "legal-basis") else { return body }
        func legalBasisLabel(_ field: Substring) -> Substring? {
            guard let label = Self.fieldLabel(of: field) else { return nil }
            let names = hits(inHeading: String(label)).contains {
                lexicon.entries[$0.entry].section == legalBasis && lexicon.entries[$0.entry].role != .generic
            }
            return names ? label : nil
        }
        // Lines are found by their bytes, and only a line with a colon is read further:
        // most bodies hold no field, and splitting them into Characters cost more than
        // matching their words.
        let utf8 = body.utf8
        var read: [(range: Range<String.Index>, text: String)] = []
        for lineBytes in Self.linesWithColon(body) {
            let start = utf8.index(utf8.startIndex, offsetBy: lineBytes.lowerBound)
            let range = start..<utf8.index(start, offsetBy: lineBytes.count)
            let line = body[range]
            if let label = legalBasisLabel(line) {
                read.append((range, String(label)))
            } else if Self.hasColonAfterSemicolon(line) {
                // A field may also close a line, after a semicolon ("...; Legal basis: Art. 6 ...").
                let parts = line.components(separatedBy: "; ")
                let labelled = parts.map { part in legalBasisLabel(Substring(part)).map(String.init) ?? part }
                if labelled != parts { read.append((range, labelled.joined(separator: "; "))) }
            }
        }
        guard !read.isEmpty else { return body }
        var result = ""
        var copied = body.startIndex
        for (range, text) in read {
            result += body[copied..<range.lowerBound]
            result += text
            copied = range.upperBound
        }
        return result + body[copied...]
    }

    /// Whether a colon, ASCII or full-width, follows the first "; " of a line: only a part
    /// after it can be a field the whole line is not (the first part has the line's label
    /// and a shorter value, so it is a field only when the line is).
    static func hasColonAfterSemicolon(_ line: Substring) -> Bool {
        let found = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: ";") && bytes[index + 1] == 0x20) { index += 1 }
            index += 2
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x3A || (byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A) {
                    return true
                }
                index += 1
            }
            return false
        }
        return found ?? ByteSearch.contains(line, "; ")
    }

    /// The byte ranges of the lines of `text` that hold a colon, ASCII or full-width (EF BC
    /// 9A), which every field has.
    private static func linesWithColon(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            var found: [Range<Int>] = []
            ByteSearch.forEachLine(in: bytes) { line in
                var index = line.lowerBound
                while index < line.upperBound {
                    let byte = bytes[index]
                    if byte == 0x3A || (byte == 0xEF && index + 2 < line.upperBound && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A) {
                        found.append(line)
                        return
                    }
                    index += 1
                }
            }
            return found
        }
    }

    /// The label of a field line: at most four words and 40 characters, with no sentence
    /// punctuation, before a colon followed by a value.
    static func fieldLabel(of line: Substring) -> Substring? {
        // A colon after more than 40 ASCII characters is past the label, which settles most
        // lines without grapheme breaking (Characters are bytes there, CR aside).
        var asciiLead = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: ":") || byte >= 0x80 || byte == 0x0D { break }
            asciiLead += 1
            if asciiLead > 40 { return nil }
        }
        if let settled = fieldLabelByBytes(line, colonOffset: asciiLead) { return settled }
        guard let colon = line.prefix(41).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = SourceLines.trim(line[..<colon])
        let value = line[line.index(after: colon)...]
        guard !label.isEmpty, LineShape.hasAtMostWords(label, 4),
              label.contains(where: \.isLetter), !label.contains(where: { ".,;()?!\"“”/".contains($0) || $0.isNumber }),
              value.first.map({ $0 == " " || $0 == "\u{3000}" || colon < line.endIndex && line[colon] == "：" }) == true,
              value.contains(where: \.isLetter) else { return nil }
        return label
    }

    /// `fieldLabel` read from bytes when the line opens with ASCII up to an ASCII colon at
    /// `colonOffset`, followed by ASCII: every Character there is one byte, so the label's
    /// tests are byte tests. The value's first letter is an ASCII letter after an ASCII byte
    /// (no Prepend character can join it to one before). `.some(nil)` is no label; nil
    /// leaves the line to the Character reading (a mark or a non-ASCII byte where it counts).
    private static func fieldLabelByBytes(_ line: Substring, colonOffset colon: Int) -> Substring?? {
        let settled = line.utf8.withContiguousStorageIfAvailable { bytes -> (labelEnd: Int, isField: Bool)? in
            guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { return nil }
            // The value's first Character is a lone space, or it is no field.
            guard colon + 1 < bytes.count else { return (colon, false) }
            let next = bytes[colon + 1]
            guard next < 0x80 else { return nil }
            guard next == 0x20 else { return (colon, false) }
            guard colon + 2 >= bytes.count || bytes[colon + 2] < 0x80 else { return nil }
            var hasLetter = false
            for index in 0..<colon {
                let byte = bytes[index]
                if ByteScan.isASCIILetter(byte) { hasLetter = true; continue }
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"),
                     UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    return (colon, false)
                default:
                    continue
                }
            }
            guard hasLetter else { return (colon, false) }
            for index in (colon + 2)..<max(colon + 2, bytes.count) {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                if ByteScan.isASCIILetter(byte) { return (colon, true) }
            }
            return (colon, false)
        }
        guard let settled, let (labelEnd, isField) = settled else { return nil }
        guard isField else { return .some(nil) }
        let label = SourceLines.trim(line[..<line.utf8.index(line.startIndex, offsetBy: labelEnd)])
        guard !label.isEmpty, LineShape.hasAtMostWords(label, 4) else { return .some(nil) }
        return .some(label)
    }

    /// Whether a heading names the document or a summary of it and nothing else: its cues
    /// are titles ("Privacy Statement", "Summary"; a generic word inside one, such as
    /// "privacidad" in "Declaración de privacidad", names nothing more), and they make at
    /// least half its words (a company name may stand beside them, but "Allgemeines zur
    /// Datenverarbeitung" is about processing, not a general title).
    func namesOnlyTheDocument(_ heading: String, hits: [CompiledLexicon.Hit]) -> Bool {
        let titles = hits.filter { lexicon.entries[$0.entry].role == .title }
        var covered = Set<Int>()
        for hit in titles { covered.formUnion(hit.position..<(hit.position + hit.length)) }
        // Any other cue names a topic, unless it is a generic word inside a title.
        let others = hits.filter { hit in
            lexicon.entries[hit.entry].role != .title
                && !(lexicon.entries[hit.entry].role == .generic && covered.isSuperset(of: hit.position..<(hit.position + hit.length)))
        }
        guard !titles.isEmpty, others.isEmpty else { return false }
        return covered.count * 2 >= reading(ofHeading: heading).words
    }

    /// Whether a heading holds a heading cue of a topic other than intro.
    func hasHeadingCue(_ heading: String?, reader: SectionClassifier) -> Bool {
        guard let heading else { return false }
        let intro = taxonomy.position(of: "intro")
        return reader.hits(inHeading: heading).contains { hit in
            let entry = reader.lexicon.entries[hit.entry]
            return (entry.role == .heading || entry.role == .title) && entry.section != intro
        }
    }

    /// Below this many words a section has no text of its own (a title with a date, a
    /// parent heading whose subsections follow).
    static let realTextWords = 15
    /// Characters of a body read to tell whether it has text of its own.
    static let bodySample = 600
    /// How sure a boilerplate heading makes the `other` label: the heading says so, but
    /// a policy may put a practice under any heading.
    static let boilerplateConfidence = 0.8

    /// Whether a heading is one of the lexicon's boilerplate headings, its numbering ("7.",
    /// "IV.", "a)") set aside. Paragraphs under one heading ask in turn: the last answer is kept.
    func isBoilerplate(_ heading: String) -> Bool {
        guard !lexicon.boilerplateHeadings.isEmpty else { return false }
        if let last = lastBoilerplate, last.heading == heading { return last.answer }
        let numbering = Numbering.parse(Substring(heading))
        // Without numbering the title is the heading, whose words are already counted: a
        // length no boilerplate heading has settles it without reading the words again.
        if numbering == nil, !lexicon.boilerplateLengths.contains(reading(ofHeading: heading).words) { return false }
        let title = numbering?.rest ?? Substring(heading)
        let answer = lexicon.boilerplateHeadings.contains(tokenizer.words(String(title), foldAccents: lexicon.foldAccents))
        lastBoilerplate = (heading, answer)
        return answer
    }

    private var lastBoilerplate: (heading: String, answer: Bool)?

    /// Extra share of the heading score for the topic at a two-topic heading's head.
    static let headingHeadShare = 0.5

    /// Labels every section of a document in order, so parents are labelled before children.
    public func classify(_ sections: inout [Section], headingReader: (Section) -> SectionClassifier? = { _ in nil }) {
        // Whether a section has text of its own, counted on a sample and only for the
        // sections a rule asks about (the opening, parents).
        var counted = [Int?](repeating: nil, count: sections.count)
        let read = sections  // bodies never change here; labels and the opening mark do
        func bodyWords(_ index: Int) -> Int {
            if let known = counted[index] { return known }
            let sample = TextSample.characters(read[index].textSample(bytes: 4 * Self.bodySample, includingHeading: false), Self.bodySample)
            let count = wordCache.wordCount(sample, tokenizer: tokenizer)
            counted[index] = count
            return count
        }
        markOpening(&sections, bodyWords: bodyWords)
        var children: [Int: [Int]] = [:]
        for index in sections.indices { if let parent = sections[index].parent { children[parent, default: []].append(index) } }
        var results: [Int: Classification] = [:]
        for index in sections.indices {
            let section = sections[index]
            let parent = section.parent.flatMap { results[$0] }
            let reader = headingReader(section)
            var body = section.bodyText
            // A parent heading with no text of its own and no cue is about what its
            // subsections say.
            if !section.isOpening, let kids = children[index], bodyWords(index) < Self.realTextWords,
               !hasHeadingCue(section.heading, reader: reader ?? self) {
                body += "\n" + descendantsText(of: kids, in: sections, children: children)
            }
            var result = classify(heading: section.heading, body: body, parent: parent, isOpening: section.isOpening,
                                  headingReader: reader)
            // A title with no text of its own ("Terms of Use & Privacy Notice") names the
            // document, whatever words it uses: it opens the policy.
            if section.isOpening, section.heading != nil, result.label != "intro", bodyWords(index) < Self.realTextWords {
                result = positional(result, label: "intro", confidence: 0.6, evidence: "(title of the policy)")
            }
            // Under a heading that names the definitions ("Begriffsbestimmungen", "Definitions"),
            // a short subsection defines a term, whatever topic the term names ("Consent",
            // "Recipient", "Profiling"). One numbered like its parent ("2." under "1.") is a
            // section of the policy wrongly nested under the definitions; one numbered below
            // it ("c)" or "1.3" under "1.") is a term.
            if let parent, parent.label == "definitions", namesDefinitions(above: index, in: read, results: results),
               result.label != "definitions",
               let heading = section.heading, numberedBelow(heading, parent: section.parent.flatMap { read[$0].heading }),
               LineShape.hasAtMostWords(Substring(heading), 5),
               bodyWords(index) < Self.definitionWords {
                result = positional(result, label: "definitions", confidence: parent.confidence, evidence: "(a term under a definitions heading)")
            }
            // Rules read the lexicons' own labels (a parent's, for its subsections), as the
            // layer learned them; the layer gives the label shown.
            results[index] = result
            if recordsContributions { sections[index].classification = result }
            sections[index].apply(layer.map {
                $0.relabel(result, at: LabelLayer.Place(of: section, among: read, parentLabel: parent?.label), taxonomy: taxonomy)
            } ?? result)
        }
    }

    /// Whether a heading is unnumbered, or numbered in a scheme below its parent's: another
    /// kind of numbering, or a deeper decimal one.
    private func numberedBelow(_ heading: String, parent: String?) -> Bool {
        guard let numbering = Numbering.parse(Substring(heading)) else { return true }
        guard let parentNumbering = parent.flatMap({ Numbering.parse(Substring($0)) }) else { return false }
        return numbering.kind != parentNumbering.kind || numbering.depth > parentNumbering.depth
    }

    /// Whether the nearest heading above a section that names a topic, through parents read
    /// as definitions ("Terms" under "Definitions and Explanations"), names the definitions
    /// and no other topic.
    private func namesDefinitions(above index: Int, in sections: [Section], results: [Int: Classification]) -> Bool {
        guard let definitions = taxonomy.position(of: "definitions") else { return false }
        var ancestor = sections[index].parent
        while let current = ancestor, let result = results[current], result.label == "definitions" {
            if result.headingNamesTopic {
                // Only the definitions: under "Begriffe und Rechtsgrundlagen", "2.2
                // Rechtsgrundlagen" is the second topic, not a term.
                return sections[current].heading.map { heading in
                    let cues = hits(inHeading: heading).map { lexicon.entries[$0.entry] }.filter { $0.role == .heading || $0.role == .title }
                    return cues.contains { $0.section == definitions } && cues.allSatisfy { $0.section == definitions }
                } ?? false
            }
            ancestor = sections[current].parent
        }
        return false
    }

    /// Contact concepts that name a person or body to reach (the controller, the DPO).
    static let whomConcepts: Set<String> = ["contact-information", "data-protection-officer"]

    /// Share of its score the contact section keeps in a text that gives no way to reach anyone.
    static let contactWithoutDetailsShare = 0.5

    /// Whether a text gives a way to reach someone: an e-mail or web address, or a phone
    /// number (seven digits or more in a run of digits, spaces, dashes, dots and brackets).
    static func hasContactDetails(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "@"): return true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if digits >= 7 { return true }
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "."):
                continue
            default:
                digits = 0
            }
        }
        return ByteSearch.containsAny(text, ["http", "www.", "://"])
    }

    /// A defined term's text is a sentence or two (counted on the sample `bodyWords` reads).
    static let definitionWords = 80

    /// A label the section's place gives it (a title, a term in a glossary), its own
    /// reading kept as secondary labels.
    private func positional(_ read: Classification, label: String, confidence: Double, evidence: String) -> Classification {
        var result = read
        result.labels = [label] + read.labels.filter { $0 != label && $0 != Taxonomy.other }.prefix(2)
        result.label = label
        result.confidence = confidence
        result.evidence = [evidence]
        result.isPositional = true
        return result
    }

    private func descendantsText(of indices: [Int], in sections: [Section], children: [Int: [Int]]) -> String {
        var text = ""
        var stack = indices.reversed() as [Int]
        while let index = stack.popLast(), text.utf8.count < 20_000 {
            text += sections[index].text + "\n"
            stack += (children[index] ?? []).reversed()
        }
        return text
    }

    /// The opening of a policy is its title section or the text before the first heading;
    /// when that holds no text (a title and a date), the opening runs on to the first section
    /// with text, unless that section's heading names a topic ("Information we collect").
    func markOpening(_ sections: inout [Section], bodyWords: (Int) -> Int) {
        let intro = taxonomy.position(of: "intro")
        var openingSeen = false
        for index in sections.indices {
            let section = sections[index]
            let topics = section.heading.map(headingTopics) ?? []
            let namesTopic = !topics.subtracting([intro].compactMap { $0 }).isEmpty
            if bodyWords(index) >= Self.realTextWords {
                // A title marked like every other heading opens the document as well.
                if !section.isOpening, !namesTopic, openingSeen || index == 0 {
                    sections[index].isOpening = true
                }
                return
            }
            guard section.isOpening || !namesTopic else { return }
            // A heading with no text and no topic above the first text ("AYMED Almanya
            // Yüksekokulları Mezunlar Derneği" between the title and the notice's name) is
            // part of the title area.
            if !section.isOpening, section.heading != nil, openingSeen || index == 0 {
                sections[index].isOpening = true
            }
            openingSeen = openingSeen || sections[index].isOpening
        }
    }
}

/// What each lexicon term added to the scores of one text, summed per term as evidence
/// names it ("section-id\0term as written"), in the order the hits came. Terms are told
/// apart by their lexicon's evidence id, not by hashing their names, unless two lexicons
/// are read (a heading's and the body's), whose terms may share a name.
private struct EvidenceTally {
    private let byName: Bool
    private var slotOfEvidence = SlotsByEvidence()
    private var slotNamed: [String: Int] = [:]
    private var sections: [Int] = []
    private var names: [String] = []
    private var values: [Double] = []

    init(byName: Bool) { self.byName = byName }

    mutating func add(_ value: Double, evidence: Int, section: Int, of lexicon: CompiledLexicon) {
        if byName {
            values[slot(named: lexicon.evidenceNames[evidence], section: section)] += value
        } else if let slot = slotOfEvidence.slot(of: evidence) {
            values[slot] += value
        } else {
            slotOfEvidence.insert(evidence, slot: names.count)
            append(lexicon.evidenceNames[evidence], section: section, value: value)
        }
    }

    /// Evidence that is no lexicon term (the opening of the policy), added after every hit.
    mutating func add(_ value: Double, section: Int, named name: String) {
        if byName {
            values[slot(named: name, section: section)] += value
        } else {
            append(name, section: section, value: value)
        }
    }

    private mutating func slot(named name: String, section: Int) -> Int {
        if let slot = slotNamed[name] { return slot }
        slotNamed[name] = names.count
        append(name, section: section, value: 0)
        return names.count - 1
    }

    private mutating func append(_ name: String, section: Int, value: Double) {
        sections.append(section)
        names.append(name)
        values.append(value)
    }

    /// Name and sum of each term of a section. A name given twice (a term named like the
    /// opening's evidence) is summed in the order it was added, as one sum would have been.
    func sums(ofSection section: Int) -> [(key: String, value: Double)] {
        var result: [(key: String, value: Double)] = []
        for slot in names.indices where sections[slot] == section {
            if let same = result.firstIndex(where: { $0.key == names[slot] }) {
                result[same].value += values[slot]
            } else {
                result.append((names[slot], values[slot]))
            }
        }
        return result
    }
}

/// Slots of evidence ids: open addressing over arrays, an id's slot found without hashing
/// it as a Dictionary would (a text adds a few dozen hits).
private struct SlotsByEvidence {
    /// Evidence id + 1 in each place (0 for none), with its slot.
    private var keys = [Int](repeating: 0, count: 32)
    private var slots = [Int](repeating: 0, count: 32)
    private var count = 0

    func slot(of evidence: Int) -> Int? {
        let mask = keys.count - 1
        var place = Self.place(of: evidence, mask: mask)
        while keys[place] != 0 {
            if keys[place] == evidence + 1 { return slots[place] }
            place = (place + 1) & mask
        }
        return nil
    }

    /// Adds an id `slot(of:)` did not find.
    mutating func insert(_ evidence: Int, slot: Int) {
        if (count + 1) * 2 > keys.count {
            let old = zip(keys, slots).filter { $0.0 != 0 }
            keys = [Int](repeating: 0, count: keys.count * 2)
            slots = [Int](repeating: 0, count: keys.count)
            count = 0
            for (key, slot) in old { insert(key - 1, slot: slot) }
        }
        let mask = keys.count - 1
        var place = Self.place(of: evidence, mask: mask)
        while keys[place] != 0 { place = (place + 1) & mask }
        keys[place] = evidence + 1
        slots[place] = slot
        count += 1
    }

    private static func place(of evidence: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: evidence) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}

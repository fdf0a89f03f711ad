import PolicyText
/// A policy read, its language identified, split into sections and labelled.
public struct AnalyzedPolicy: Sendable {
    public let document: PolicyDocument
    /// BCP 47 tag of the lexicon used (after fallback), or `und`.
    public let language: String
    public let languageConfidence: Double
    /// True when the user named the language rather than it being detected.
    public let languageGiven: Bool
    public var sections: [Section]
    /// What the text itself says, even when a language was declared: a declared language
    /// the text does not bear out is a finding.
    public var detected: LanguageIdentifier.Guess? = nil
}

/// The pipeline from a file to labelled sections. Keeps one ICU iterator set and one
/// classifier per language: use one analyzer per thread.
public final class PolicyAnalyzer {
    public let lexicons: LexiconSet
    public var reader: DocumentReader
    private let identifier: LanguageIdentifier
    /// The lines of the document being read, each folded and broken by ICU once for the
    /// identifier and every classifier.
    private let lines: FoldedLines
    private var classifiers: [String: SectionClassifier] = [:]
    private var detectors: [String: SectionDetector] = [:]

    public init(lexicons: LexiconSet, reader: DocumentReader = DocumentReader()) throws {
        self.lexicons = lexicons
        self.reader = reader
        lines = try FoldedLines()
        identifier = try LanguageIdentifier(lexicons: lexicons, lines: lines)
    }

    /// Runs `body` with the lines of one text remembered: every reading of a line inside
    /// it (language, labels, samples) breaks the line once.
    public func readingOneText<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        lines.open()
        defer { lines.close() }
        return try body()
    }

    /// Checks a user's language code: "auto"/nil for detection, else a tag with a lexicon.
    public func resolveLanguage(_ code: String?) throws(PolicyError) -> String? {
        guard let code, code != "auto" else { return nil }
        guard let resolved = lexicons.resolve(code) else {
            throw PolicyError(.usage, "unknown language code `\(code)` (known: \(lexicons.tags.joined(separator: ", ")))")
        }
        return resolved
    }

    /// See `LexiconSet.declaredLanguage(ofFile:)`.
    public func declaredLanguage(ofFile path: String) -> String? { lexicons.declaredLanguage(ofFile: path) }

    public func analyze(path: String, language: String? = nil) throws(PolicyError) -> AnalyzedPolicy {
        let document = try reader.read(path: path)
        return try analyze(document, language: language)
    }

    public func analyze(_ document: PolicyDocument, language: String? = nil) throws(PolicyError) -> AnalyzedPolicy {
        try readingOneText { () throws(PolicyError) in try analyzeOpen(document, language: language) }
    }

    private func analyzeOpen(_ document: PolicyDocument, language: String?) throws(PolicyError) -> AnalyzedPolicy {
        let given = try resolveLanguage(language)
        let guess = identify(document)
        let tag = given ?? guess.language
        var sections = detector(for: tag).sections(of: document)
        if let classifier = classifier(for: tag) {
            classifier.classify(&sections) { section in self.sourceLanguageReader(of: section.heading, documentLanguage: tag) }
        }
        relabelSourceLanguageSections(&sections, documentLanguage: tag)
        return AnalyzedPolicy(document: document, language: tag, languageConfidence: given == nil ? guess.confidence : 1,
                              languageGiven: given != nil, sections: sections, detected: guess)
    }

    /// The language of a document, from a sample of its text (the first 20,000 characters
    /// are plenty and keep huge files fast).
    public func identify(_ document: PolicyDocument) -> LanguageIdentifier.Guess {
        identifier.identify(Self.sample(of: document, bytes: 20_000))
    }

    /// The document's first text, up to about `bytes` UTF-8 bytes however long its blocks
    /// are (a 4 MB single-line file is sampled, not read whole).
    static func sample(of document: PolicyDocument, bytes: Int) -> String {
        TextSample.prefix(of: document.blocks.map(\.text), bytes: bytes)
    }

    public func identify(text: String, among allowed: Set<String>? = nil) -> LanguageIdentifier.Guess {
        identifier.identify(text, among: allowed)
    }

    /// A translation detected as its own source language (much of it left untranslated) is
    /// read as the other language it contains, so that the untranslated part is found.
    /// A language the user named stays.
    public func asTranslation(_ policy: AnalyzedPolicy, of sourceLanguage: String) throws(PolicyError) -> AnalyzedPolicy {
        guard !policy.languageGiven, policy.language == sourceLanguage else { return policy }
        let sample = Self.sample(of: policy.document, bytes: 40_000)
        guard let other = identifier.identify(sample, excluding: sourceLanguage) else { return policy }
        let reread = try analyze(policy.document, language: other.language)
        return AnalyzedPolicy(document: reread.document, language: reread.language, languageConfidence: other.confidence,
                              languageGiven: false, sections: reread.sections, detected: policy.detected)
    }

    /// Languages a translation's sections are often left in: a section in one of them is
    /// read with its own lexicon, since the translation's lexicon finds no cue there.
    public var sourceLanguages: Set<String> = ["en"]

    /// Below this many letters a section's language is not told apart from its document's.
    static let sectionLanguageLetters = 100
    /// Characters of a section read to tell its language.
    static let sectionLanguageSample = 800

    /// Whether a text holds `count` letters, counting no further than that. ASCII letters
    /// are told by their byte; other characters by their scalar's Alphabetic property,
    /// kept by the low byte of the code point (a text repeats the letters of its alphabet),
    /// Hangul syllables and CJK ideographs by their ranges.
    static func hasLetters(_ text: String, atLeast count: Int) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 256) { seenValues in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: 256) { seenAnswers in
                seenValues.initialize(repeating: .max)
                seenAnswers.initialize(repeating: false)
                var letters = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    let isLetter: Bool
                    if byte < 0x80 {
                        isLetter = ByteScan.isASCIILetter(byte)
                        index += 1
                    } else {
                        let (value, length) = ByteScan.scalar(at: index, in: bytes)
                        index += length
                        if Self.isAlphabeticByRange(value) {
                            isLetter = true
                        } else if seenValues[Int(value & 0xFF)] == value {
                            isLetter = seenAnswers[Int(value & 0xFF)]
                        } else {
                            isLetter = Unicode.Scalar(value)!.properties.isAlphabetic
                            seenValues[Int(value & 0xFF)] = value
                            seenAnswers[Int(value & 0xFF)] = isLetter
                        }
                    }
                    if isLetter { letters += 1; if letters >= count { return true } }
                }
                return false
            }}
        }
    }

    /// Hangul syllables and the CJK Unified Ideographs, every one Alphabetic (a test checks).
    @inline(__always)
    static func isAlphabeticByRange(_ value: UInt32) -> Bool {
        (0xAC00...0xD7A3).contains(value) || (0x4E00...0x9FFF).contains(value)
    }

    /// The classifier of the source language a heading was left in, if it was (GitHub's
    /// Russian statement keeps "Registration information" in English over Russian text).
    private func sourceLanguageReader(of heading: String?, documentLanguage: String) -> SectionClassifier? {
        guard let heading, !sourceLanguages.contains(documentLanguage) else { return nil }
        let scripts = LanguageIdentifier.scriptHistogram(heading)
        guard scripts.values.reduce(0, +) >= 4 else { return nil }
        let guess = identifier.identify(heading, histogram: scripts, among: sourceLanguages.union([documentLanguage]))
        guard guess.language != documentLanguage, sourceLanguages.contains(guess.language) else { return nil }
        // Short headings share words across languages: a heading written mostly in the
        // document's own script ("GitHub 收集哪些信息" holds a name) is the document's, and in a
        // shared script it must read clearly as the source language.
        let documentScript = identifier.script(of: documentLanguage)
        let documentLetters = documentScript.flatMap { scripts[$0] } ?? 0
        if documentLetters * 2 >= scripts.values.reduce(0, +), documentScript != identifier.script(of: guess.language) { return nil }
        guard documentScript != identifier.script(of: guess.language) || guess.confidence >= 0.6 else { return nil }
        // A heading the document's own lexicon reads ("Base legal", whose words English has
        // too) is the document's.
        if let own = classifier(for: documentLanguage), own.hasHeadingCue(heading, reader: own) { return nil }
        return classifier(for: guess.language)
    }

    private func relabelSourceLanguageSections(_ sections: inout [Section], documentLanguage: String) {
        for index in sections.indices {
            // A sample is enough to tell the section's language from the document's, and
            // keeps this second reading of the text short.
            let text = TextSample.characters(sections[index].textSample(bytes: 4 * Self.sectionLanguageSample), Self.sectionLanguageSample)
            guard let language = language(ofSection: text, documentLanguage: documentLanguage),
                  let classifier = classifier(for: language) else { continue }
            // A heading in the document's language ("연락처" over a list of links) keeps its
            // reading in that language: only the text was left in the source language.
            let heading = sections[index].heading
            let headingReader = !sourceLanguages.contains(documentLanguage)
                && sourceLanguageReader(of: heading, documentLanguage: documentLanguage) == nil
                ? self.classifier(for: documentLanguage) : nil
            sections[index].apply(classifier.classify(heading: heading, body: sections[index].bodyText,
                                                      parent: nil, isOpening: sections[index].isOpening,
                                                      headingReader: headingReader))
        }
    }

    /// The language a section's text is in when it is not the document's and should be read
    /// with its own lexicon: in a translation, a source language it was left in; in a
    /// document in a source language, which may hold its translation too (an original and
    /// its English version in one file), a language of another script.
    private func language(ofSection text: String, documentLanguage: String) -> String? {
        let inSourceLanguage = sourceLanguages.contains(documentLanguage)
        if inSourceLanguage, text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        guard Self.hasLetters(text, atLeast: Self.sectionLanguageLetters) else { return nil }
        let guess: LanguageIdentifier.Guess
        if inSourceLanguage {
            let scripts = LanguageIdentifier.scriptHistogram(text)
            guard let dominant = scripts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key,
                  dominant != identifier.script(of: documentLanguage) else { return nil }
            guess = identifier.identify(text, histogram: scripts)
        } else {
            guess = identifier.identify(text, among: sourceLanguages.union([documentLanguage]))
            guard sourceLanguages.contains(guess.language) else { return nil }
        }
        // Another script is evidence enough: its share of the letters is the confidence.
        guard guess.language != documentLanguage, guess.confidence >= (inSourceLanguage ? 0.5 : 0.8) else { return nil }
        return guess.language
    }

    /// Classifiers record what each concept adds to the scores (see `WeightLearner`).
    public var recordsContributions = false

    public func classifier(for tag: String) -> SectionClassifier? {
        if let existing = classifiers[tag] { return existing }
        guard let compiled = lexicons.compiled(tag),
              let classifier = try? SectionClassifier(lexicon: compiled, taxonomy: lexicons.taxonomy) else { return nil }
        classifier.recordsContributions = recordsContributions
        classifier.layer = lexicons.learned.layer
        classifier.share(lines)
        classifiers[tag] = classifier
        return classifier
    }

    private func detector(for tag: String) -> SectionDetector {
        if let existing = detectors[tag] { return existing }
        let detector = (try? SectionDetector(locale: tag.replacingOccurrences(of: "-", with: "_")))
            ?? (try! SectionDetector(locale: "und"))
        detectors[tag] = detector
        return detector
    }
}

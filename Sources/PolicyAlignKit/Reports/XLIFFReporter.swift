import Foundation

/// `align --format xliff`: the alignment as an XLIFF 2.1 document for review in a CAT tool,
/// one unit per sentence pair with text on either side, in order.
///
/// Unlike the TMX, which a memory reuses and so leaves flagged pairs out, this file is for
/// review: every pair is written, and each finding on a translation becomes an ITS 2.0
/// Localization Quality Issue (`<mrk type="its:generic" its:locQualityIssueType=…>`) around
/// the flagged text, which the reviewer's tool shows in place. A sentence of the original
/// with no counterpart has no `<target>`, state `initial`, and its omission marked on the
/// source. Findings no unit can hold (a missing section's, the document's language) are
/// notes of the file. Language tags keep the region the user gave; no local path is written.
public struct XLIFFReporter: Reporter {
    /// Tags as the user gave them; nil uses the language read from the text.
    public var sourceTag: String?
    public var targetTag: String?

    public init(sourceTag: String? = nil, targetTag: String? = nil) {
        self.sourceTag = sourceTag
        self.targetTag = targetTag
    }

    public var format: OutputFormat { .xliff }

    public func render(_ alignment: PolicyAlignment) -> String {
        let source = sourceTag ?? alignment.source.language, target = targetTag ?? alignment.target.language
        // Omissions are placed by the original's line (their `line` is only where the
        // translation lacks them); the other findings by the translation's.
        let located = alignment.findings.filter { $0.line != nil && !Self.sourceSideKinds.contains($0.kind) }
        let missing = alignment.findings.filter { Self.sourceSideKinds.contains($0.kind) && $0.sourceLine != nil }
        var placed = Set<Int>()   // indices into alignment.findings
        var units = ""
        var unit = 0
        for pair in alignment.sentencePairs {
            let sourceText = pair.source.map(\.text).joined(separator: " ")
            let targetText = pair.target.map(\.text).joined(separator: " ")
            if sourceText.isEmpty && targetText.isEmpty { continue }
            unit += 1
            let label = pair.source.first.map { alignment.source.sections[$0.section].label }
                ?? pair.target.first.map { alignment.target.sections[$0.section].label } ?? Taxonomy.other
            var marker = 0
            units += "    <unit id=\"u\(unit)\">\n"
            units += "      <notes><note category=\"policyalign-section\">\(Self.escape(label))</note></notes>\n"
            if targetText.isEmpty {
                let flags = Self.omissions(missing, of: pair.source, text: sourceText)
                placed.formUnion(alignment.findings.indices.filter { flags.contains(alignment.findings[$0]) })
                units += "      <segment state=\"initial\">\n"
                units += "        <source>\(Self.marked(sourceText, flags, spans: false, marker: &marker))</source>\n"
            } else {
                let flags = Self.findings(located, on: pair, text: targetText)
                placed.formUnion(alignment.findings.indices.filter { flags.contains(alignment.findings[$0]) })
                units += "      <segment state=\"translated\">\n"
                units += "        <source>\(Self.content(sourceText))</source>\n"
                units += "        <target>\(Self.marked(targetText, flags, spans: true, marker: &marker))</target>\n"
            }
            units += "      </segment>\n    </unit>\n"
        }
        if unit == 0 {
            // The core schema wants a unit in every file: an empty one stands for no text.
            units += "    <unit id=\"u0\"><segment><source/></segment></unit>\n"
        }

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:its=\"http://www.w3.org/2005/11/its\""
        out += " version=\"2.1\" its:version=\"2.0\" srcLang=\"\(Self.escape(source))\" trgLang=\"\(Self.escape(target))\">\n"
        // File names only: the file travels between machines and must not carry local paths.
        out += "  <file id=\"f1\" original=\"\(Self.escape(TMXReporter.fileName(alignment.source.document.file)))\">\n"
        out += "    <notes>\n"
        out += "      <note category=\"policyalign-translation\">\(Self.escape(TMXReporter.fileName(alignment.target.document.file)))</note>\n"
        for (index, finding) in alignment.findings.enumerated() where !placed.contains(index) {
            out += "      <note category=\"policyalign-finding\" priority=\"\(Self.priority(finding.severity))\">"
            out += Self.escape("\(finding.kind.rawValue): \(finding.message)") + "</note>\n"
        }
        out += "    </notes>\n"
        return out + units + "  </file>\n</xliff>\n"
    }

    /// Kinds about text of the original the translation lacks: marked on the source.
    static let sourceSideKinds: Set<Finding.Kind> = [.omitted, .missingSection]

    /// The ITS 2.0 issue type of a kind (ITS 2.0, 8.15 Localization Quality Issue).
    static func issueType(_ kind: Finding.Kind) -> String {
        switch kind {
        case .untranslated, .untranslatedDocument: return "untranslated"
        case .omitted, .truncated, .missingSection: return "omission"
        case .extraSection: return "addition"
        // A number, date, address or link that differs, is missing or is added changes what
        // the policy says, which ITS calls a mistranslation ("the content of the target
        // mistranslates the content of the source"). `locale-violation` is content unfit for
        // the locale (a date or currency format), which a retention period of 24 months for
        // 12 is not; a CAT tool would file it under style rather than accuracy.
        case .factMismatch, .factMissing, .factExtra: return "mistranslation"
        // Text in another language than the one declared.
        case .languageMismatch: return "locale-violation"
        }
    }

    /// ITS severity, 0 to 100.
    static func severity(_ severity: Finding.Severity) -> Int {
        switch severity {
        case .error: return 90
        case .warning: return 60
        case .note: return 30
        }
    }

    /// XLIFF note priority, 1 (highest) to 10.
    static func priority(_ severity: Finding.Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 3
        case .note: return 5
        }
    }

    /// The findings on a pair's translation, as the TMX finds them; a finding that quotes
    /// the pair's original (a fact the translation does not give) counts too.
    static func findings(_ findings: [Finding], on pair: PolicyAlignment.SentencePair, text: String) -> [Finding] {
        let original = pair.source.map(\.text).joined(separator: " ")
        let quoted = TMXReporter.findings(findings, on: pair.target, text: text)
        let first = pair.target.map(\.line).min() ?? 0, last = pair.target.map(\.endLine).max() ?? 0
        return findings.filter { finding in
            if quoted.contains(finding) { return true }
            guard let line = finding.line, line >= first, line <= last, !original.isEmpty,
                  let evidence = finding.evidence, !evidence.isEmpty else { return false }
            return original.contains(evidence) || evidence.contains(original)
        }
    }

    /// Omissions of the original's sentences in a pair with no translation: on their lines,
    /// and about their text when the finding quotes it.
    static func omissions(_ findings: [Finding], of sentences: [Sentence], text: String) -> [Finding] {
        let first = sentences.map(\.line).min() ?? 0, last = sentences.map(\.endLine).max() ?? 0
        return findings.filter { finding in
            guard let line = finding.sourceLine, line >= first, line <= last else { return false }
            guard let evidence = finding.evidence, !evidence.isEmpty else { return true }
            return text.contains(evidence) || evidence.contains(text)
        }
    }

    /// The part of the text a finding flags: the clause left untranslated, the fact that
    /// differs; nil for the whole text.
    static func span(of finding: Finding, in text: String) -> Range<String.Index>? {
        let quoted: String?
        switch finding.kind {
        case .untranslated: quoted = finding.values["text"]
        case .factMismatch, .factExtra: quoted = finding.values["target"]
        default: quoted = nil
        }
        guard let quoted, !quoted.isEmpty, quoted != text, let range = text.range(of: quoted) else { return nil }
        return range
    }

    /// The text with each finding wrapped in an ITS issue marker. Spans that overlap without
    /// nesting cannot both be elements: the later one then marks the whole text.
    static func marked(_ text: String, _ findings: [Finding], spans: Bool, marker: inout Int) -> String {
        guard !findings.isEmpty else { return content(text) }
        let whole = text.startIndex..<text.endIndex
        var ranges: [(range: Range<String.Index>, finding: Finding)] = []
        for finding in findings {
            var range = (spans ? span(of: finding, in: text) : nil) ?? whole
            if ranges.contains(where: { Self.cross($0.range, range) }) { range = whole }
            ranges.append((range, finding))
        }
        // Outer markers first: by start, the longer first; the order of findings otherwise.
        let ordered = ranges.enumerated().sorted { a, b in
            if a.element.range.lowerBound != b.element.range.lowerBound { return a.element.range.lowerBound < b.element.range.lowerBound }
            if a.element.range.upperBound != b.element.range.upperBound { return a.element.range.upperBound > b.element.range.upperBound }
            return a.offset < b.offset
        }.map(\.element)
        var out = ""
        var position = text.startIndex
        var open: [String.Index] = []   // ends of the markers open, innermost last
        for (range, finding) in ordered {
            while let end = open.last, end <= range.lowerBound {
                out += content(String(text[position..<end])) + "</mrk>"
                position = end
                open.removeLast()
            }
            out += content(String(text[position..<range.lowerBound]))
            position = range.lowerBound
            marker += 1
            out += "<mrk id=\"m\(marker)\" type=\"its:generic\" its:locQualityIssueType=\"\(issueType(finding.kind))\""
            out += " its:locQualityIssueComment=\"\(attribute(finding.message))\""
            out += " its:locQualityIssueSeverity=\"\(severity(finding.severity))\">"
            open.append(range.upperBound)
        }
        while let end = open.popLast() {
            out += content(String(text[position..<end])) + "</mrk>"
            position = end
        }
        return out + content(String(text[position...]))
    }

    /// True when the ranges overlap without one holding the other.
    static func cross(_ a: Range<String.Index>, _ b: Range<String.Index>) -> Bool {
        (a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound && a.upperBound < b.upperBound)
            || (b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound && b.upperBound < a.upperBound)
    }

    /// Segment text: escaped, and characters XML 1.0 cannot carry written as XLIFF's
    /// `<cp hex="…"/>`, so that the reviewer sees them and a tool can restore them.
    static func content(_ text: String) -> String {
        var out = "", run = ""
        for scalar in text.unicodeScalars {
            if Self.forbidden(scalar) {
                out += escape(run) + "<cp hex=\"\(hex(scalar))\"/>"
                run = ""
            } else {
                run.unicodeScalars.append(scalar)
            }
        }
        return out + escape(run)
    }

    /// Notes and attributes: escaped, forbidden characters dropped; in attributes line
    /// breaks and tabs as references, which a parser would otherwise turn into spaces.
    static func escape(_ text: String) -> String { TMXReporter.escape(text) }

    static func attribute(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\t", with: "&#9;").replacingOccurrences(of: "\n", with: "&#10;")
            .replacingOccurrences(of: "\r", with: "&#13;")
    }

    /// Characters outside XML 1.0's `Char` production (Swift strings hold no surrogates).
    static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return false
        case 0..<0x20, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

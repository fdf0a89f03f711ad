import Foundation

/// `align --format tmx`: aligned sentence pairs as TMX 1.4b translation units, for CAT
/// tools (OmegaT, Okapi, Trados). Only pairs with text on both sides become units.
///
/// A translation memory proposes its units as translations later, so a unit must be safe
/// to reuse: pairs whose translation is flagged (left in the source language, a fact that
/// differs) are left out unless asked for, and then carry a note; language tags keep the
/// region the user gave (`pt-BR`, `zh-TW`); no local path is written.
public struct TMXReporter: Reporter {
    public var generated: Date
    public var toolVersion: String
    /// Tags as the user gave them; nil uses the language read from the text.
    public var sourceTag: String?
    public var targetTag: String?
    /// Keep pairs whose translation has a finding, with a note saying which.
    public var includeFlagged = false
    /// Leave out pairs scored below this (0...1).
    public var minimumScore = 0.0

    public init(generated: Date = Date(), toolVersion: String = "0.1.0", sourceTag: String? = nil, targetTag: String? = nil,
                includeFlagged: Bool = false, minimumScore: Double = 0) {
        self.generated = generated
        self.toolVersion = toolVersion
        self.sourceTag = sourceTag
        self.targetTag = targetTag
        self.includeFlagged = includeFlagged
        self.minimumScore = minimumScore
    }

    public var format: OutputFormat { .tmx }

    /// The kinds that make a translated sentence unsafe to reuse.
    static let unsafeKinds: Set<Finding.Kind> = [.untranslated, .factMismatch, .factMissing, .factExtra]

    public func render(_ alignment: PolicyAlignment) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let date = formatter.string(from: generated)
        let source = sourceTag ?? alignment.source.language, target = targetTag ?? alignment.target.language
        let findings = alignment.findings.filter { Self.unsafeKinds.contains($0.kind) && $0.line != nil }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"policyalign\" creationtoolversion=\"\(Self.escape(toolVersion))\" segtype=\"sentence\""
        out += " o-tmf=\"policyalign\" adminlang=\"en\" srclang=\"\(Self.escape(source))\" datatype=\"plaintext\" creationdate=\"\(date)\">\n"
        // File names only: a memory travels between machines and must not carry local paths.
        out += "    <prop type=\"x-source-file\">\(Self.escape(Self.fileName(alignment.source.document.file)))</prop>\n"
        out += "    <prop type=\"x-target-file\">\(Self.escape(Self.fileName(alignment.target.document.file)))</prop>\n"
        out += "  </header>\n  <body>\n"
        var unit = 0
        for pair in alignment.sentencePairs where !pair.source.isEmpty && !pair.target.isEmpty && pair.score >= minimumScore {
            let sourceText = pair.source.map(\.text).joined(separator: " ")
            let targetText = pair.target.map(\.text).joined(separator: " ")
            let flags = Self.findings(findings, on: pair.target, text: targetText)
            if !flags.isEmpty && !includeFlagged { continue }
            unit += 1
            let label = pair.source.first.map { alignment.source.sections[$0.section].label } ?? Taxonomy.other
            out += "    <tu tuid=\"\(unit)\">\n"
            for finding in flags { out += "      <note>\(Self.escape("\(finding.kind.rawValue): \(finding.message)"))</note>\n" }
            out += "      <prop type=\"x-section\">\(Self.escape(label))</prop>\n"
            out += "      <prop type=\"x-score\">\(pair.score)</prop>\n"
            if !flags.isEmpty { out += "      <prop type=\"x-flagged\">\(Self.escape(flags.map(\.kind.rawValue).joined(separator: " ")))</prop>\n" }
            out += "      <tuv xml:lang=\"\(Self.escape(source))\"><prop type=\"x-line\">\(pair.source[0].line)</prop><seg>\(Self.escape(sourceText))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"\(Self.escape(target))\"><prop type=\"x-line\">\(pair.target[0].line)</prop><seg>\(Self.escape(targetText))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    /// The findings about these translated sentences: on their lines, and about their text
    /// when the finding quotes it (a line may hold several sentences).
    static func findings(_ findings: [Finding], on sentences: [Sentence], text: String) -> [Finding] {
        let first = sentences.map(\.line).min() ?? 0, last = sentences.map(\.endLine).max() ?? 0
        return findings.filter { finding in
            guard let line = finding.line, line >= first, line <= last else { return false }
            guard let evidence = finding.evidence, !evidence.isEmpty else { return true }
            return text.contains(evidence) || evidence.contains(text)
                || (finding.values["text"].map { text.contains($0) } ?? false)
        }
    }

    static func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// XML escaping: the same as the HTML reports'.
    static func escape(_ text: String) -> String { HTML.escape(text) }
}

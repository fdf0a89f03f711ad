import PolicyText

/// One thing a reviewer should look at: the single shape every check reports and every
/// reporter renders (JSON, text, HTML, parity), and what `--fail-on` counts.
public struct Finding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A section of the original with no counterpart in the translation.
        case missingSection = "missing-section"
        /// A section of the translation with no counterpart in the original.
        case extraSection = "extra-section"
        /// A sentence of the original with no counterpart inside an aligned section.
        case omitted
        /// A clause of the translation still in the source language.
        case untranslated
        /// Most of the translation is still in the source language.
        case untranslatedDocument = "untranslated-document"
        /// A number, duration, date, e-mail, link or reference that differs.
        case factMismatch = "fact-mismatch"
        /// A fact of the original the translation does not give.
        case factMissing = "fact-missing"
        /// A fact the translation gives that the original does not.
        case factExtra = "fact-extra"
        /// An aligned section far shorter than the document's usual length ratio.
        case truncated
        /// The translation's text is in another language than the one declared for it.
        case languageMismatch = "language-mismatch"

        /// What the kind means, for help texts and report legends.
        public var summary: String {
            switch self {
            case .missingSection: return "a section of the original is missing from the translation"
            case .extraSection: return "the translation has a section the original does not"
            case .omitted: return "a sentence of the original has no counterpart in the translation"
            case .untranslated: return "a clause of the translation is still in the source language"
            case .untranslatedDocument: return "most of the translation is still in the source language"
            case .factMismatch: return "a number, date, address, link or reference differs"
            case .factMissing: return "a fact of the original is not in the translation"
            case .factExtra: return "the translation gives a fact the original does not"
            case .truncated: return "a translated section is much shorter than the original suggests"
            case .languageMismatch: return "the translation is not in the language declared for it"
            }
        }
    }

    public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
        case error, warning, note

        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    }

    public var kind: Kind
    public var severity: Severity
    /// The translation, and the 1-based line where a reviewer should look (for an
    /// omission, the translation's line after which the original's sentence is missing).
    /// Nil where there is no such place (a missing section).
    public var file: String
    public var line: Int?
    public var endLine: Int?
    public var sourceFile: String?
    public var sourceLine: Int?
    /// The canonical section the finding sits in.
    public var label: String?
    /// One line a compliance officer understands, with the text concerned.
    public var message: String
    /// The sentence or heading concerned, as written (translation's side, else original's).
    public var evidence: String?
    /// Kind-specific values: `source`, `target` (facts, sections), `factKind`, `share`.
    public var values: [String: String]
    /// Parity: the languages one aggregated finding covers.
    public var languages: [String]
    /// 0...1 where the check measures it (untranslated clauses, omissions).
    public var confidence: Double?
    /// Stable across edits that do not change the finding: from kind, label and
    /// normalised values, never from line numbers.
    public var fingerprint: String

    public init(kind: Kind, severity: Severity, file: String, line: Int?, endLine: Int? = nil, sourceFile: String?,
                sourceLine: Int?, label: String?, message: String, evidence: String? = nil, values: [String: String] = [:],
                languages: [String] = [], confidence: Double? = nil, fingerprintParts: [String]) {
        self.kind = kind
        self.severity = severity
        self.file = file
        self.line = line
        self.endLine = endLine
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
        self.label = label
        self.message = message
        self.evidence = evidence
        self.values = values
        self.languages = languages
        self.confidence = confidence
        fingerprint = Self.fingerprint([kind.rawValue, label ?? ""] + fingerprintParts)
    }

    /// FNV-1a 64 over the parts, as 16 hex digits: short, stable, no dependency.
    static func fingerprint(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in TextFolding.fold(part, stripAccents: false).utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0x1F
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension Array where Element == Finding {
    /// Errors first, then by file and line; absences (no line) after the located ones.
    public func sortedForReport() -> [Finding] {
        enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.severity != y.severity { return x.severity < y.severity }
            if x.file != y.file { return x.file < y.file }
            let lx = x.line ?? x.sourceLine.map { $0 + 1_000_000_000 } ?? Int.max
            let ly = y.line ?? y.sourceLine.map { $0 + 1_000_000_000 } ?? Int.max
            if lx != ly { return lx < ly }
            return a.offset < b.offset
        }.map(\.element)
    }

    public func count(of kinds: Set<Finding.Kind>) -> Int { filter { kinds.contains($0.kind) }.count }
}

/// JSON of `align`, `untranslated` and the shared pieces of `parity`, as the contract gives them.
struct LineText: Encodable {
    let startLine: Int
    let endLine: Int
    let text: String

    init(_ sentences: [Sentence]) {
        startLine = sentences.first?.line ?? 0
        endLine = sentences.last?.endLine ?? 0
        text = sentences.map(\.text).joined(separator: " ")
    }
}

struct FactSide: Encodable {
    let line: Int
    let text: String
    let value: String
}

struct FactJSON: Encodable {
    let kind: String
    @Nullable var source: FactSide?
    @Nullable var target: FactSide?
    let status: String
    let file: String?

    init(_ finding: FactFinding, file: String? = nil) {
        kind = finding.kind.rawValue
        source = finding.source.map { FactSide(line: $0.line, text: $0.text, value: $0.value) }
        target = finding.target.map { FactSide(line: $0.line, text: $0.text, value: $0.value) }
        status = finding.status.rawValue
        self.file = file
    }
}

struct ClauseJSON: Encodable {
    let startLine: Int
    let endLine: Int
    let text: String
    let confidence: Double
    let reason: String
    let file: String?

    init(_ clause: UntranslatedClause, file: String? = nil) {
        startLine = clause.startLine
        endLine = clause.endLine
        text = clause.text
        confidence = clause.confidence
        reason = clause.reason
        self.file = file
    }
}

public struct AlignmentJSON: Encodable {
    struct Document: Encodable {
        let file: String
        let language: String
        let sections: [SectionsJSON.SectionJSON]
    }

    struct SectionPairJSON: Encodable {
        @Nullable var source: Int?
        @Nullable var target: Int?
        let label: String
        @Nullable var sourceLabel: String?
        @Nullable var targetLabel: String?
        let score: Double
    }


    struct SentencePairJSON: Encodable {
        @Nullable var source: LineText?
        @Nullable var target: LineText?
        let score: Double
    }


    let version = jsonContractVersion
    let source: Document
    let target: Document
    let sectionPairs: [SectionPairJSON]
    let sentencePairs: [SentencePairJSON]
    /// Deprecated since version 2: the same clauses are `untranslated` findings.
    let untranslated: [ClauseJSON]
    /// Deprecated since version 2: the same differences are `fact-*` findings.
    let facts: [FactJSON]
    let untranslatedShare: Double
    let findings: [FindingJSON]

    public init(_ alignment: PolicyAlignment) {
        source = Document(file: alignment.source.document.file, language: alignment.source.language,
                          sections: alignment.source.sections.map(SectionsJSON.SectionJSON.init))
        target = Document(file: alignment.target.document.file, language: alignment.target.language,
                          sections: alignment.target.sections.map(SectionsJSON.SectionJSON.init))
        sectionPairs = alignment.sectionPairs.map {
            SectionPairJSON(source: $0.source, target: $0.target, label: $0.label, sourceLabel: $0.sourceLabel,
                            targetLabel: $0.targetLabel, score: $0.score)
        }
        sentencePairs = alignment.sentencePairs.map {
            SentencePairJSON(source: $0.source.isEmpty ? nil : LineText($0.source), target: $0.target.isEmpty ? nil : LineText($0.target),
                             score: $0.score)
        }
        untranslated = alignment.untranslated.map { ClauseJSON($0) }
        facts = alignment.facts.map { FactJSON($0) }
        untranslatedShare = alignment.untranslatedShare
        findings = alignment.findings.sortedForReport().map(FindingJSON.init)
    }
}

public struct AlignmentJSONReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .json }
    public func render(_ alignment: PolicyAlignment) throws -> String { try JSONOutput.encode(AlignmentJSON(alignment)) }
}

/// `policyalign untranslated --format json`.
public struct UntranslatedReport: Sendable {
    public let policy: AnalyzedPolicy
    public let sourceLanguage: String
    public let clauses: [UntranslatedClause]
    public let untranslatedShare: Double
    public internal(set) var findings: [Finding]
    /// Findings a project's ignore rules or baseline set aside.
    public internal(set) var setAside = 0

    /// Drops the findings `filter` sets aside.
    public mutating func setAside(by filter: FindingsFilter) { setAside += filter.setAside(from: &findings) }

    public init(policy: AnalyzedPolicy, sourceLanguage: String, clauses: [UntranslatedClause], sourceFile: String? = nil) {
        self.policy = policy
        self.sourceLanguage = sourceLanguage
        self.clauses = clauses
        untranslatedShare = UntranslatedShare.measure(policy, clauses: clauses, sourceLanguage: sourceLanguage)
        findings = FindingsBuilder.document(policy, sourceLanguage: sourceLanguage, share: untranslatedShare)
            + (untranslatedShare < FindingsBuilder.wholeDocumentShare
                ? FindingsBuilder.untranslated(clauses, in: policy, sourceLanguage: sourceLanguage, sourceFile: sourceFile) : [])
    }
}

public struct UntranslatedJSONReporter: Reporter {
    struct Body: Encodable {
        let version = jsonContractVersion
        let file: String
        let language: String
        let sourceLanguage: String
        let clauses: [ClauseJSON]
        let untranslatedShare: Double
        let findings: [FindingJSON]
    }

    public init() {}
    public var format: OutputFormat { .json }
    public func render(_ report: UntranslatedReport) throws -> String {
        try JSONOutput.encode(Body(file: report.policy.document.file, language: report.policy.language,
                                   sourceLanguage: report.sourceLanguage, clauses: report.clauses.map { ClauseJSON($0) },
                                   untranslatedShare: report.untranslatedShare,
                                   findings: report.findings.sortedForReport().map(FindingJSON.init)))
    }
}

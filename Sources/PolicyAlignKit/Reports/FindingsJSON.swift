/// A finding as the JSON contract gives it (version 2, "Findings").
struct FindingJSON: Encodable {
    let kind: String
    let severity: String
    let file: String
    @Nullable var line: Int?
    @Nullable var endLine: Int?
    @Nullable var sourceFile: String?
    @Nullable var sourceLine: Int?
    @Nullable var label: String?
    let message: String
    @Nullable var evidence: String?
    let values: [String: String]
    let languages: [String]
    @Nullable var confidence: Double?
    let fingerprint: String

    init(_ finding: Finding) {
        kind = finding.kind.rawValue
        severity = finding.severity.rawValue
        file = finding.file
        line = finding.line
        endLine = finding.endLine
        sourceFile = finding.sourceFile
        sourceLine = finding.sourceLine
        label = finding.label
        message = finding.message
        evidence = finding.evidence
        values = finding.values
        languages = finding.languages
        confidence = finding.confidence
        fingerprint = finding.fingerprint
    }
}

/// The contract version of every JSON document: 2 since findings were added.
let jsonContractVersion = 3

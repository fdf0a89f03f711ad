/// `policyalign sections --format json`, as the command-line contract gives it.
public struct SectionsJSON: Encodable {
    public struct SectionJSON: Encodable {
        let index: Int
        @Nullable var heading: String?
        let startLine: Int
        let endLine: Int
        let label: String
        let labels: [String]
        let confidence: Double
        let level: Int
        let runIn: Bool
        @Nullable var parent: Int?
        let evidence: [String]

        init(_ section: Section) {
            index = section.index
            heading = section.heading
            startLine = section.startLine
            endLine = section.endLine
            label = section.label
            labels = section.labels
            confidence = rounded(section.confidence)
            level = section.level
            runIn = section.runIn
            parent = section.parent
            evidence = section.evidence
        }
    }

    let version = jsonContractVersion
    let file: String
    let language: String
    let languageConfidence: Double
    let encoding: String
    let format: String
    let lines: Int
    let sections: [SectionJSON]

    public init(_ policy: AnalyzedPolicy) {
        file = policy.document.file
        language = policy.language
        languageConfidence = rounded(policy.languageConfidence)
        encoding = policy.document.encoding
        format = policy.document.format.rawValue
        lines = policy.document.lineCount
        sections = policy.sections.map(SectionJSON.init)
    }
}

public struct SectionsJSONReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .json }
    public func render(_ policy: AnalyzedPolicy) throws -> String {
        try JSONOutput.encode(SectionsJSON(policy))
    }
}

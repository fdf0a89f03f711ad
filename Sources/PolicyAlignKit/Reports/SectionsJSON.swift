/// `policyalign sections --format json`, as the command-line contract gives it.
public struct SectionsJSON: Encodable {
    public struct SectionJSON: Encodable {
        let index: Int
        let heading: String?
        let startLine: Int
        let endLine: Int
        let label: String
        let labels: [String]
        let confidence: Double
        let level: Int
        let runIn: Bool
        let parent: Int?
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

        enum CodingKeys: String, CodingKey {
            case index, heading, startLine, endLine, label, labels, confidence, level, runIn, parent, evidence
        }

        // `heading` and `parent` are written as null rather than left out.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(heading, forKey: .heading)
            try container.encode(startLine, forKey: .startLine)
            try container.encode(endLine, forKey: .endLine)
            try container.encode(label, forKey: .label)
            try container.encode(labels, forKey: .labels)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(level, forKey: .level)
            try container.encode(runIn, forKey: .runIn)
            try container.encode(parent, forKey: .parent)
            try container.encode(evidence, forKey: .evidence)
        }
    }

    let version = 1
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

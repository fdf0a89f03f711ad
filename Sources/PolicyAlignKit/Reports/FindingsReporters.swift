import Foundation

/// Findings as data for tools: SARIF 2.1.0 for code-scanning dashboards, and one finding a
/// line as JSON Lines or CSV for spreadsheets and pipelines.
public struct FindingsReport: Sendable {
    public let findings: [Finding]
    /// Paths in the report are made relative to this folder when they lie inside it.
    public let baseDirectory: String

    public init(findings: [Finding], baseDirectory: String = FileManager.default.currentDirectoryPath) {
        self.findings = findings.sortedForReport()
        self.baseDirectory = baseDirectory
    }

    /// A path as the report shows it: relative to the base folder when inside it.
    func relative(_ path: String) -> String { ProjectPath.relative(path, to: baseDirectory) }
}

/// SARIF 2.1.0: one rule per finding kind, results on the translation's file and line,
/// the original's line as a related location, the fingerprint as a partial fingerprint.
public struct SARIFReporter: Reporter {
    public var toolVersion: String
    public init(toolVersion: String) { self.toolVersion = toolVersion }
    public var format: OutputFormat { .sarif }

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable { let tool: Tool; let results: [Result]; let columnKind = "unicodeCodePoints" }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable { let name: String; let version: String; let rules: [Rule] }
    struct Text: Encodable { let text: String }
    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Text
        let defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { let level: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Text
        let locations: [Location]
        let relatedLocations: [Location]?
        let partialFingerprints: [String: String]
        let properties: Properties
    }
    struct Location: Encodable {
        let id: Int?
        let physicalLocation: Physical
        /// A bilingual file's unit (XLIFF `id`), where a CAT tool finds the segment.
        var logicalLocations: [Logical]? = nil
        let message: Text?
    }
    struct Logical: Encodable { let name: String; let kind: String }
    struct Physical: Encodable { let artifactLocation: Artifact; let region: Region? }
    struct Artifact: Encodable { let uri: String }
    struct Region: Encodable { let startLine: Int; let endLine: Int? }
    struct Properties: Encodable {
        let label: String?
        let evidence: String?
        let values: [String: String]
        let languages: [String]
        let confidence: Double?
    }

    static func defaultLevel(_ kind: Finding.Kind) -> Finding.Severity {
        switch kind {
        case .missingSection, .untranslatedDocument, .factMismatch, .languageMismatch: return .error
        case .factExtra: return .note
        default: return .warning
        }
    }

    public func render(_ report: FindingsReport) throws -> String {
        let kinds = Finding.Kind.allCases
        let rules = kinds.map { kind in
            Rule(id: kind.rawValue, name: kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
                 shortDescription: Text(text: kind.summary.prefix(1).uppercased() + kind.summary.dropFirst()),
                 fullDescription: Text(text: "PolicyAlign reports a \(kind.rawValue) finding when \(kind.summary)."),
                 help: Text(text: "See docs/cli-contract.md, \"Findings\", for what \(kind.rawValue) means and how to act on it."),
                 defaultConfiguration: Configuration(level: Self.defaultLevel(kind).rawValue))
        }
        let results = report.findings.map { finding in
            let region = finding.line.map { Region(startLine: $0, endLine: finding.endLine.flatMap { $0 > finding.line! ? $0 : nil }) }
            let related = finding.sourceFile.map { file in
                [Location(id: 1, physicalLocation: Physical(artifactLocation: Artifact(uri: report.relative(file)),
                                                           region: finding.sourceLine.map { Region(startLine: $0, endLine: nil) }),
                          message: Text(text: "the original"))]
            }
            return Result(ruleId: finding.kind.rawValue, ruleIndex: kinds.firstIndex(of: finding.kind)!, level: finding.severity.rawValue,
                          message: Text(text: finding.message),
                          locations: [Location(id: nil, physicalLocation: Physical(artifactLocation: Artifact(uri: report.relative(finding.file)),
                                                                                  region: region),
                                               logicalLocations: finding.values["unit"].map { [Logical(name: $0, kind: "element")] },
                                               message: nil)],
                          relatedLocations: related, partialFingerprints: ["policyalign/v1": finding.fingerprint],
                          properties: Properties(label: finding.label, evidence: finding.evidence, values: finding.values,
                                                 languages: finding.languages, confidence: finding.confidence))
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(name: "policyalign", version: toolVersion, rules: rules)), results: results)])
        return try JSONOutput.encode(log)
    }
}

/// `--format jsonl`: one finding a line, in the contract's finding shape.
public struct FindingsJSONLReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .jsonl }
    public func render(_ report: FindingsReport) throws -> String {
        try report.findings.map { try JSONOutput.line(FindingJSON($0)) + "\n" }.joined()
    }
}

/// `--format csv` of findings (RFC 4180), one finding a row.
public struct FindingsCSVReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .csv }
    public func render(_ report: FindingsReport) -> String {
        var rows = [["file", "line", "kind", "severity", "sourceFile", "sourceLine", "label", "message", "source", "target", "languages", "fingerprint"]]
        for finding in report.findings {
            rows.append([report.relative(finding.file), finding.line.map(String.init) ?? "", finding.kind.rawValue, finding.severity.rawValue,
                         finding.sourceFile.map(report.relative) ?? "", finding.sourceLine.map(String.init) ?? "", finding.label ?? "",
                         finding.message, finding.values["source"] ?? "", finding.values["target"] ?? "",
                         finding.languages.joined(separator: " "), finding.fingerprint])
        }
        return rows.map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

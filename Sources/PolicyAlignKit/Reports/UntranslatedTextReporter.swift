/// `policyalign untranslated` for people: one flagged clause a line.
public struct UntranslatedTextReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .text }

    public func render(_ report: UntranslatedReport) -> String {
        var out = "\(report.policy.document.file) (\(report.policy.language)): \(report.clauses.count) clause(s) still in \(report.sourceLanguage)\n"
        for clause in report.clauses {
            out += "  line \(clause.startLine): \(clause.text)  [\(formatted(clause.confidence)), \(clause.reason)]\n"
        }
        return out
    }
}

/// `policyalign untranslated` for people: one flagged clause a line.
public struct UntranslatedTextReporter: Reporter {
    public var style: TerminalStyle
    public init(style: TerminalStyle = .plain) { self.style = style }
    public var format: OutputFormat { .text }

    public func render(_ report: UntranslatedReport) -> String {
        let file = report.policy.document.file
        var out = style.bold("\(file) (\(report.policy.language))") + "\n"
        out += "\(file): " + FindingsBuilder.shareSentence(report.untranslatedShare, sourceLanguage: report.sourceLanguage)
        if report.policy.language == report.sourceLanguage {
            out += " (no other language found: the file is not a translation)\n"
        } else {
            out += "; \(report.clauses.count) clause\(report.clauses.count == 1 ? "" : "s") left untranslated\n"
        }
        out += FindingsTextRenderer(style: style).render(report.findings)
        return out
    }
}

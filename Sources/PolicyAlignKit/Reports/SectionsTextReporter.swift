/// `policyalign sections` for people: one section a line, indented by level.
public struct SectionsTextReporter: Reporter {
    public var explain: Bool
    public var style: TerminalStyle

    public init(explain: Bool = false, style: TerminalStyle = .plain) {
        self.explain = explain
        self.style = style
    }

    public var format: OutputFormat { .text }

    public func render(_ policy: AnalyzedPolicy) -> String {
        var out = ""
        let confidence = policy.languageGiven ? "given" : "confidence \(formatted(policy.languageConfidence))"
        out += style.bold("\(policy.document.file)") + "  \(policy.language) (\(confidence)), \(policy.document.encoding), \(policy.document.lineCount) \(policy.document.format == .docx ? "paragraphs" : "lines"), \(policy.sections.count) sections\n"
        let width = String(policy.document.lineCount).count
        for section in policy.sections {
            let lines = pad(String(section.startLine), width) + "-" + pad(String(section.endLine), width)
            let indent = String(repeating: "  ", count: max(0, section.level - 1))
            let heading = section.heading.map { truncate($0, 70) } ?? style.dim("(no heading)")
            let labels = section.labels.joined(separator: ",")
            let tag = section.label == Taxonomy.other ? style.dim(labels) : style.accent(labels)
            out += "\(lines)  \(indent)\(heading)\(section.runIn ? " [run-in]" : "")  \(tag) \(formatted(section.confidence))\n"
            if explain {
                let evidence = section.evidence.isEmpty ? "no lexicon hits" : section.evidence.joined(separator: ", ")
                out += String(repeating: " ", count: width * 2 + 3) + indent + style.dim("  evidence: " + evidence) + "\n"
            }
        }
        return out
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

func formatted(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
}

func truncate(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
}

/// Findings for people: grouped by severity, each on one line with where to look, then the
/// sentence it concerns (and the original's line) indented below.
struct FindingsTextRenderer {
    var style: TerminalStyle
    var width: Int = 100
    /// Parity lists several translations: then each line names its file.
    var showFile = false

    func render(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "No findings.\n" }
        var out = ""
        let sorted = findings.sortedForReport()
        for severity in Finding.Severity.allCases {
            let group = sorted.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            let title = "\(group.count) \(severity == .error ? "error" : severity == .warning ? "warning" : "note")\(group.count == 1 ? "" : "s")"
            out += "\n" + (severity == .error ? style.error(style.bold(title)) : severity == .warning ? style.warning(style.bold(title)) : style.bold(title)) + "\n"
            for finding in group {
                var place = finding.line.map { "line \($0)" } ?? "—"
                if showFile { place = finding.file + (finding.line.map { ":\($0)" } ?? "") }
                // A bilingual file's unit is where a translator looks it up in a CAT tool.
                if let unit = finding.values["unit"] { place += " (unit \(unit))" }
                out += "  \(place)  \(style.accent(finding.kind.rawValue))  \(singleLine(finding.message))"
                if !finding.languages.isEmpty { out += " [\(finding.languages.joined(separator: ", "))]" }
                out += "\n"
                if let evidence = finding.evidence, !finding.message.contains(evidence.prefix(60)) {
                    out += "      " + style.dim("“" + truncate(singleLine(evidence), width - 10) + "”") + "\n"
                }
                if let line = finding.sourceLine {
                    out += "      " + style.dim("original: line \(line)") + "\n"
                }
            }
        }
        return out
    }

    /// Terminal control characters from policy text never reach the terminal.
    private func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
        }))
    }
}

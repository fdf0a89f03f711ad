import Foundation

/// `parity --format html`: a heatmap of canonical sections by language linking to each
/// version's details, then every version's alignment with the reference.
public struct ParityHTMLReporter: Reporter {
    public var generated: Date

    public init(generated: Date = Date()) { self.generated = generated }
    public var format: OutputFormat { .html }

    public func render(_ report: ParityReport) -> String {
        HTML.page(title: "Parity: \(report.reference.document.file)", body: body(report))
    }

    func body(_ report: ParityReport) -> String {
        var out = "<h1>Parity of \(report.columns.count) versions</h1>\n"
        out += "<p class=\"meta\">Reference: \(HTML.escape(report.reference.document.file)) (\(HTML.escape(report.reference.language))) · "
        out += "\(report.missing.count) missing · \(report.extra.count) extra · \(report.untranslated.count) untranslated · "
        out += "\(report.facts.count) fact differences · \(report.truncated.count) likely truncated</p>\n"
        out += HTML.findings(report.findings, showFile: true)
        out += "<h2>Sections by language</h2>\n<table class=\"heat\"><thead><tr><th>section</th>"
        for (index, column) in report.columns.enumerated() {
            let link = index == 0 ? HTML.escape(column.key) : "<a href=\"#doc-\(index)\">\(HTML.escape(column.key))</a>"
            out += "<th title=\"\(HTML.escape(column.file))\">\(link)</th>"
        }
        out += "</tr></thead><tbody>\n"
        for row in report.matrix {
            out += "<tr><th>\(HTML.escape(row.label))</th>"
            for (index, cell) in row.cells.enumerated() {
                let mark = cell.presence == .present ? "✓" : cell.presence.rawValue
                let content = index == 0 || cell.presence == .present ? mark : "<a href=\"#doc-\(index)\">\(mark)</a>"
                out += "<td class=\"\(cell.presence.rawValue)\">\(content)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table>\n"
        let alignmentReporter = AlignmentHTMLReporter(generated: generated)
        for (index, alignment) in report.alignments.enumerated() {
            out += alignmentReporter.body(alignment, headingLevel: 2, anchor: "doc-\(index + 1)")
        }
        return out
    }
}

/// The batch index page: one line a policy, linking to its report.
public struct BatchHTMLReporter: Reporter {
    public init() {}
    public var format: OutputFormat { .html }

    public func render(_ batch: BatchParity) -> String {
        var out = "<h1>\(batch.entries.count) policies</h1>\n"
        out += "<p class=\"meta\">\(batch.documents) documents in \(String(format: "%.2f", batch.seconds)) s on \(batch.workers) cores</p>\n"
        out += "<table><thead><tr><th>policy</th><th>reference</th><th>versions</th><th>missing</th><th>omitted</th><th>untranslated</th><th>facts</th><th>truncated</th></tr></thead><tbody>\n"
        for entry in batch.entries {
            let name = HTML.escape(entry.group.name)
            guard let summary = entry.summary else {
                out += "<tr><td>\(name)</td><td colspan=\"7\">\(entry.group.files.count < 2 ? "one version: nothing to compare" : "not compared")</td></tr>\n"
                continue
            }
            // Linked only when the report exists; the link is a percent-encoded relative path.
            let cell = batch.report(of: entry) != nil
                ? "<a href=\"\(HTML.escape(BatchParity.reportLink(of: entry.group.name, extension: "html")))\">\(name)</a>" : name
            out += "<tr><td>\(cell)</td><td>\(HTML.escape(summary.referenceLanguage))</td>"
            out += "<td>\(summary.versions)</td><td>\(summary.missing)</td><td>\(summary.omitted)</td><td>\(summary.untranslated)</td>"
            out += "<td>\(summary.facts)</td><td>\(summary.truncated)</td></tr>\n"
        }
        out += "</tbody></table>\n"
        return HTML.page(title: "Parity of \(batch.entries.count) policies", body: out)
    }
}

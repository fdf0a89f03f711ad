import Foundation

/// `parity --format html`: leads with the findings (each translation's verdict, then every
/// finding with the sentence on both sides and a link to its row in that translation's
/// table, a legend, a table of contents), then a grid of canonical sections by language
/// with counts, then every version's alignment with the reference.
public struct ParityHTMLReporter: Reporter {
    public var generated: Date

    public init(generated: Date = Date()) { self.generated = generated }
    public var format: OutputFormat { .html }

    public func render(_ report: ParityReport) -> String {
        HTML.page(title: "Parity: \(report.reference.document.file)", body: body(report))
    }

    func body(_ report: ParityReport) -> String {
        // Document N (1-based; 0 is the reference) has its report at #doc-N, its rows at #doc-N-rK.
        let tables = report.alignments.enumerated().map { SideBySide($0.element, prefix: "doc-\($0.offset + 1)-") }
        let anchor = { (index: Int) in "doc-\(index + 1)" }
        var out = "<h1>Parity of \(report.columns.count) versions</h1>\n"
        out += "<p class=\"meta\">Reference: \(HTML.isolate(report.reference.document.file)) (\(HTML.isolate(report.reference.language))) · "
        out += "\(report.missing.count) missing · \(report.extra.count) extra · \(report.untranslated.count) untranslated · "
        out += "\(report.facts.count) fact differences · \(report.truncated.count) likely truncated</p>\n"
        out += HTML.verdicts(report.alignments.enumerated().map { index, alignment in
            HTML.Verdict(file: alignment.target.document.file, language: alignment.target.language, anchor: anchor(index),
                         findings: alignment.findings, untranslatedShare: alignment.untranslatedShare)
        })

        // Every finding, linked to its row in the first translation it concerns, and to the
        // reports of the others an aggregated finding covers.
        let indexOfFile = Dictionary(report.alignments.enumerated().map { ($0.element.target.document.file, $0.offset) }) { first, _ in first }
        let entries = report.findings.sortedForReport().map { finding -> HTML.FindingEntry in
            guard let index = indexOfFile[finding.file] else { return HTML.FindingEntry(finding: finding) }
            var entry = tables[index].entry(for: finding, documentAnchor: anchor(index))
            let others = (finding.values["files"] ?? "").split(separator: "\n").map(String.init).filter { $0 != finding.file }
            entry.also = others.compactMap { file in indexOfFile[file].map { (report.columns[$0 + 1].key, anchor($0)) } }
            return entry
        }
        out += HTML.findingsList(entries, showFile: true)
        out += HTML.findingsLegend(report.findings)

        // Contents: the grid, then each translation's sections, each linked to its first row.
        out += "<nav class=\"toc\"><h2 id=\"contents\">Contents</h2>\n<ul>\n<li><a href=\"#grid\">Sections by language</a></li>\n"
        for (index, alignment) in report.alignments.enumerated() {
            out += "<li><details><summary><a href=\"#\(anchor(index))\">\(HTML.isolate(alignment.target.document.file))</a>"
            out += " <span class=\"meta\">\(tables[index].sections.count) sections</span></summary>\n\(tables[index].contents())</details></li>\n"
        }
        out += "</ul></nav>\n"

        out += grid(report, tables: tables)
        let alignmentReporter = AlignmentHTMLReporter(generated: generated)
        out += "<h2>Side by side</h2>\n" + AlignmentHTMLReporter.highlightLegend
        for (index, alignment) in report.alignments.enumerated() {
            out += alignmentReporter.embedded(alignment, table: tables[index], anchor: anchor(index))
        }
        return out
    }

    /// Canonical sections by language. A cell counts the reference's sections with the
    /// label that have a counterpart ("2/3"), and says present, partial, missing or extra
    /// in words; it links to the label's first row in that translation's table.
    private func grid(_ report: ParityReport, tables: [SideBySide]) -> String {
        var out = "<h2 id=\"grid\">Sections by language</h2>\n"
        out += "<p class=\"meta\">Each cell: how many of the reference's sections with that label have a counterpart in the version "
        out += "(“2/3”: two of three); <b>missing</b>: none has; <b>partial</b>: some have; <b>extra</b>: only the version has the label.</p>\n"
        out += "<table class=\"heat\"><thead><tr><th>section</th>"
        for (index, column) in report.columns.enumerated() {
            let name = HTML.isolate(column.key)
            let link = index == 0 ? name + " <span class=\"meta\">(reference)</span>" : "<a href=\"#doc-\(index)\">\(name)</a>"
            out += "<th title=\"\(HTML.escape(column.file))\">\(link)</th>"
        }
        out += "</tr></thead><tbody>\n"
        let reference = report.reference
        for row in report.matrix {
            let inReference = reference.sections.indices.filter { reference.sections[$0].label == row.label }
            out += "<tr><th>\(HTML.escape(row.label))</th>"
            for (index, cell) in row.cells.enumerated() {
                var text: String
                if index == 0 {
                    text = inReference.isEmpty ? "none" : "\(inReference.count) section\(inReference.count == 1 ? "" : "s")"
                } else {
                    let alignment = report.alignments[index - 1]
                    let missing = Set(alignment.missingSections)
                    let kept = inReference.filter { !missing.contains($0) }.count
                    switch cell.presence {
                    case .present: text = "✓ \(kept)/\(inReference.count)"
                    case .partial: text = "partial \(kept)/\(inReference.count)"
                    case .missing: text = inReference.isEmpty ? "missing" : "missing 0/\(inReference.count)"
                    case .extra:
                        let extra = alignment.extraSections.filter { alignment.target.sections[$0].label == row.label }.count
                        text = "extra (\(extra))"
                    }
                    let table = tables[index - 1]
                    let target = table.sections.first { $0.label == row.label }?.id ?? "doc-\(index)"
                    text = "<a href=\"#\(HTML.escape(target))\">\(text)</a>"
                }
                let className = index == 0 && inReference.isEmpty ? "none" : cell.presence.rawValue
                out += "<td class=\"\(className)\">\(text)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
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
            let name = HTML.isolate(entry.group.name)
            guard let summary = entry.summary else {
                out += "<tr><td>\(name)</td><td colspan=\"7\">\(entry.group.files.count < 2 ? "one version: nothing to compare" : "not compared")</td></tr>\n"
                continue
            }
            // Linked only when the report exists; the link is a percent-encoded relative path.
            let cell = batch.report(of: entry) != nil
                ? "<a href=\"\(HTML.escape(BatchParity.reportLink(of: entry.group.name, extension: "html")))\">\(name)</a>" : name
            out += "<tr><td>\(cell)</td><td>\(HTML.isolate(summary.referenceLanguage))</td>"
            out += "<td>\(summary.versions)</td><td>\(summary.missing)</td><td>\(summary.omitted)</td><td>\(summary.untranslated)</td>"
            out += "<td>\(summary.facts)</td><td>\(summary.truncated)</td></tr>\n"
        }
        out += "</tbody></table>\n"
        return HTML.page(title: "Parity of \(batch.entries.count) policies", body: out)
    }
}

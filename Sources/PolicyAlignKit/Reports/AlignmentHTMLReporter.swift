import Foundation

/// `align --format html`: one self-contained page that leads with the findings (the
/// translation's verdict, then every finding with the sentence on both sides and a link to
/// its row, a legend, a table of contents), then the two documents side by side, section by
/// section and sentence by sentence, labels as badges, untranslated clauses and differing
/// facts highlighted.
public struct AlignmentHTMLReporter: Reporter {
    /// Shown in the page; a parameter so that tests are deterministic.
    public var generated: Date

    public init(generated: Date = Date()) { self.generated = generated }
    public var format: OutputFormat { .html }

    public func render(_ alignment: PolicyAlignment) -> String {
        HTML.page(title: "Alignment: \(alignment.source.document.file) / \(alignment.target.document.file)",
                  body: body(alignment))
    }

    /// The standalone report: verdict, findings, legend, contents, side by side.
    func body(_ alignment: PolicyAlignment) -> String {
        let source = alignment.source, target = alignment.target
        let table = SideBySide(alignment, prefix: "")
        var out = "<h1>\(HTML.isolate(source.document.file)) → \(HTML.isolate(target.document.file))</h1>\n"
        out += meta(alignment)
        out += HTML.verdicts([HTML.Verdict(file: target.document.file, language: target.language, anchor: nil,
                                           findings: alignment.findings, untranslatedShare: alignment.untranslatedShare)])
        out += "<p class=\"meta\">\(HTML.escape(FindingsBuilder.shareSentence(alignment.untranslatedShare, sourceLanguage: alignment.sourceLanguage)))</p>\n"
        out += HTML.findingsList(alignment.findings.sortedForReport().map { table.entry(for: $0, documentAnchor: "side") })
        out += HTML.findingsLegend(alignment.findings)
        out += "<nav class=\"toc\"><h2 id=\"contents\">Sections</h2>\n\(table.contents())</nav>\n"
        out += "<h2 id=\"side\">Side by side</h2>\n"
        out += Self.highlightLegend
        out += table.html
        return out
    }

    /// The report of one translation inside a parity page: heading, counts, side by side
    /// (the parity page lists the findings and the contents).
    func embedded(_ alignment: PolicyAlignment, table: SideBySide, anchor: String) -> String {
        let source = alignment.source, target = alignment.target
        var out = "<h2 id=\"\(HTML.escape(anchor))\">\(HTML.isolate(source.document.file)) → \(HTML.isolate(target.document.file))</h2>\n"
        out += meta(alignment)
        out += "<p class=\"meta\">\(HTML.escape(FindingsBuilder.shareSentence(alignment.untranslatedShare, sourceLanguage: alignment.sourceLanguage)))</p>\n"
        return out + table.html
    }

    private func meta(_ alignment: PolicyAlignment) -> String {
        let source = alignment.source, target = alignment.target
        var out = "<p class=\"meta\">\(HTML.isolate(source.language)) → \(HTML.isolate(target.language)) · \(alignment.sectionPairs.count) section pairs · "
        out += "\(alignment.missingSections.count) missing · \(alignment.extraSections.count) extra · \(alignment.untranslated.count) untranslated · "
        out += "\(alignment.facts.count) fact differences · generated \(HTML.escape(ISO8601DateFormatter().string(from: generated)))</p>\n"
        return out
    }

    static let highlightLegend = "<p class=\"legend\"><span><mark class=\"untranslated\">untranslated</mark> still in the source language</span>"
        + "<span><mark class=\"fact\">fact</mark> differs from the other version</span>"
        + "<span class=\"badge\">label</span> canonical section <span class=\"badge disagree\">label</span> the translation reads it otherwise "
        + "<span class=\"missing-cell\">no counterpart</span> · # the row's number, the target of the findings' links</p>\n"
}

/// The side-by-side table of one alignment, with a stable `id` on every row (`PREFIXrN`,
/// N the row's number), and what the findings list needs to point into it.
struct SideBySide {
    struct Row {
        let id: String
        let number: Int
        /// Lines each side's text covers.
        let sourceLines: [ClosedRange<Int>]
        let targetLines: [ClosedRange<Int>]
        /// Both sides' text as written, for the findings list.
        let sourceText: String?
        let targetText: String?
    }

    struct Contents {
        let id: String
        let number: Int
        let label: String
        let sourceHeading: String?
        let targetHeading: String?
        let missing: Bool
        let extra: Bool
    }

    let prefix: String
    let sourceAttributes: String
    let targetAttributes: String
    let sourceDirection: String
    let targetDirection: String
    private(set) var rows: [Row] = []
    private(set) var sections: [Contents] = []
    private(set) var html = ""

    /// Text quoted in the findings list is cut here; the table has it whole.
    static let quoteLimit = 400

    init(_ alignment: PolicyAlignment, prefix: String) {
        let source = alignment.source, target = alignment.target
        self.prefix = prefix
        let sourceDirection = HTML.direction(source), targetDirection = HTML.direction(target)
        self.sourceDirection = sourceDirection
        self.targetDirection = targetDirection
        sourceAttributes = "lang=\"\(HTML.escape(source.language))\" dir=\"\(sourceDirection)\""
        targetAttributes = "lang=\"\(HTML.escape(target.language))\" dir=\"\(targetDirection)\""

        // Highlights by line: untranslated clauses (target), facts (both sides).
        var targetMarks: [Int: [(text: String, className: String, title: String)]] = [:]
        var sourceMarks: [Int: [(text: String, className: String, title: String)]] = [:]
        for clause in alignment.untranslated {
            targetMarks[clause.startLine, default: []].append((clause.text, "untranslated", "still in \(source.language) (\(Int(clause.confidence * 100))%)"))
        }
        for fact in alignment.facts {
            let other = { (f: Fact?) in f?.located ?? "nothing" }
            if let s = fact.source { sourceMarks[s.line, default: []].append((s.text, "fact", "\(fact.status.rawValue): translation has \(other(fact.target))")) }
            if let t = fact.target { targetMarks[t.line, default: []].append((t.text, "fact", "\(fact.status.rawValue): original has \(other(fact.source))")) }
        }

        // Sentence pairs grouped by the section pair they belong to.
        var sentencesBySource: [Int: [PolicyAlignment.SentencePair]] = [:]
        for pair in alignment.sentencePairs {
            if let section = pair.source.first?.section ?? pair.target.first.map({ t in
                alignment.sectionPairs.first { $0.target == t.section }?.source ?? -1 }) {
                sentencesBySource[section, default: []].append(pair)
            }
        }

        var out = "<table>\n<thead><tr><th>#</th><th \(sourceAttributes)>\(HTML.isolate(source.document.file))</th>"
        out += "<th \(targetAttributes)>\(HTML.isolate(target.document.file))</th></tr></thead>\n<tbody>\n"
        var shownSources = Set<Int>()
        func addRow(className: String, left: String, right: String, sourceLines: [ClosedRange<Int>], targetLines: [ClosedRange<Int>],
                    sourceText: String?, targetText: String?) {
            let number = rows.count + 1
            let id = "\(prefix)r\(number)"
            rows.append(Row(id: id, number: number, sourceLines: sourceLines, targetLines: targetLines,
                            sourceText: sourceText, targetText: targetText))
            out += "<tr id=\"\(HTML.escape(id))\" class=\"\(className)\"><td class=\"row\"><a href=\"#\(HTML.escape(id))\">\(number)</a></td>"
            out += "<td \(sourceAttributes)>\(left)</td><td \(targetAttributes)>\(right)</td></tr>\n"
        }
        for pair in alignment.sectionPairs {
            let disagree = pair.source != nil && pair.target != nil && pair.sourceLabel != pair.targetLabel
            let sourceSection = pair.source.map { source.sections[$0] }, targetSection = pair.target.map { target.sections[$0] }
            let left = sourceSection.map { Self.sectionTitle($0, badge: HTML.badge(pair.label), direction: sourceDirection) }
                ?? "<span class=\"missing-cell\">no counterpart in the original</span>"
            let right = targetSection.map { Self.sectionTitle($0, badge: HTML.badge(pair.targetLabel ?? pair.label, disagree: disagree), direction: targetDirection) }
                ?? "<span class=\"missing-cell\">missing in the translation</span>"
            let heading = { (section: Section) in section.heading ?? "(text before the first heading)" }
            sections.append(Contents(id: "\(prefix)r\(rows.count + 1)", number: rows.count + 1, label: pair.label,
                                     sourceHeading: sourceSection.map(heading), targetHeading: targetSection.map(heading),
                                     missing: pair.target == nil, extra: pair.source == nil))
            addRow(className: pair.source == nil || pair.target == nil ? "section-head unaligned" : "section-head", left: left, right: right,
                   sourceLines: sourceSection.map { [$0.startLine...$0.startLine] } ?? [],
                   targetLines: targetSection.map { [$0.startLine...$0.startLine] } ?? [],
                   sourceText: sourceSection.map(heading), targetText: targetSection.map(heading))
            if let s = pair.source, pair.target != nil {
                guard shownSources.insert(s).inserted else { continue }
                for sentencePair in sentencesBySource[s] ?? [] where !(sentencePair.source.first?.isHeading ?? false) {
                    let leftText = sentencePair.source.map { sentence in
                        "<span class=\"line\">\(sentence.line)</span>" + HTML.highlighted(sentence.text, sourceMarks[sentence.line] ?? [], direction: sourceDirection)
                    }.joined(separator: " ")
                    let rightText = sentencePair.target.map { sentence in
                        "<span class=\"line\">\(sentence.line)</span>" + HTML.highlighted(sentence.text, targetMarks[sentence.line] ?? [], direction: targetDirection)
                    }.joined(separator: " ")
                    let joined = { (sentences: [Sentence]) -> String? in
                        sentences.isEmpty ? nil : sentences.map(\.text).joined(separator: " ")
                    }
                    addRow(className: sentencePair.source.isEmpty || sentencePair.target.isEmpty ? "pair unaligned" : "pair",
                           left: leftText, right: rightText,
                           sourceLines: sentencePair.source.map { $0.line...max($0.line, $0.endLine) },
                           targetLines: sentencePair.target.map { $0.line...max($0.line, $0.endLine) },
                           sourceText: joined(sentencePair.source), targetText: joined(sentencePair.target))
                }
            } else if let section = sourceSection {
                let text = section.bodyText
                addRow(className: "pair unaligned", left: HTML.bidi(truncate(text, 600), direction: sourceDirection), right: "",
                       sourceLines: section.body.map { $0.line...max($0.line, $0.endLine) }, targetLines: [],
                       sourceText: text.isEmpty ? nil : text, targetText: nil)
            } else if let section = targetSection {
                let text = section.body.map { HTML.highlighted($0.text, targetMarks[$0.line] ?? [], direction: targetDirection) }.joined(separator: "<br>")
                let plain = section.body.map(\.text).joined(separator: " ")
                addRow(className: "pair unaligned", left: "", right: text,
                       sourceLines: [], targetLines: section.body.map { $0.line...max($0.line, $0.endLine) },
                       sourceText: nil, targetText: plain.isEmpty ? nil : plain)
            }
        }
        out += "</tbody></table>\n"
        html = out
    }

    private static func sectionTitle(_ section: Section, badge: String, direction: String) -> String {
        // <bdi> keeps a heading's own direction ("1. جمع المعلومات") beside the line number.
        let heading = section.heading.map { "<bdi>\(HTML.bidi($0, direction: direction))</bdi>" } ?? "<i>(text before the first heading)</i>"
        return "\(badge)<span class=\"line\">\(section.startLine)</span>\(heading)"
    }

    /// The row a finding concerns: the one holding its line in the translation, else its
    /// line in the original (the original's first, for what the translation lacks), else
    /// the nearest row before that line.
    func row(for finding: Finding) -> Row? {
        let originalFirst: Bool
        switch finding.kind {
        case .omitted, .missingSection: originalFirst = true
        case .factMissing: originalFirst = finding.sourceLine != nil
        default: originalFirst = false
        }
        let lookups: [(Int?, KeyPath<Row, [ClosedRange<Int>]>)] = originalFirst
            ? [(finding.sourceLine, \.sourceLines), (finding.line, \.targetLines)]
            : [(finding.line, \.targetLines), (finding.sourceLine, \.sourceLines)]
        // Several sentences may share a line (a paragraph on one line): the one holding the
        // finding's text, else the first.
        let needles = ["text", "target", "source"].compactMap { finding.values[$0] } + (finding.evidence.map { [$0] } ?? [])
        for (line, side) in lookups {
            guard let line else { continue }
            let holding = rows.filter { $0[keyPath: side].contains { $0.contains(line) } }
            let text = { (row: Row) in (side == \Row.sourceLines ? row.sourceText : row.targetText) ?? "" }
            if let best = holding.first(where: { row in needles.contains { !$0.isEmpty && text(row).contains($0.prefix(80)) } }) ?? holding.first {
                return best
            }
        }
        for (line, side) in lookups {
            guard let line else { continue }
            if let before = rows.last(where: { ($0[keyPath: side].map(\.lowerBound).min() ?? Int.max) <= line }) { return before }
        }
        return nil
    }

    /// A finding as the findings list shows it, linked to its row, or to `documentAnchor`
    /// when it concerns the whole document.
    func entry(for finding: Finding, documentAnchor: String) -> HTML.FindingEntry {
        var entry = HTML.FindingEntry(finding: finding, translationAttributes: targetAttributes, originalAttributes: sourceAttributes)
        let documentLevel = finding.line == nil && finding.sourceLine == nil
        if !documentLevel, let row = row(for: finding) {
            entry.anchor = row.id
            entry.row = row.number
            // The finding's own text marked in both sides' sentences.
            let marked: Bool
            switch finding.kind {
            case .factMismatch, .factMissing, .factExtra, .untranslated: marked = true
            default: marked = false
            }
            let marks = { (keys: [String]) in
                keys.compactMap { marked ? finding.values[$0] : nil }.filter { !$0.isEmpty }
                    .map { (text: $0, className: finding.kind == .untranslated ? "untranslated" : "fact", title: finding.kind.rawValue) }
            }
            entry.translation = row.targetText.map { HTML.highlighted(truncate($0, Self.quoteLimit), marks(["target", "text"]), direction: targetDirection) }
            entry.original = row.sourceText.map { HTML.highlighted(truncate($0, Self.quoteLimit), marks(["source"]), direction: sourceDirection) }
        } else {
            entry.anchor = documentAnchor
            if let evidence = finding.evidence {
                entry.translation = HTML.bidi(truncate(evidence, Self.quoteLimit), direction: targetDirection)
            }
        }
        return entry
    }

    /// The table of contents: each section pair, linked to its first row.
    func contents() -> String {
        var out = "<ol>\n"
        for section in sections {
            let heading = { (h: String?) in h.map { "<bdi>\(HTML.escape(truncate($0, 120)))</bdi>" } ?? "" }
            var text: String
            if section.missing {
                text = heading(section.sourceHeading) + "</a> <span class=\"missing-cell\">missing in the translation</span>"
            } else if section.extra {
                text = heading(section.targetHeading) + "</a> <span class=\"missing-cell\">no counterpart in the original</span>"
            } else {
                text = heading(section.sourceHeading) + " → " + heading(section.targetHeading) + "</a>"
            }
            out += "<li>\(HTML.badge(section.label))<a href=\"#\(HTML.escape(section.id))\">\(text) <span class=\"meta\">row \(section.number)</span></li>\n"
        }
        return out + "</ol>\n"
    }
}

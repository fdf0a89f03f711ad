import Foundation

/// `align --format html`: one self-contained page with the two documents side by side,
/// section by section and sentence by sentence, labels as badges, untranslated clauses
/// and differing facts highlighted.
public struct AlignmentHTMLReporter: Reporter {
    /// Shown in the page; a parameter so that tests are deterministic.
    public var generated: Date

    public init(generated: Date = Date()) { self.generated = generated }
    public var format: OutputFormat { .html }

    public func render(_ alignment: PolicyAlignment) -> String {
        HTML.page(title: "Alignment: \(alignment.source.document.file) / \(alignment.target.document.file)",
                  body: body(alignment, headingLevel: 1))
    }

    /// The report's body, also embedded in parity pages.
    func body(_ alignment: PolicyAlignment, headingLevel: Int, anchor: String = "") -> String {
        let source = alignment.source, target = alignment.target
        let h = "h\(headingLevel)"
        var out = "<\(h) id=\"\(HTML.escape(anchor))\">\(HTML.escape(source.document.file)) → \(HTML.escape(target.document.file))</\(h)>\n"
        out += "<p class=\"meta\">\(HTML.escape(source.language)) → \(HTML.escape(target.language)) · \(alignment.sectionPairs.count) section pairs · "
        out += "\(alignment.missingSections.count) missing · \(alignment.extraSections.count) extra · \(alignment.untranslated.count) untranslated · "
        out += "\(alignment.facts.count) fact differences · generated \(HTML.escape(ISO8601DateFormatter().string(from: generated)))</p>\n"
        out += "<p class=\"legend\"><span><mark class=\"untranslated\">untranslated</mark> still in the source language</span>"
        out += "<span><mark class=\"fact\">fact</mark> differs from the other version</span>"
        out += "<span class=\"badge\">label</span> canonical section <span class=\"badge disagree\">label</span> the translation reads it otherwise "
        out += "<span class=\"missing-cell\">no counterpart</span></p>\n"
        out += "<p class=\"meta\">\(HTML.escape(FindingsBuilder.shareSentence(alignment.untranslatedShare, sourceLanguage: alignment.sourceLanguage)))</p>\n"
        out += HTML.findings(alignment.findings)
        out += "<h2>Side by side</h2>\n"

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

        let sourceDirection = HTML.direction(source), targetDirection = HTML.direction(target)
        out += "<table>\n<thead><tr><th lang=\"\(HTML.escape(source.language))\" dir=\"\(sourceDirection)\">\(HTML.escape(source.document.file))</th>"
        out += "<th lang=\"\(HTML.escape(target.language))\" dir=\"\(targetDirection)\">\(HTML.escape(target.document.file))</th></tr></thead>\n<tbody>\n"
        let sourceAttributes = "lang=\"\(HTML.escape(source.language))\" dir=\"\(sourceDirection)\""
        let targetAttributes = "lang=\"\(HTML.escape(target.language))\" dir=\"\(targetDirection)\""
        var shownSources = Set<Int>()
        for pair in alignment.sectionPairs {
            let disagree = pair.source != nil && pair.target != nil && pair.sourceLabel != pair.targetLabel
            let left = pair.source.map { sectionTitle(source.sections[$0], badge: HTML.badge(pair.label)) } ?? "<span class=\"missing-cell\">no counterpart in the original</span>"
            let right = pair.target.map { sectionTitle(target.sections[$0], badge: HTML.badge(pair.targetLabel ?? pair.label, disagree: disagree)) }
                ?? "<span class=\"missing-cell\">missing in the translation</span>"
            let rowClass = pair.source == nil || pair.target == nil ? "section-head unaligned" : "section-head"
            out += "<tr class=\"\(rowClass)\"><td \(sourceAttributes)>\(left)</td><td \(targetAttributes)>\(right)</td></tr>\n"
            if let s = pair.source, pair.target != nil {
                guard shownSources.insert(s).inserted else { continue }
                for sentencePair in sentencesBySource[s] ?? [] where !(sentencePair.source.first?.isHeading ?? false) {
                    let leftText = sentencePair.source.map { sentence in
                        "<span class=\"line\">\(sentence.line)</span>" + HTML.highlighted(sentence.text, sourceMarks[sentence.line] ?? [])
                    }.joined(separator: " ")
                    let rightText = sentencePair.target.map { sentence in
                        "<span class=\"line\">\(sentence.line)</span>" + HTML.highlighted(sentence.text, targetMarks[sentence.line] ?? [])
                    }.joined(separator: " ")
                    let cls = sentencePair.source.isEmpty || sentencePair.target.isEmpty ? " class=\"pair unaligned\"" : " class=\"pair\""
                    out += "<tr\(cls)><td \(sourceAttributes)>\(leftText)</td><td \(targetAttributes)>\(rightText)</td></tr>\n"
                }
            } else if let s = pair.source {
                out += "<tr class=\"pair unaligned\"><td \(sourceAttributes)>\(HTML.escape(truncate(source.sections[s].bodyText, 600)))</td><td></td></tr>\n"
            } else if let t = pair.target {
                let text = target.sections[t].body.map { HTML.highlighted($0.text, targetMarks[$0.line] ?? []) }.joined(separator: "<br>")
                out += "<tr class=\"pair unaligned\"><td></td><td \(targetAttributes)>\(text)</td></tr>\n"
            }
        }
        out += "</tbody></table>\n"
        return out
    }

    private func sectionTitle(_ section: Section, badge: String) -> String {
        // <bdi> keeps a heading's own direction ("1. جمع المعلومات") beside the line number.
        let heading = section.heading.map { "<bdi>\(HTML.escape($0))</bdi>" } ?? "<i>(text before the first heading)</i>"
        return "\(badge)<span class=\"line\">\(section.startLine)</span>\(heading)"
    }
}

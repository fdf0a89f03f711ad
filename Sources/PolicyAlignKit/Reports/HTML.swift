import PolicyText

/// Small helpers for self-contained HTML reports: escaping, page shell, highlighting.
enum HTML {
    /// Escapes text for element content and attribute values alike, in HTML and XML
    /// (TMX) both: controls XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Bidi controls in policy text must not reorder the report around them.
            case "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}":
                out += "&#x\(String(scalar.value, radix: 16));"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text direction of a policy, from the script most of its opening text is written in:
    /// right to left for Arabic, Hebrew and the like, whatever the language tag.
    static func direction(_ policy: AnalyzedPolicy) -> String {
        var sample = ""
        for block in policy.document.blocks.prefix(40) { sample += block.text }
        let main = Scripts.histogram(of: Substring(sample)).max { $0.value < $1.value }?.key
        return main.map { Scripts.rightToLeft.contains($0) } == true ? "rtl" : "ltr"
    }

    /// A full page: no scripts, no remote loads (the Content-Security-Policy forbids both).
    /// Findings first: what a reviewer must look at, errors first, each with where to look
    /// in both files and the sentence concerned (printed, not hidden in tooltips).
    static func findings(_ findings: [Finding], showFile: Bool = false) -> String {
        guard !findings.isEmpty else { return "<h2>Findings</h2>\n<p class=\"meta\">No findings.</p>\n" }
        var out = "<h2>Findings</h2>\n<table class=\"findings\"><thead><tr><th>severity</th><th>kind</th><th>where</th><th>finding</th></tr></thead><tbody>\n"
        for finding in findings.sortedForReport() {
            var place = (showFile ? finding.file + " " : "") + (finding.line.map { "line \($0)" } ?? "")
            if let line = finding.sourceLine { place += (place.isEmpty ? "" : " · ") + "original line \(line)" }
            var text = escape(finding.message)
            if !finding.languages.isEmpty && showFile { text += " <span class=\"meta\">[\(escape(finding.languages.joined(separator: ", ")))]</span>" }
            if let evidence = finding.evidence, !finding.message.contains(evidence.prefix(60)) {
                text += "<span class=\"evidence\" dir=\"auto\">\(escape(evidence))</span>"
            }
            out += "<tr><td><span class=\"sev \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span></td>"
            out += "<td>\(escape(finding.kind.rawValue))</td><td class=\"where\"><bdi>\(escape(place))</bdi></td><td dir=\"auto\">\(text)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="policyalign">
        <title>\(escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Thai","Noto Sans CJK SC","Noto Sans CJK JP","Noto Sans CJK KR","Noto Sans Arabic","Noto Sans Hebrew","Noto Sans Devanagari","PingFang SC","Hiragino Sans","Microsoft YaHei",Tahoma,sans-serif;margin:1.5rem;color:#1b1f24;line-height:1.45}
    h1{font-size:1.35rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
    .meta{color:#57606a;font-size:.9rem}
    table{border-collapse:collapse;width:100%}
    td,th{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:start}
    th{background:#f6f8fa;font-weight:600}
    .pair td{width:50%}
    .section-head td{background:#f6f8fa;font-weight:600}
    .badge{display:inline-block;border-radius:.7rem;padding:0 .5rem;font-size:.75rem;font-weight:600;background:#ddf4ff;color:#0a3069;margin-inline-end:.3rem;white-space:nowrap}
    .badge.other{background:#eaeef2;color:#57606a}
    .badge.disagree{background:#fff8c5;color:#7d4e00}
    .unaligned{background:#ffebe9}
    .missing-cell{background:#ffebe9;color:#82071e;font-style:italic}
    mark.untranslated{background:#ffd8b5;color:inherit;border-bottom:2px solid #bc4c00}
    mark.fact{background:#d8b9ff;color:inherit;border-bottom:2px solid #6639ba}
    .legend>span{margin-inline-end:1rem}
    .heat td.present{background:#dafbe1;text-align:center}
    .heat td.missing{background:#ff8182;text-align:center;font-weight:600}
    .heat td.partial{background:#ffd8b5;text-align:center}.heat td.extra{background:#ddf4ff;text-align:center}
    .heat a{color:inherit}
    .line{color:#8c959f;font-size:.75rem;margin-inline-end:.3rem}
    .findings td{font-size:.9rem}.findings .where{white-space:nowrap;color:#57606a}
    .sev{display:inline-block;border-radius:.3rem;padding:0 .4rem;font-size:.75rem;font-weight:600}
    .sev.error{background:#ffebe9;color:#82071e}.sev.warning{background:#fff8c5;color:#6f4e00}.sev.note{background:#eaeef2;color:#57606a}
    .evidence{color:#57606a;display:block;margin-top:.15rem}
    """

    /// Escaped text with every occurrence of the needles wrapped in `<mark class=...>`.
    static func highlighted(_ text: String, _ needles: [(text: String, className: String, title: String)]) -> String {
        var marks: [(Range<String.Index>, String, String)] = []
        for needle in needles where !needle.text.isEmpty {
            var searchStart = text.startIndex
            while searchStart < text.endIndex, let range = text.range(of: needle.text, range: searchStart..<text.endIndex) {
                if !marks.contains(where: { $0.0.overlaps(range) }) { marks.append((range, needle.className, needle.title)) }
                searchStart = range.upperBound
            }
        }
        guard !marks.isEmpty else { return escape(text) }
        marks.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var cursor = text.startIndex
        for (range, className, title) in marks {
            out += escape(String(text[cursor..<range.lowerBound]))
            out += "<mark class=\"\(className)\" title=\"\(escape(title))\">\(escape(String(text[range])))</mark>"
            cursor = range.upperBound
        }
        return out + escape(String(text[cursor...]))
    }

    static func badge(_ label: String, disagree: Bool = false) -> String {
        let className = label == Taxonomy.other ? "badge other" : disagree ? "badge disagree" : "badge"
        return "<span class=\"\(className)\">\(escape(label))</span>"
    }
}

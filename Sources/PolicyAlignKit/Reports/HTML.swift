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
    /// right to left for Arabic, Hebrew and the like, whatever the language tag. A policy
    /// with no letters to go by falls back on its language (`ar`, `he`, `fa`, `ur`...).
    static func direction(_ policy: AnalyzedPolicy) -> String {
        var sample = ""
        for block in policy.document.blocks.prefix(40) { sample += block.text }
        guard let main = Scripts.histogram(of: Substring(sample)).max(by: { $0.value < $1.value })?.key else {
            return direction(language: policy.language)
        }
        return Scripts.rightToLeft.contains(main) ? "rtl" : "ltr"
    }

    /// Languages written right to left, by primary subtag.
    static let rightToLeftLanguages: Set<String> = ["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ckb", "dv", "ug", "syr"]

    static func direction(language: String) -> String {
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return rightToLeftLanguages.contains(primary) ? "rtl" : "ltr"
    }

    /// A file name, a language tag or a label: escaped and isolated, so that a path beside
    /// right-to-left text (or a right-to-left name beside English) keeps its own order.
    static func isolate(_ text: String) -> String { "<bdi>\(escape(text))</bdi>" }

    /// A one-line message in English quoting policy text: escaped, with every “quoted”
    /// span isolated (it may run in the other direction, or be a link or a number).
    static func message(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let open = rest.firstIndex(of: "“"), let close = rest[rest.index(after: open)...].firstIndex(of: "”") {
            out += escape(String(rest[...open]))
            out += "<bdi>\(escape(String(rest[rest.index(after: open)..<close])))</bdi>"
            rest = rest[close...]
        }
        return out + escape(String(rest))
    }

    /// Policy text for a cell whose direction is `direction`: escaped, with every span in
    /// the other direction and every placeable (link, e-mail address; numbers where the
    /// text runs right to left) in `<bdi>`, so that an English span or an address inside
    /// Arabic text, or a Hebrew phrase inside English, is not reordered with its neighbours.
    static func bidi(_ text: String, direction: String) -> String {
        guard !text.isEmpty else { return "" }
        let rtl = direction == "rtl"
        let scalars = Array(text.unicodeScalars)
        // Spans of the other direction: from its first strong letter to its last before a
        // strong letter of the text's own direction.
        var spans: [Range<Int>] = []
        var start: Int? = nil, last = 0, own = false
        for (index, scalar) in scalars.enumerated() {
            guard let strong = strongDirection(scalar) else { continue }
            if strong != rtl {
                if start == nil { start = index }
                last = index
            } else {
                own = true
                if let first = start {
                    spans.append(first..<(last + 1))
                    start = nil
                }
            }
        }
        if let first = start { spans.append(first..<(last + 1)) }
        // Text wholly in the other direction (an English clause marked inside Arabic text)
        // is isolated with its punctuation.
        if !own && !spans.isEmpty { spans = [0..<scalars.count] }
        // A placeable a span cuts into (a link ending in "/") joins the span whole.
        let places = placeables(scalars)
        spans = spans.map { span in
            var span = span
            for place in places where place.overlaps(span) {
                span = min(span.lowerBound, place.lowerBound)..<max(span.upperBound, place.upperBound)
            }
            return span
        }.reduce(into: [Range<Int>]()) { merged, span in
            if let last = merged.last, span.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        var out = "", cursor = 0
        for span in spans {
            out += isolatePlaceables(scalars, cursor..<span.lowerBound, places: places, rtl: rtl)
            let inner = places.contains(span) ? escape(string(scalars, span))
                : isolatePlaceables(scalars, span, places: places, rtl: !rtl)
            out += "<bdi>\(inner)</bdi>"
            cursor = span.upperBound
        }
        return out + isolatePlaceables(scalars, cursor..<scalars.count, places: places, rtl: rtl)
    }

    /// True for a strong right-to-left letter, false for a strong left-to-right one, nil
    /// for digits, punctuation, spaces and marks.
    static func strongDirection(_ scalar: Unicode.Scalar) -> Bool? {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) ? false : nil }
        guard scalar.properties.isAlphabetic else { return nil }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return nil }
        return (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
            || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EFFF).contains(v)
    }

    private static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[range])
        return String(out)
    }

    /// Escaped text of `range` with the placeables inside it isolated; numbers only where
    /// the text runs right to left (digits cannot be reordered inside left-to-right text).
    private static func isolatePlaceables(_ scalars: [Unicode.Scalar], _ range: Range<Int>, places: [Range<Int>], rtl: Bool) -> String {
        guard !range.isEmpty else { return "" }
        var out = "", cursor = range.lowerBound
        for place in places where place.lowerBound >= cursor && place.upperBound <= range.upperBound {
            let isNumber = scalars[place.lowerBound].properties.numericType != nil || scalars[place.lowerBound] == "+"
            if isNumber && !rtl { continue }
            out += escape(string(scalars, cursor..<place.lowerBound)) + "<bdi>\(escape(string(scalars, place)))</bdi>"
            cursor = place.upperBound
        }
        return out + escape(string(scalars, cursor..<range.upperBound))
    }

    /// Links, e-mail addresses and numbers, as ranges of scalars.
    static func placeables(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var places: [Range<Int>] = []
        var index = 0
        func isWordish(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        func isURLChar(_ s: Unicode.Scalar) -> Bool {
            !s.properties.isWhitespace && !"<>\"“”«»‘’`|{}".unicodeScalars.contains(s) && s.value >= 0x21
        }
        func hasPrefix(_ prefix: String, at i: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard i + p.count <= scalars.count else { return false }
            for k in 0..<p.count where Character(scalars[i + k]).lowercased() != String(p[k]) { return false }
            return true
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let atWordStart = index == 0 || !isWordish(scalars[index - 1])
            // A link: scheme or www., to the next space, without the sentence's punctuation.
            if atWordStart, ["https://", "http://", "mailto:", "www.", "tel:"].contains(where: { hasPrefix($0, at: index) }) {
                var end = index
                while end < scalars.count && isURLChar(scalars[end]) { end += 1 }
                while end > index && ".,;:!?)]'،؛。".unicodeScalars.contains(scalars[end - 1]) {
                    // A closing bracket stays when the link opened one.
                    if scalars[end - 1] == ")" && scalars[index..<end].contains("(") { break }
                    end -= 1
                }
                places.append(index..<end)
                index = end
                continue
            }
            // An e-mail address: letters, digits and ._%+- around an @ with a dotted domain.
            if scalar == "@", index > 0 {
                let local = { (s: Unicode.Scalar) in isWordish(s) || "._%+-".unicodeScalars.contains(s) }
                var begin = index
                while begin > 0 && local(scalars[begin - 1]) && strongDirection(scalars[begin - 1]) != true { begin -= 1 }
                var end = index + 1
                while end < scalars.count && (isWordish(scalars[end]) || ".-".unicodeScalars.contains(scalars[end])) && strongDirection(scalars[end]) != true { end += 1 }
                while end > index + 1 && ".-".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
                if begin < index && scalars[(index + 1)..<end].contains(".") {
                    if let previous = places.last, previous.upperBound > begin { places.removeLast() }
                    places.append(begin..<end)
                    index = end
                    continue
                }
            }
            // A number: digits of any script with separators inside, a leading + and a
            // trailing %.
            if scalar.properties.numericType == .decimal || (scalar == "+" && index + 1 < scalars.count && scalars[index + 1].properties.numericType == .decimal) {
                var end = index + 1
                while end < scalars.count {
                    if scalars[end].properties.numericType == .decimal { end += 1; continue }
                    if ".,:/-\u{066B}\u{066C}".unicodeScalars.contains(scalars[end]), end + 1 < scalars.count,
                       scalars[end + 1].properties.numericType == .decimal { end += 2; continue }
                    break
                }
                if end < scalars.count && (scalars[end] == "%" || scalars[end] == "\u{066A}") { end += 1 }
                // Digits inside a word (a product name, "mp3") are part of the word.
                let inWord = (index > 0 && scalars[index - 1].properties.isAlphabetic) || (end < scalars.count && scalars[end].properties.isAlphabetic)
                if !inWord { places.append(index..<end) }
                index = end
                continue
            }
            index += 1
        }
        return places
    }

    /// A full page: no scripts, no remote loads (the Content-Security-Policy forbids both).
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
    h1{font-size:1.35rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}
    .meta{color:#57606a;font-size:.9rem}
    table{border-collapse:collapse;width:100%}
    td,th{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:start}
    th{background:#f6f8fa;font-weight:600}
    thead th{position:sticky;top:0;z-index:1;box-shadow:0 1px 0 #d0d7de}
    .pair td{width:50%}
    td.row{width:auto;white-space:nowrap;color:#8c959f;font-size:.75rem;text-align:end}
    td.row a{color:inherit}
    tr:target td{outline:2px solid #0969da;outline-offset:-2px}
    .section-head td{background:#f6f8fa;font-weight:600}
    .badge{display:inline-block;border-radius:.7rem;padding:0 .5rem;font-size:.75rem;font-weight:600;background:#ddf4ff;color:#0a3069;margin-inline-end:.3rem;white-space:nowrap}
    .badge.other{background:#eaeef2;color:#57606a}
    .badge.disagree{background:#fff8c5;color:#7d4e00}
    .unaligned{background:#ffebe9}
    .missing-cell{background:#ffebe9;color:#82071e;font-style:italic}
    mark.untranslated{background:#ffd8b5;color:inherit;border-bottom:2px solid #bc4c00}
    mark.fact{background:#d8b9ff;color:inherit;border-bottom:2px solid #6639ba}
    .legend>span{margin-inline-end:1rem}
    .heat td{text-align:center;white-space:nowrap}
    .heat td.present{background:#dafbe1}
    .heat td.missing{background:#ff8182;font-weight:600}
    .heat td.partial{background:#ffd8b5}.heat td.extra{background:#ddf4ff}
    .heat a{color:inherit}
    .line{color:#8c959f;font-size:.75rem;margin-inline-end:.3rem}
    .verdict td,.verdict th{font-size:.9rem}.verdict td.num{text-align:end}
    .sev{display:inline-block;border-radius:.3rem;padding:0 .4rem;font-size:.75rem;font-weight:600}
    .sev.error{background:#ffebe9;color:#82071e}.sev.warning{background:#fff8c5;color:#6f4e00}.sev.note{background:#eaeef2;color:#57606a}
    ol.findings{padding-inline-start:2rem}
    ol.findings>li{margin:.2rem 0 .7rem;font-size:.9rem}
    .kind{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;margin-inline:.3rem}
    .where{color:#57606a;font-size:.8rem}
    .sides{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:.25rem 0 0;font-size:.85rem}
    .sides dt{color:#57606a}.sides dd{margin:0}
    dl.kinds{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem;font-size:.85rem}
    dl.kinds dd{margin:0}
    .toc ol{columns:2;font-size:.9rem}
    @media print{
    thead th{position:static;box-shadow:none}
    tr,li,dl.sides{break-inside:avoid;page-break-inside:avoid}
    h1,h2,h3{break-after:avoid;page-break-after:avoid}
    a{color:inherit;text-decoration:none}
    body{margin:0}
    .toc ol{columns:1}
    }
    """

    /// One finding as the list at the top of a report shows it: where its row is, and the
    /// text of both sides there (already rendered).
    struct FindingEntry {
        var finding: Finding
        /// `#anchor` of the row (or document) it concerns, and that row's number.
        var anchor: String?
        var row: Int?
        var translation: String?
        var original: String?
        var translationAttributes = ""
        var originalAttributes = ""
        /// Parity: links to the other documents an aggregated finding covers.
        var also: [(label: String, anchor: String)] = []
    }

    /// Every finding, errors first, each with its severity, kind, message, the sentence on
    /// both sides and a link to its row: what a reviewer must look at, printed, not hidden
    /// in tooltips.
    static func findingsList(_ entries: [FindingEntry], showFile: Bool = false) -> String {
        guard !entries.isEmpty else { return "<h2 id=\"findings\">Findings</h2>\n<p class=\"meta\">No findings.</p>\n" }
        var out = "<h2 id=\"findings\">Findings</h2>\n<ol class=\"findings\">\n"
        for entry in entries {
            let finding = entry.finding
            out += "<li class=\"finding \(finding.severity.rawValue)\"><span class=\"sev \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span>"
            out += "<span class=\"kind\">\(escape(finding.kind.rawValue))</span> \(message(finding.message))"
            var place: [String] = []
            if showFile { place.append(isolate(finding.file)) }
            if let line = finding.line { place.append("line \(line)") }
            if let unit = finding.values["unit"] { place.append("unit \(isolate(unit))") }
            if let line = finding.sourceLine { place.append("original line \(line)") }
            if !finding.languages.isEmpty && showFile { place.append(finding.languages.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.map(isolate).joined(separator: ", ")) }
            if let anchor = entry.anchor {
                place.append("<a href=\"#\(escape(anchor))\">\(entry.row.map { "row \($0)" } ?? "see the document")</a>")
            }
            for other in entry.also { place.append("<a href=\"#\(escape(other.anchor))\">\(isolate(other.label))</a>") }
            if !place.isEmpty { out += " <span class=\"where\">(\(place.joined(separator: " · ")))</span>" }
            if entry.translation != nil || entry.original != nil {
                out += "<dl class=\"sides\">"
                out += "<dt>translation</dt><dd \(entry.translationAttributes)>\(entry.translation ?? "<i>(nothing)</i>")</dd>"
                out += "<dt>original</dt><dd \(entry.originalAttributes)>\(entry.original ?? "<i>(nothing)</i>")</dd>"
                out += "</dl>"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    /// What each severity and kind means, as text under the findings list.
    static func findingsLegend(_ findings: [Finding]) -> String {
        let present = Set(findings.map(\.kind))
        var out = "<details class=\"legend-kinds\"\(findings.isEmpty ? "" : " open")><summary>What the severities and kinds mean</summary>\n<dl class=\"kinds\">\n"
        for severity in Finding.Severity.allCases {
            out += "<dt><span class=\"sev \(severity.rawValue)\">\(severity.rawValue)</span></dt><dd>\(escape(severitySummary(severity)))</dd>\n"
        }
        for kind in Finding.Kind.allCases {
            let seen = present.contains(kind) ? "" : " <span class=\"meta\">(none here)</span>"
            out += "<dt><span class=\"kind\">\(escape(kind.rawValue))</span></dt><dd>\(escape(kind.summary))\(seen)</dd>\n"
        }
        return out + "</dl>\n</details>\n"
    }

    static func severitySummary(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: return "the translation says something else or leaves something out: fix it before publishing"
        case .warning: return "likely a problem: a reviewer should check it"
        case .note: return "worth a look; often intended"
        }
    }

    /// One translation's verdict: its findings by severity and kind, its untranslated share.
    struct Verdict {
        var file: String
        var language: String
        var anchor: String?
        var findings: [Finding]
        var untranslatedShare: Double
    }

    static func verdicts(_ rows: [Verdict]) -> String {
        var out = "<h2 id=\"verdict\">Verdict</h2>\n<table class=\"verdict\"><thead><tr><th>translation</th><th>verdict</th>"
        out += "<th>errors</th><th>warnings</th><th>notes</th><th>findings by kind</th><th>untranslated</th></tr></thead><tbody>\n"
        for row in rows {
            let count = { (severity: Finding.Severity) in row.findings.filter { $0.severity == severity }.count }
            let errors = count(.error), warnings = count(.warning), notes = count(.note)
            let verdict = errors > 0 ? "<span class=\"sev error\">needs fixing</span>" : warnings > 0 ? "<span class=\"sev warning\">needs review</span>"
                : notes > 0 ? "<span class=\"sev note\">notes only</span>" : "no findings"
            var kinds: [String] = []
            for kind in Finding.Kind.allCases {
                let n = row.findings.filter { $0.kind == kind }.count
                if n > 0 { kinds.append("\(n) <span class=\"kind\">\(kind.rawValue)</span>") }
            }
            let name = isolate(row.file) + " (" + isolate(row.language) + ")"
            out += "<tr><td>\(row.anchor.map { "<a href=\"#\(escape($0))\">\(name)</a>" } ?? name)</td><td>\(verdict)</td>"
            out += "<td class=\"num\">\(errors)</td><td class=\"num\">\(warnings)</td><td class=\"num\">\(notes)</td>"
            out += "<td>\(kinds.isEmpty ? "none" : kinds.joined(separator: ", "))</td>"
            out += "<td class=\"num\">\(Int((row.untranslatedShare * 100).rounded()))%</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// Escaped text with every occurrence of the needles wrapped in `<mark class=...>`, spans
    /// in the other direction and placeables isolated (see `bidi`).
    static func highlighted(_ text: String, _ needles: [(text: String, className: String, title: String)], direction: String = "ltr") -> String {
        var marks: [(Range<String.Index>, String, String)] = []
        for needle in needles where !needle.text.isEmpty {
            var searchStart = text.startIndex
            while searchStart < text.endIndex, let range = text.range(of: needle.text, range: searchStart..<text.endIndex) {
                if !marks.contains(where: { $0.0.overlaps(range) }) { marks.append((range, needle.className, needle.title)) }
                searchStart = range.upperBound
            }
        }
        guard !marks.isEmpty else { return bidi(text, direction: direction) }
        marks.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var cursor = text.startIndex
        for (range, className, title) in marks {
            out += bidi(String(text[cursor..<range.lowerBound]), direction: direction)
            out += "<mark class=\"\(className)\" title=\"\(escape(title))\">\(bidi(String(text[range]), direction: direction))</mark>"
            cursor = range.upperBound
        }
        return out + bidi(String(text[cursor...]), direction: direction)
    }

    static func badge(_ label: String, disagree: Bool = false) -> String {
        let className = label == Taxonomy.other ? "badge other" : disagree ? "badge disagree" : "badge"
        return "<span class=\"\(className)\">\(escape(label))</span>"
    }
}
